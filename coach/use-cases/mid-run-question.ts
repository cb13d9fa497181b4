/**
 * A mid-run question typed in chat ("I'm 3k in, HR 165, should I slow down?"), answered with `midRunCue`
 * against today's session: the same cue the phone line gives. Never stored as a run.
 */
import type { RunReport } from '../rules/in-run/run-report.js';
import { midRunCue } from '../rules/in-run/mid-run-cue.js';
import type { Slots } from '../rules/language/types.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';

/** What the runner said mid-run as a run report: position, HR, pace, effort and pain. */
export function reportOf(slots: Slots): RunReport {
  const pain = Math.max(-1, ...(slots.pains ?? []).map((p) => p.score ?? -1));
  return {
    ...(slots.distanceM !== undefined ? { distanceKm: slots.distanceM / 1000 } : {}),
    ...(slots.durationS !== undefined ? { elapsedSeconds: slots.durationS } : {}),
    ...(slots.avgHr !== undefined ? { hr: slots.avgHr } : {}),
    ...(slots.paceSPerKm !== undefined ? { rollingPaceSPerKm: slots.paceSPerKm } : {}),
    ...(slots.rpe !== undefined ? { rpe: slots.rpe } : {}),
    ...(pain >= 0 ? { painScore: pain } : {}),
    ...(slots.redFlags !== undefined ? { redFlags: slots.redFlags } : {}),
  };
}

export async function askMidRun(ctx: TurnContext): Promise<Turn> {
  const plan = await ctx.repos.plans.active(ctx.athlete.id);
  const session = plan?.sessions.find((s) => s.date === ctx.today && s.kind !== 'rest');
  if (!session) return say({ kind: 'mid-run-cue' });
  const cue = midRunCue(session, 0, reportOf(ctx.parsed.slots));
  return say({ kind: 'mid-run-cue', cue, sessionKind: session.kind });
}
