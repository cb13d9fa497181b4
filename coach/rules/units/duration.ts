import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { METERS_PER_MILE } from './race-distance.js';

const CLOCK = /^(?:(\d+):)?(\d+):(\d{1,2}(?:\.\d+)?)$/;

/**
 * Parses a clock time `mm:ss` or `h:mm:ss` (seconds may carry decimals) into seconds. Minutes and seconds
 * after the first field must be below 60; with hours, minutes are two digits' worth (below 60) too.
 *
 * @param text e.g. `'20:00'`, `'1:35:12'`, `'4:05.3'`
 * @returns seconds, or `MALFORMED_TIME`
 * @example
 * parseDuration('20:00');   // ok(1200)
 * parseDuration('1:30:00'); // ok(5400)
 * parseDuration('20');      // err('MALFORMED_TIME')
 */
export function parseDuration(text: string): Result<number, 'MALFORMED_TIME'> {
  const m = CLOCK.exec(text.trim());
  const bad = err(
    'MALFORMED_TIME',
    `Malformed time "${text}": use mm:ss or h:mm:ss (e.g. 20:00 or 1:35:12).`,
    {
      text,
    },
  );
  if (!m) return bad;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return bad;
  const total = hours * 3600 + minutes * 60 + seconds;
  return total > 0 ? ok(total) : bad;
}

/**
 * Formats seconds as a clock time, rounded to the nearest second: `m:ss` below an hour, `h:mm:ss` above.
 *
 * @param seconds a duration in seconds (≥ 0)
 * @example
 * formatDuration(1234.4); // '20:34'
 * formatDuration(5400);   // '1:30:00'
 */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Formats a pace given in seconds per km as `m:ss/km` or, converted, `m:ss/mi`.
 *
 * @param secondsPerKm pace in seconds per kilometre
 * @param units `'km'` or `'mi'`
 * @example
 * formatPace(290, 'km'); // '4:50/km'
 * formatPace(290, 'mi'); // '7:47/mi'
 */
export function formatPace(secondsPerKm: number, units: 'km' | 'mi'): string {
  const perUnit = units === 'km' ? secondsPerKm : (secondsPerKm * METERS_PER_MILE) / 1000;
  return `${formatDuration(perUnit)}/${units}`;
}
