/**
 * Illness rules (`illness.rest`, `illness.graded-return`): rest while ill, then a graded return.
 * Source: SCIENCE.md "Safety" (illness: rest, then a graded return); Elliott et al. 2020, BJSM (graduated
 * return to running after viral illness, easy and short first); Eichner 1993 "neck check". runloop does not
 * distinguish symptoms: any reported illness means rest.
 */
import { addDays, daysBetween } from '../calendar/index.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { easyOptionsFor } from './easy-defaults.js';
import type { CheckIn } from './history.js';
import { baseOf, capMinutes, sessionsBetween, toEasy, toRest } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** Days after the last ill day still looked at for a graded return. */
export const ILLNESS_LOOKBACK_DAYS = 14;
/** Shortest and longest graded return (days); otherwise twice the days ill. Source: Elliott et al. 2020 (≥ 1 week after illness for most). */
export const ILLNESS_RETURN_MIN_DAYS = 4;
export const ILLNESS_RETURN_MAX_DAYS = 14;
/** Share of planned minutes kept in the first and second half of the return. */
export const ILLNESS_RETURN_KEEP = Object.freeze({ firstHalf: 0.5, secondHalf: 0.75 });

const ill = (checkins: readonly CheckIn[], date: string) =>
  checkins.some((c) => c.date === date && c.illness === true);

/**
 * - `illness.rest`: ill today → today's run becomes rest;
 * - `illness.graded-return`: ill within the last two weeks but not today → the return period's sessions
 *   are easy at 50 % of their time, then 75 % with intensity allowed; the return lasts twice the days ill
 *   (4–14 days) from the first day well.
 *
 * @example
 * illnessRules(plan, { today, activities: [], checkins: [{ date: today, illness: true }] }); // today → rest
 */
export function illnessRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  if (ill(ctx.checkins, ctx.today)) {
    for (const ref of sessionsBetween(plan, ctx.today, ctx.today)) {
      editor.edit(ref, (s) => toRest(s, purposeOf('ILLNESS_REST')), {
        rule: 'illness.rest',
        date: ctx.today,
        action: 'swap_to_rest',
        reasons: [{ code: 'ILLNESS_REPORTED', facts: { date: ctx.today } }],
      });
    }
    return editor.result();
  }
  let lastIll: string | undefined;
  for (let back = 1; back <= ILLNESS_LOOKBACK_DAYS && lastIll === undefined; back++) {
    const d = addDays(ctx.today, -back);
    if (ill(ctx.checkins, d)) lastIll = d;
  }
  if (lastIll === undefined) return editor.result();
  let illDays = 0;
  for (let d = lastIll; ill(ctx.checkins, d) && illDays < ILLNESS_LOOKBACK_DAYS; d = addDays(d, -1))
    illDays++;
  const returnDays = Math.min(ILLNESS_RETURN_MAX_DAYS, Math.max(ILLNESS_RETURN_MIN_DAYS, 2 * illDays));
  const firstWell = addDays(lastIll, 1);
  const half = Math.floor(returnDays / 2);
  const reasons = [{ code: 'RETURN_FROM_ILLNESS', facts: { lastIllDate: lastIll, illDays, returnDays } }];
  for (const ref of sessionsBetween(plan, ctx.today, addDays(firstWell, returnDays - 1))) {
    const day = daysBetween(firstWell, ref.session.date);
    const first = day < half;
    const base = baseOf(ref.session);
    if (base.kind === 'race') continue;
    const keep = first ? ILLNESS_RETURN_KEEP.firstHalf : ILLNESS_RETURN_KEEP.secondHalf;
    const purpose = purposeOf('ILLNESS_RETURN', {
      keepPercent: Math.round(keep * 100),
      easyOnly: first ? 1 : 0,
    });
    editor.edit(
      ref,
      (s) =>
        capMinutes(
          first ? toEasy(s, easyOptionsFor(plan, s, undefined, purpose)) : s,
          base.minutes * keep,
          purpose,
        ),
      {
        rule: 'illness.graded-return',
        date: ref.session.date,
        action: first ? 'swap_to_easy_and_shorten' : 'shorten',
        reasons,
      },
    );
  }
  return editor.result();
}
