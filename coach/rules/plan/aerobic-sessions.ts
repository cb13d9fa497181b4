/**
 * The easy days that are not plain general-aerobic runs: the short recovery run after a hard day or the
 * long run, and the midweek medium-long run (Pfitzinger & Douglas, *Advanced Marathoning*). All at E.
 */
import type { EasyRole } from './easy-days.js';
import type { PurposeKey } from './purposes.js';
import type { PaceContext } from './steps.js';
import { makeSession, makeStep } from './steps.js';
import type { Purpose, Session } from './types.js';

export interface AerobicOptions {
  readonly date: string;
  readonly minutes: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => Purpose;
}

/**
 * A recovery run (kind `recovery`) or a medium-long run (kind `easy`), all at E.
 *
 * @example
 * aerobicSession('recovery', { date: '2027-01-04', minutes: 30, pace, purpose }); // 30 min E, kind recovery
 */
export function aerobicSession(role: Exclude<EasyRole, 'general' | 'pre-long'>, o: AerobicOptions): Session {
  const kind = role === 'recovery' ? 'recovery' : 'easy';
  return makeSession(o.date, kind, false, o.purpose(role), [makeStep('run', 'E', o.minutes, o.pace)]);
}
