/**
 * The front door for activity files (Telegram documents, `POST /api/athletes/:id/activities/import`,
 * `runloop import`): the bytes are read and summarised outside any transaction (`readActivityFile`), then
 * the run goes through the conversation core like a message (`handleMessage` with `{ file }`), so it is
 * stored, assessed and adapted in the message's unit of work and the conversation remembers the RPE
 * question: the next "6" or RPE button rates this run. A refused file stores nothing and is answered in
 * the runner's persona.
 */
import { readActivityFile } from '../activity-files/read-activity-file.js';
import type { ActivityFileRefusal } from '../activity-files/activity-file.js';
import type { CoachDeps } from '../coach-deps.js';
import type { Reply } from '../prompts/coach-message.js';
import type { Channel } from '../prompts/persona.js';
import { err, ok, refusal, type Err, type Ok } from '../rules/result.js';
import type { Destination } from '../ports/outbox.js';
import { answer } from './answer.js';
import { handleMessage, type MessageOutcome } from './handle-message.js';

export interface ActivityFileUpload {
  readonly athleteId: string;
  readonly bytes: Uint8Array;
  /** The name the runner gave the file (kept for the refusal's facts; the content decides the format). */
  readonly fileName?: string;
  readonly channel: Channel;
  /** Telegram's `file_unique_id`: the same Telegram file twice is one run, whatever its bytes. */
  readonly fileUniqueId?: string;
  /** When the runner sent it; defaults to now. */
  readonly at?: Date;
  /** Reply through the outbox (Telegram): the replies are enqueued, none come back worded. */
  readonly deliver?: Destination;
}

export interface ImportOutcome extends MessageOutcome {
  /** The stored run. */
  readonly activityId: string;
}

export type ImportError = ActivityFileRefusal | 'ATHLETE_NOT_FOUND';

/** A refused file: the code, and the coach's reply saying why in the runner's persona (none for an unknown runner). */
export type ImportRefused = Err<ImportError> & { readonly replies: readonly Reply[] };

export type ImportResult = Ok<ImportOutcome> | ImportRefused;

const NOT_FOUND: ImportRefused = { ...refusal('ATHLETE_NOT_FOUND'), replies: [] };

/**
 * The refusal of a file the channel could not even fetch, worded for the runner: a Telegram document whose
 * `file_size` is over `MAX_ACTIVITY_FILE_BYTES` (`getFile` refuses it) is `ACTIVITY_FILE_TOO_LARGE`
 * without a download. Stores nothing.
 *
 * @example
 * const r = await refuseActivityFile(deps, { athleteId, channel: 'telegram' }, 'ACTIVITY_FILE_TOO_LARGE', { maxMb: 20 });
 * show(r.replies);
 */
export async function refuseActivityFile(
  deps: CoachDeps,
  upload: Pick<ActivityFileUpload, 'athleteId' | 'channel' | 'deliver'>,
  code: ActivityFileRefusal,
  facts: Readonly<Record<string, unknown>> = {},
): Promise<ImportRefused> {
  const athlete = await deps.repositories.athletes.findById(upload.athleteId);
  if (!athlete) return NOT_FOUND;
  const refused = [{ kind: 'activity-refused' as const, code, facts }];
  const { replies } = await answer(deps, athlete, upload.channel, refused, upload.deliver);
  return { ...err(code, replies[0]?.text ?? code, { ...facts }), replies };
}

/**
 * Imports one activity file for a runner.
 *
 * @example
 * const r = await importActivityFile(deps, { athleteId, bytes, fileName: 'run.fit', channel: 'telegram' });
 * if (r.ok) show(r.value.replies); // "Run logged. …", then the RPE question with its buttons
 * else show(r.replies); // e.g. ACTIVITY_FILE_CORRUPT, worded
 */
export async function importActivityFile(deps: CoachDeps, upload: ActivityFileUpload): Promise<ImportResult> {
  const read = await readActivityFile(upload.bytes, {
    now: deps.clock.now(),
    ...(upload.fileName !== undefined ? { fileName: upload.fileName } : {}),
  });
  if (!read.ok) return refuseActivityFile(deps, upload, read.code, read.facts ?? {});
  const outcome = await handleMessage(deps, {
    athleteId: upload.athleteId,
    channel: upload.channel,
    ...(upload.at ? { at: upload.at } : {}),
    ...(upload.deliver ? { deliver: upload.deliver } : {}),
    file: {
      read: read.value,
      ...(upload.fileUniqueId !== undefined ? { fileUniqueId: upload.fileUniqueId } : {}),
    },
  });
  if (!outcome.ok) return NOT_FOUND;
  const { replies, events } = outcome.value;
  const refusal = events.find((e) => e.type === 'activity_refused');
  if (refusal) {
    return { ...err(refusal.code as ActivityFileRefusal, replies[0]?.text ?? refusal.code), replies };
  }
  const logged = events.find((e) => e.type === 'activity_logged');
  return ok({ replies, events, activityId: logged?.type === 'activity_logged' ? logged.activityId : '' });
}
