/**
 * The client side of the reliability checks: a runner created through the API, run reports that are
 * each unique by their distance (`ran 3.07 km in 18 min`), sent with an Idempotency-Key, and what a
 * repeat of a key answers (a duplicate: `409 DUPLICATE_MESSAGE`, or a replay marked
 * `Idempotent-Replayed: true`).
 */
import { SAMPLE_PROFILE } from '../../test/helpers/app.js';

export interface Report {
  readonly key: string;
  readonly text: string;
  /** The distance as the API lists it (`km`, two decimals): the report's identity in the activities. */
  readonly km: string;
}

/** The `seq`-th report of a run of checks tagged `tag` (distance 3.00 km + 0.01 km per report). */
export function report(tag: string, seq: number): Report {
  const km = (3 + seq * 0.01).toFixed(2);
  return { key: `${tag}-${seq}`, km, text: `ran ${km} km in ${Math.round(Number(km) * 6)} min` };
}

export async function createRunner(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/athletes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Reliability', timezone: 'Europe/Lisbon', ...SAMPLE_PROFILE }),
  });
  if (res.status !== 201) throw new Error(`creating the runner answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export type SendOutcome = 'stored' | 'duplicate' | 'other';

/** Sends a report; `stored` is a fresh 200, `duplicate` a repeat of a stored key. Throws when the connection fails. */
export async function send(baseUrl: string, athleteId: string, r: Report): Promise<SendOutcome> {
  const res = await fetch(`${baseUrl}/api/athletes/${athleteId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': r.key },
    body: JSON.stringify({ text: r.text }),
  });
  await res.arrayBuffer();
  if (res.status === 409 || res.headers.get('idempotent-replayed') === 'true') return 'duplicate';
  return res.status === 200 ? 'stored' : 'other';
}

/** The distances (`"3.07"`) of the runner's stored activities, with how often each is stored. */
export async function storedKm(baseUrl: string, athleteId: string): Promise<Map<string, number>> {
  const res = await fetch(`${baseUrl}/api/athletes/${athleteId}/activities`);
  if (res.status !== 200) throw new Error(`activities answered ${res.status}`);
  const counts = new Map<string, number>();
  for (const a of (await res.json()) as { km: number }[]) {
    const km = a.km.toFixed(2);
    counts.set(km, (counts.get(km) ?? 0) + 1);
  }
  return counts;
}
