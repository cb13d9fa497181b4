/**
 * Phone calls (issue 13): one row per call SID, holding where the runner is in today's session, the last
 * cue (for hysteresis), retries, and every report with the cue decided from it (the call's audit record).
 */
import type { CoachMessage } from '../prompts/coach-message.js';
import type { Cue, MidRunCue, RunReport } from '../rules/in-run/run-report.js';

/** `active` on the line; `stopped` the runner ended the session (key 9); `red-flag` stopped for safety; `ended` hung up. */
export type CallStatus = 'active' | 'stopped' | 'red-flag' | 'ended';

/** One report on the call and the cue decided from it, with its reasons. */
export interface CallReportRecord {
  /** ISO instant. */
  readonly at: string;
  /** What the runner said (the speech transcript) or pressed. */
  readonly speech?: string;
  readonly digits?: string;
  readonly report: RunReport;
  readonly cue: MidRunCue;
}

export interface CallRecord {
  readonly id: string;
  readonly callSid: string;
  readonly athleteId: string;
  /** The runner's local date the call is about, ISO `YYYY-MM-DD`. */
  readonly sessionDate: string;
  /** ISO instant the call started. */
  readonly startedAt: string;
  /** ISO instant the session started, when known (stated elapsed time, or the day's first call). */
  readonly runStartedAt?: string;
  /** Index into today's session steps where the runner was last placed. */
  readonly stepIndex: number;
  readonly previousCue?: Cue;
  /** Turns in a row not understood. */
  readonly retries: number;
  readonly status: CallStatus;
  readonly reports: readonly CallReportRecord[];
  /** What the coach said last (for "repeat"). */
  readonly lastMessages: readonly CoachMessage[];
  /** The check-in the call's reports were stored as. */
  readonly checkinId?: string;
  /** Twilio's final status and the call length, s. */
  readonly endStatus?: string;
  readonly durationSeconds?: number;
  readonly endedAt?: string;
  /** RPE (1–10) the runner gave afterwards for the session of this call. */
  readonly rpe?: number;
}

export type NewCall = Pick<CallRecord, 'callSid' | 'athleteId' | 'sessionDate' | 'startedAt'> &
  Partial<Pick<CallRecord, 'runStartedAt' | 'stepIndex' | 'lastMessages'>>;

export type CallPatch = Partial<
  Omit<CallRecord, 'id' | 'callSid' | 'athleteId' | 'sessionDate' | 'startedAt'>
>;

export interface CallRepository {
  /** Stores a new call; a repeat of the same SID returns the call already stored. */
  start(call: NewCall): Promise<CallRecord>;
  find(callSid: string): Promise<CallRecord | undefined>;
  /** The call, locked until the unit of work ends (turns of one call take turns). */
  lockForUpdate(callSid: string): Promise<CallRecord | undefined>;
  update(callSid: string, patch: CallPatch): Promise<CallRecord | undefined>;
  /** The runner's first call about `sessionDate` (earliest start), other than `exceptSid`. */
  firstOfDay(athleteId: string, sessionDate: string, exceptSid?: string): Promise<CallRecord | undefined>;
  /** Every call of the runner, oldest first. */
  list(athleteId: string): Promise<CallRecord[]>;
}
