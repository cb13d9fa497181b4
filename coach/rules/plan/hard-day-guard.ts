/**
 * The last word on "never two hard days in a row", across week boundaries too: when a hard session
 * follows a hard session on the previous calendar day, the later one becomes an easy run of the same
 * length (or, when the later one is the race or a long run carrying race-specific work, the earlier one does).
 */
import { daysBetween } from '../calendar/days-between.js';
import type { PaceContext } from './steps.js';
import { makeSession, makeStep } from './steps.js';
import type { Purpose, Session } from './types.js';

/** Purpose for a session softened by the guard. */
export const SOFTENED_PURPOSE: Purpose = { code: 'EASY_NEXT_TO_HARD' };

/**
 * Sessions in date order with no two hard days back to back.
 *
 * @example
 * separateHardDays([tempoMon, intervalsTue], pace); // [tempoMon, easyTue]
 */
export function separateHardDays(sessions: readonly Session[], pace: PaceContext): Session[] {
  const out = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const soften = (s: Session): Session =>
    makeSession(s.date, 'easy', false, SOFTENED_PURPOSE, [makeStep('run', 'E', s.minutes, pace)]);
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as Session;
    const cur = out[i] as Session;
    if (!prev.hard || !cur.hard || daysBetween(prev.date, cur.date) !== 1) continue;
    // The race and a race-specific long run (M or T work inside it) are the key sessions: the day before yields.
    if (cur.kind === 'race' || cur.kind === 'long') out[i - 1] = soften(prev);
    else out[i] = soften(cur);
  }
  return out;
}
