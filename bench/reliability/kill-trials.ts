/**
 * kill -9 at random moments: two clients send run reports (each unique by its distance, each with its own
 * Idempotency-Key) to the real server process; after a random 0.2–2.7 s the process is killed with
 * SIGKILL and started again on the same database. After each restart:
 * - lost: an acknowledged report (a 200) whose activity is not stored;
 * - half-written: a report in flight at the kill whose activity and key disagree — its activity is stored
 *   but a resend with the same key is not a duplicate, or its activity is missing but the resend is one;
 * - twice: an activity stored more than once;
 * - failed restarts: a start that did not reach its listening line.
 */
import { createRunner, report, send, storedKm, type Report } from './client.js';
import { startService, type ServerProcess } from './server-process.js';
import type { Target } from './targets.js';

export interface KillTrialsResult {
  /** The runner the reports were for. */
  readonly athleteId: string;
  readonly trials: number;
  readonly acknowledged: number;
  readonly lost: number;
  readonly halfWritten: number;
  readonly twice: number;
  readonly failedRestarts: number;
  /** Answers that were neither a fresh 200 nor a duplicate (a 5xx, a refusal). */
  readonly unexpected: number;
}

const CLIENTS = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function killTrials(
  target: Target,
  trials: number,
  random: () => number,
  progress: (line: string) => void,
): Promise<KillTrialsResult> {
  let server: ServerProcess = await startService(target.env);
  const athleteId = await createRunner(server.baseUrl);
  let seq = 0;
  const acknowledged: Report[] = [];
  let halfWritten = 0;
  let failedRestarts = 0;
  let unexpected = 0;
  for (let trial = 1; trial <= trials; trial += 1) {
    const inFlight = new Set<Report>();
    let killed = false;
    const baseUrl = server.baseUrl;
    const client = async (): Promise<void> => {
      while (!killed) {
        const r = report('kill', seq++);
        inFlight.add(r);
        try {
          const outcome = await send(baseUrl, athleteId, r);
          inFlight.delete(r);
          if (outcome === 'stored') acknowledged.push(r);
          else unexpected += 1;
        } catch {
          return; // the connection died with the process: `r` stays in flight
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    await sleep(200 + random() * 2500);
    killed = true;
    await server.kill9();
    await Promise.all(clients);

    let restarted: ServerProcess | undefined;
    for (let attempt = 0; attempt < 3 && !restarted; attempt += 1) {
      try {
        restarted = await startService(target.env);
      } catch (error) {
        failedRestarts += 1;
        progress(`restart failed: ${String(error).slice(0, 300)}`);
      }
    }
    if (!restarted) throw new Error('the server did not restart three times in a row');
    server = restarted;

    const stored = await storedKm(server.baseUrl, athleteId);
    const lostNow = acknowledged.filter((r) => !stored.has(r.km)).length;
    for (const r of inFlight) {
      const has = stored.has(r.km);
      const outcome = await send(server.baseUrl, athleteId, r);
      if (has !== (outcome === 'duplicate')) halfWritten += 1;
      if (!has && outcome === 'stored') acknowledged.push(r);
    }
    if (trial % 10 === 0 || trial === trials)
      progress(
        `${target.engine}: ${trial}/${trials} kills, ${acknowledged.length} acknowledged, ${lostNow} lost`,
      );
  }
  // The resent reports are stored now: one last look at everything acknowledged.
  const stored = await storedKm(server.baseUrl, athleteId);
  const lost = acknowledged.filter((r) => !stored.has(r.km)).length;
  const twice = [...stored.values()].filter((n) => n > 1).length;
  await server.stop();
  return {
    athleteId,
    trials,
    acknowledged: acknowledged.length,
    lost,
    halfWritten,
    twice,
    failedRestarts,
    unexpected,
  };
}
