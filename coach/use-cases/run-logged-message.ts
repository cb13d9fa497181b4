import type { Activity } from '../model/activity.js';
import type { CoachMessage, GrayZoneFlag } from '../prompts/coach-message.js';
import type { ImportedFileFacts } from '../prompts/messages/logging.js';
import type { SessionKind } from '../rules/plan/types.js';

/** What a run imported from a file adds to the reply (absent for a run told in words). */
function fileFacts(run: Activity): ImportedFileFacts | undefined {
  const format = run.source;
  if (format !== 'gpx' && format !== 'tcx' && format !== 'fit') return undefined;
  return {
    format,
    ...(run.maxHr !== undefined ? { maxHr: run.maxHr } : {}),
    ...(run.cadence !== undefined ? { cadenceSpm: run.cadence } : {}),
    ...(run.elevationGainMeters !== undefined ? { elevationGainM: run.elevationGainMeters } : {}),
    ...(run.laps !== undefined && run.laps.length > 0 ? { laps: run.laps.length } : {}),
  };
}

/**
 * The "run logged" reply for a stored run: distance, time, pace (the engine's number, never the
 * wording's), HR and RPE when known, what the plan had that day, and progress. A race is marked as one, so
 * it is worded as a race, never as the session it replaced. An easy run in the gray zone carries the
 * flag with its numbers (`assessLoggedRun`).
 */
export function runLoggedMessage(
  run: Activity,
  extras: { plannedKind?: SessionKind; runsLogged?: number; grayZone?: GrayZoneFlag } = {},
): CoachMessage {
  const { distanceMeters: m, durationSeconds: s } = run;
  return {
    kind: 'run-logged',
    date: run.date,
    ...(m !== undefined ? { km: m / 1000 } : {}),
    ...(s !== undefined ? { seconds: s } : {}),
    ...(m && s ? { paceSPerKm: s / (m / 1000) } : {}),
    ...(run.avgHr !== undefined ? { avgHr: run.avgHr } : {}),
    ...(run.rpe !== undefined ? { rpe: run.rpe } : {}),
    ...(extras.plannedKind ? { plannedKind: extras.plannedKind } : {}),
    ...(run.race === true ? { race: true } : {}),
    ...(extras.runsLogged !== undefined ? { progress: { runsLogged: extras.runsLogged } } : {}),
    ...(extras.grayZone !== undefined && run.race !== true ? { grayZone: extras.grayZone } : {}),
    ...(fileFacts(run) ? { file: fileFacts(run)! } : {}),
  };
}
