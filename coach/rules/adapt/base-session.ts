/**
 * A session as first planned (`baseOf`) and the easy targets in its own E steps (`easyTargets`): the two
 * reads every adaptation rule makes of a session, kept in a file of their own so the plan index can use them.
 */
import type { Range, Session } from '../plan/types.js';

export type BaseSession = Omit<Session, 'replaces'>;

/**
 * The session as first planned (before any adaptation): its `replaces`, else the session without a
 * `replaces` key — the session object itself when it has none (nothing to copy), a copy without the key
 * when it holds `replaces: undefined`.
 *
 * @example
 * baseOf({ ...easy, replaces: tempo }) === tempo; // true
 */
export function baseOf(session: Session): BaseSession {
  if (session.replaces !== undefined) return session.replaces;
  if (!('replaces' in session)) return session;
  const { replaces: _ignored, ...rest } = session;
  return rest;
}

/**
 * The easy pace and HR targets found in a session's own E steps (warm-up, cool-down, easy run).
 *
 * @example
 * easyTargets(tempo); // { pace: { from: 337, to: 378 } }
 */
export function easyTargets(session: BaseSession): { pace?: Range; hr?: Range } {
  const e = session.steps.find((s) => s.intensity === 'E' && s.pace !== undefined);
  if (e === undefined) return {};
  return e.hr === undefined ? { pace: e.pace } : { pace: e.pace, hr: e.hr };
}
