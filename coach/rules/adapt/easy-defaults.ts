import { trainingPaces } from '../paces/training-paces.js';
import type { Plan, Purpose, Range, Session } from '../plan/types.js';
import type { EasyOptions } from './plan-edit.js';
import { baseOf, easyTargets } from './plan-edit.js';
import { nearestEasyTargets } from './plan-index.js';

/**
 * Easy targets for turning `session` into an easy run: the session's own E steps first, then the nearest
 * E step elsewhere in the plan (the builder's own easy range), then Daniels' E range for the plan's VDOT.
 *
 * @example
 * easyOptionsFor(plan, tempo, 45, { code: 'UNDER_RECOVERED_EASY' }); // { maxMinutes: 45, pace: { from: 350, to: 395 }, purpose: … }
 */
export function easyOptionsFor(
  plan: Plan,
  session: Session,
  maxMinutes: number | undefined,
  purpose: Purpose,
): EasyOptions {
  const own = easyTargets(baseOf(session));
  const found = own.pace !== undefined ? own : nearestEasyTargets(plan, session.date);
  const pace: Range | undefined =
    found.pace ?? (plan.vdot !== undefined ? roundRange(trainingPaces(plan.vdot).easy) : undefined);
  return {
    purpose,
    ...(maxMinutes !== undefined ? { maxMinutes } : {}),
    ...(pace !== undefined ? { pace } : {}),
    ...(found.hr !== undefined ? { hr: found.hr } : {}),
  };
}

function roundRange(r: Range): Range {
  return { from: Math.round(r.from), to: Math.round(r.to) };
}
