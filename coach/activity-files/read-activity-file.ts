/**
 * The activity importer shared by Telegram, the API and the CLI: bytes in, a summarised run or a refusal
 * code out (never a throw). The format is read from the content (`detectFormat`); the numbers come from
 * the track rules (`coach/rules/track`) and are checked against the plausibility table. A run that starts
 * in the future (beyond a little clock skew) is refused.
 */
import { createHash } from 'node:crypto';
import { RUN_SPORTS } from '../rules/track/activity-file-limits.js';
import { plausibleActivity } from '../rules/track/plausible-activity.js';
import { summarizeTrack } from '../rules/track/summarize-track.js';
import { ok, refusal, type Result } from '../rules/result.js';
import {
  MAX_ACTIVITY_FILE_BYTES,
  type ActivityFileFormat,
  type ActivityFileRead,
  type ActivityFileRefusal,
  type ParsedTrack,
} from './activity-file.js';
import { detectFormat } from './detect-format.js';
import { parseFit } from './parse-fit.js';
import { parseGpx } from './parse-gpx.js';
import { parseTcx } from './parse-tcx.js';
import { readXml } from './xml.js';

/** How far a run's start may be ahead of the coach's clock (a watch set a little fast), ms: 5 minutes. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000;

/** The sha256 of a file's bytes, as `sha256:<hex>` (the dedupe key of an imported run). */
export function contentHash(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

async function parse(
  format: ActivityFileFormat,
  bytes: Uint8Array,
): Promise<Result<ParsedTrack, ActivityFileRefusal>> {
  if (format === 'fit') {
    const track = await parseFit(bytes);
    return track ? ok(track) : refusal('ACTIVITY_FILE_CORRUPT', { format });
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let doc;
  try {
    doc = readXml(text);
  } catch {
    doc = undefined;
  }
  if (!doc) return refusal('ACTIVITY_FILE_CORRUPT', { format });
  return ok(format === 'gpx' ? parseGpx(doc) : parseTcx(doc));
}

/**
 * Reads an activity file. `now` is the coach's clock (for the future check); `fileName` is kept for the
 * refusal's facts only: the content decides the format.
 *
 * @example
 * const read = await readActivityFile(bytes, { now: new Date(), fileName: 'morning.gpx' });
 * if (read.ok) read.value.distanceMeters; // 8012.4
 * else read.code; // 'ACTIVITY_FILE_CORRUPT'
 */
export async function readActivityFile(
  bytes: Uint8Array,
  options: { readonly now: Date; readonly fileName?: string },
): Promise<Result<ActivityFileRead, ActivityFileRefusal>> {
  if (bytes.length === 0) return refusal('ACTIVITY_FILE_EMPTY');
  if (bytes.length > MAX_ACTIVITY_FILE_BYTES) {
    return refusal('ACTIVITY_FILE_TOO_LARGE', {
      bytes: bytes.length,
      maxBytes: MAX_ACTIVITY_FILE_BYTES,
      maxMb: MAX_ACTIVITY_FILE_BYTES / (1024 * 1024),
    });
  }
  const detected = detectFormat(bytes);
  if (detected === 'unknown' || detected === 'xml') {
    return refusal('ACTIVITY_FILE_UNKNOWN_FORMAT', {
      ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    });
  }
  const parsed = await parse(detected, bytes);
  if (!parsed.ok) return parsed;
  const { sport } = parsed.value;
  if (sport !== undefined && !RUN_SPORTS.includes(sport.toLowerCase())) {
    return refusal('ACTIVITY_NOT_A_RUN', { sport });
  }
  const summary = summarizeTrack(parsed.value.points, parsed.value.laps);
  if (!summary.ok) return summary;
  const plausible = plausibleActivity(summary.value);
  if (!plausible.ok) return plausible;
  const s = plausible.value;
  if (s.startMs > options.now.getTime() + FUTURE_SKEW_MS) {
    return refusal('ACTIVITY_IN_FUTURE', { startedAt: new Date(s.startMs).toISOString() });
  }
  return ok({
    format: detected,
    contentHash: contentHash(bytes),
    startedAt: new Date(s.startMs).toISOString(),
    distanceMeters: s.distanceMeters,
    durationSeconds: s.durationSeconds,
    ...(s.avgHr !== undefined ? { avgHr: s.avgHr } : {}),
    ...(s.maxHr !== undefined ? { maxHr: s.maxHr } : {}),
    ...(s.cadence !== undefined ? { cadence: s.cadence } : {}),
    ...(s.elevationGainMeters !== undefined ? { elevationGainMeters: s.elevationGainMeters } : {}),
    laps: s.laps,
  });
}
