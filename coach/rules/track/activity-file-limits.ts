/** The limits and refusal codes of activity-file import, shared by the readers, the use case and the wording. */

/**
 * Largest activity file read, bytes: 20 MB, Telegram's `getFile` limit for bots (a 4-hour FIT with 1 s
 * samples is about 2 MB, a GPX of it about 5 MB).
 */
export const MAX_ACTIVITY_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Sports a file may name and still be logged as a run: running (FIT `running`, TCX `Running`), walking and
 * hiking (run/walk days), and the unspecific ones (FIT `generic`, TCX `Other`). Anything else a device
 * names (cycling, swimming, …) is another sport. Lower case.
 */
export const RUN_SPORTS: readonly string[] = ['running', 'walking', 'hiking', 'generic', 'other'];

/** Why a file is not imported; nothing is stored for any of them. */
export const ACTIVITY_FILE_REFUSALS = [
  'ACTIVITY_FILE_EMPTY',
  'ACTIVITY_FILE_TOO_LARGE',
  'ACTIVITY_FILE_UNKNOWN_FORMAT',
  'ACTIVITY_FILE_CORRUPT',
  /** The channel could not fetch the file (a Telegram download that failed or timed out). */
  'ACTIVITY_FILE_UNAVAILABLE',
  'ACTIVITY_FILE_NO_TRACK',
  'ACTIVITY_IMPLAUSIBLE',
  'ACTIVITY_IN_FUTURE',
  'ACTIVITY_ALREADY_IMPORTED',
  /** The file says it is another sport (a ride, a swim): a FIT session's or a TCX activity's sport. */
  'ACTIVITY_NOT_A_RUN',
  /** The runner is still onboarding: runs count once there is a plan (as runs told in words). */
  'ACTIVITY_ONBOARDING_FIRST',
] as const;
export type ActivityFileRefusal = (typeof ACTIVITY_FILE_REFUSALS)[number];
