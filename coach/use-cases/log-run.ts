/** Log a run (or a race result) from what the runner said; ask for the RPE when they did not give it. */
import { clarify } from '../turn/clarify.js';
import { recordRun } from './record-run.js';
import type { Turn, TurnContext } from '../turn/turn.js';

/** A run needs at least a distance or a duration; a race needs both (it sets fitness). */
export async function logRun(ctx: TurnContext, race: boolean): Promise<Turn> {
  const s = ctx.parsed.slots;
  const distanceMeters = s.distanceM;
  const durationSeconds =
    s.durationS ??
    (distanceMeters !== undefined && s.paceSPerKm !== undefined
      ? (distanceMeters / 1000) * s.paceSPerKm
      : undefined);
  if (race && (distanceMeters === undefined || durationSeconds === undefined)) {
    return clarify({
      code: 'RACE_DETAILS_MISSING',
      slot: 'distanceM',
    });
  }
  if (distanceMeters === undefined && durationSeconds === undefined) {
    return clarify({
      code: 'RUN_DETAILS_MISSING',
      slot: 'distanceM',
    });
  }
  const date = s.date ?? ctx.sentOn;
  return recordRun(ctx, {
    athleteId: ctx.athlete.id,
    date,
    ...(distanceMeters !== undefined ? { distanceMeters } : {}),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    ...(s.avgHr !== undefined ? { avgHr: s.avgHr } : {}),
    ...(s.maxHr !== undefined ? { maxHr: s.maxHr } : {}),
    ...(s.cadence !== undefined ? { cadence: s.cadence } : {}),
    ...(s.rpe !== undefined ? { rpe: s.rpe } : {}),
    ...(race ? { race: true } : {}),
    source: 'chat',
  });
}
