/** Call rows ↔ `CallRecord` (coach/ports/call-repository.ts). */
import type {
  CallPatch,
  CallRecord,
  CallReportRecord,
  CallStatus,
  NewCall,
} from '../../coach/ports/call-repository.js';
import type { CoachMessage } from '../../coach/prompts/coach-message.js';
import type { Cue } from '../../coach/rules/in-run/run-report.js';
import type { calls } from '../schema/calls.js';
import { optional } from './optional.js';

type Row = typeof calls.$inferSelect;
type Insert = typeof calls.$inferInsert;

export function callFromRow(row: Row): CallRecord {
  return {
    id: row.id,
    callSid: row.callSid,
    athleteId: row.athleteId,
    sessionDate: row.sessionDate,
    startedAt: row.startedAt.toISOString(),
    ...optional('runStartedAt', row.runStartedAt?.toISOString()),
    stepIndex: row.stepIndex,
    ...optional('previousCue', row.previousCue as Cue | null),
    retries: row.retries,
    status: row.status as CallStatus,
    reports: row.reports as CallReportRecord[],
    lastMessages: row.lastMessages as CoachMessage[],
    ...optional('checkinId', row.checkinId),
    ...optional('endStatus', row.endStatus),
    ...optional('durationSeconds', row.durationSeconds),
    ...optional('endedAt', row.endedAt?.toISOString()),
    ...optional('rpe', row.rpe),
  };
}

export function callToInsert(call: NewCall): Insert {
  return {
    callSid: call.callSid,
    athleteId: call.athleteId,
    sessionDate: call.sessionDate,
    startedAt: new Date(call.startedAt),
    ...(call.runStartedAt !== undefined ? { runStartedAt: new Date(call.runStartedAt) } : {}),
    ...(call.stepIndex !== undefined ? { stepIndex: call.stepIndex } : {}),
    ...(call.lastMessages !== undefined ? { lastMessages: call.lastMessages } : {}),
  };
}

/** The columns a patch sets; a field given as `undefined` is left as it is. */
export function callPatchToUpdate(patch: CallPatch): Partial<Insert> {
  const set: Partial<Insert> = {};
  if (patch.runStartedAt !== undefined) set.runStartedAt = new Date(patch.runStartedAt);
  if (patch.stepIndex !== undefined) set.stepIndex = patch.stepIndex;
  if (patch.previousCue !== undefined) set.previousCue = patch.previousCue;
  if (patch.retries !== undefined) set.retries = patch.retries;
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.reports !== undefined) set.reports = patch.reports;
  if (patch.lastMessages !== undefined) set.lastMessages = patch.lastMessages;
  if (patch.checkinId !== undefined) set.checkinId = patch.checkinId;
  if (patch.endStatus !== undefined) set.endStatus = patch.endStatus;
  if (patch.durationSeconds !== undefined) set.durationSeconds = patch.durationSeconds;
  if (patch.endedAt !== undefined) set.endedAt = new Date(patch.endedAt);
  if (patch.rpe !== undefined) set.rpe = patch.rpe;
  return set;
}
