/**
 * Import a run from an activity file (GPX, TCX, FIT) already read and summarised
 * (`coach/activity-files/read-activity-file.ts`): it is stored exactly like a logged run (`recordRun`:
 * assessment, the RPE question afterwards, adaptation), on the runner's local date of its start. The same
 * file twice — the same bytes (`contentHash`), or the same Telegram file (`file_unique_id`) — is one run:
 * refused with ACTIVITY_ALREADY_IMPORTED and nothing stored. A run taken back with "undo" may be imported
 * again (the key lives on the stored run).
 */
import type { ActivityFileRead, ActivityFileRefusal } from '../activity-files/activity-file.js';
import { pendingQuestion } from '../onboarding/onboarding-turn.js';
import { localNow } from '../local-date.js';
import type { Lap } from '../model/activity.js';
import { addDays } from '../rules/calendar/add-days.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { recordRun } from './record-run.js';

/** A file to import, read outside the transaction; `fileUniqueId` is Telegram's id of the same file. */
export interface ActivityFileInput {
  readonly read: ActivityFileRead;
  readonly fileUniqueId?: string;
}

/**
 * The stored run's file reference: its content hash, and Telegram's file id when it came from there
 * (`sha256:<hex> telegram:<file_unique_id>`). Either one found again is the same file.
 */
export function fileRef(input: ActivityFileInput): string {
  return input.fileUniqueId === undefined
    ? input.read.contentHash
    : `${input.read.contentHash} telegram:${input.fileUniqueId}`;
}

function sameFile(stored: string | undefined, input: ActivityFileInput): boolean {
  if (stored === undefined) return false;
  const keys = stored.split(' ');
  return (
    keys.includes(input.read.contentHash) ||
    (input.fileUniqueId !== undefined && keys.includes(`telegram:${input.fileUniqueId}`))
  );
}

/** A file not imported: the refusal, and nothing stored. */
function refused(code: ActivityFileRefusal, facts?: Readonly<Record<string, unknown>>): Turn {
  return {
    messages: [{ kind: 'activity-refused', code, ...(facts ? { facts } : {}) }],
    events: [{ type: 'activity_refused', code }],
  };
}

export async function importActivity(ctx: TurnContext, input: ActivityFileInput): Promise<Turn> {
  // While onboarding, a run told in words is read as an onboarding answer; a file waits for the plan too,
  // and the question being asked comes again.
  if (ctx.athlete.state.onboarding !== undefined) {
    const turn = refused('ACTIVITY_ONBOARDING_FIRST');
    const asked = pendingQuestion(ctx.athlete);
    return asked ? { ...turn, messages: [...turn.messages, asked] } : turn;
  }
  const { read } = input;
  const date = localNow(new Date(read.startedAt), ctx.athlete.timezone).date;
  // The same file gives the same date unless the runner's timezone changed: a day either side covers that.
  const near = await ctx.repos.activities.list(ctx.athlete.id, {
    from: addDays(date, -1),
    to: addDays(date, 1),
  });
  const already = near.find((a) => sameFile(a.rawFileRef, input));
  if (already) {
    return {
      messages: [
        { kind: 'activity-refused', code: 'ACTIVITY_ALREADY_IMPORTED', facts: { date: already.date } },
      ],
      events: [{ type: 'activity_refused', code: 'ACTIVITY_ALREADY_IMPORTED' }],
    };
  }
  const laps: Lap[] = read.laps.map((l) => ({ ...l }));
  return recordRun(ctx, {
    athleteId: ctx.athlete.id,
    date,
    startedAt: read.startedAt,
    distanceMeters: read.distanceMeters,
    durationSeconds: read.durationSeconds,
    ...(read.avgHr !== undefined ? { avgHr: read.avgHr } : {}),
    ...(read.maxHr !== undefined ? { maxHr: read.maxHr } : {}),
    ...(read.cadence !== undefined ? { cadence: read.cadence } : {}),
    ...(read.elevationGainMeters !== undefined ? { elevationGainMeters: read.elevationGainMeters } : {}),
    ...(laps.length > 0 ? { laps } : {}),
    source: read.format,
    rawFileRef: fileRef(input),
  });
}
