/**
 * The nightly adaptation's settings (issue 14 §3), parsed beside `parseConfig` (server/config.ts reads
 * `process.env` and hands it here): `NIGHTLY_ADAPTATION` turns the job off (on by default),
 * `NIGHTLY_ADAPTATION_HOUR` is the local hour from which a runner's day is adapted, and
 * `NIGHTLY_INTERVAL_SECONDS` how often the job looks for runners whose hour has come.
 */
import { z } from 'zod';
import { NIGHTLY_FROM_HOUR } from '../coach/adaptation/nightly-adaptation.js';
import { emptyAsUndefined, wholeNumber } from './env-value.js';

/** Seconds between the job's passes when NIGHTLY_INTERVAL_SECONDS is unset. */
export const DEFAULT_NIGHTLY_INTERVAL_SECONDS = 300;

export const nightlyEnvSchema = z.object({
  NIGHTLY_ADAPTATION: z.preprocess(
    emptyAsUndefined,
    z.enum(['true', 'false', '1', '0', 'on', 'off'], 'expected on or off').default('on'),
  ),
  NIGHTLY_ADAPTATION_HOUR: wholeNumber(0, 23, NIGHTLY_FROM_HOUR),
  NIGHTLY_INTERVAL_SECONDS: wholeNumber(10, 86_400, DEFAULT_NIGHTLY_INTERVAL_SECONDS),
});

/** The nightly adaptation, when on. */
export interface NightlyConfig {
  /** Local hour (0–23) from which a runner is adapted for their day. */
  readonly fromHour: number;
  /** Time between passes, ms. */
  readonly intervalMs: number;
}

/** The job's settings, or none when NIGHTLY_ADAPTATION is off. */
export function nightlyConfig(e: z.infer<typeof nightlyEnvSchema>): NightlyConfig | undefined {
  if (['false', '0', 'off'].includes(e.NIGHTLY_ADAPTATION)) return undefined;
  return { fromHour: e.NIGHTLY_ADAPTATION_HOUR, intervalMs: e.NIGHTLY_INTERVAL_SECONDS * 1000 };
}
