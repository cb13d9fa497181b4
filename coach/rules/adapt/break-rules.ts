/** Break rules (`fitness.break-detraining`, `fitness.break-rebuild`): 7+ days off → lower VDOT, rebuild volume. */
import { addDays, daysBetween } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { BREAK_MIN_DAYS, detrainingFactor, returnLadder } from './detraining.js';
import { easyOptionsFor } from './easy-defaults.js';
import { changeVdot, vdotSetOn } from './fitness-rules.js';
import { baseOf, capMinutes, sessionsBetween, toEasy } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/**
 * A break of 7+ days without running (the last run before today, and the VDOT set before that run):
 * - `fitness.break-detraining`: VDOT × Daniels' FVDOT for the days off, every future pace updated;
 * - `fitness.break-rebuild`: the return period's sessions shortened (50 % then 75 %, easy only at first).
 * VDOT follows the break as it grows (FVDOT of all the days off, never twice for the same days: `vdotSetOn`
 * records how far it got); the rebuild is recomputed from the original sessions, so it never stacks.
 *
 * @example
 * breakRules(plan, { today: '2027-01-20', activities: [{ date: '2027-01-06', km: 8, minutes: 48 }], checkins: [] });
 * // 13 days off → VDOT × 0.976, two weeks of lighter running
 */
export function breakRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const before = ctx.activities.filter((a) => a.date < ctx.today && a.minutes > 0);
  const last = before.at(-1)?.date;
  if (last === undefined) return editor.result();
  const daysOff = daysBetween(last, ctx.today) - 1;
  if (daysOff < BREAK_MIN_DAYS) return editor.result();
  // Days off already reflected in the plan's VDOT: those up to the day it was last set, if after the run.
  const setOn = vdotSetOn(plan);
  const applied = setOn > last ? Math.max(0, daysBetween(last, setOn) - 1) : 0;
  if (applied >= daysOff) return editor.result();

  const factor = detrainingFactor(daysOff);
  const step = factor / detrainingFactor(applied);
  const reasons: Reason[] = [
    {
      code: 'BREAK_FROM_RUNNING',
      facts: {
        lastRunDate: last,
        daysOff,
        breakMinDays: BREAK_MIN_DAYS,
        vdotFactor: factor,
        alreadyAppliedDays: applied,
      },
    },
  ];
  const vdot = plan.vdot === undefined ? undefined : Math.round(plan.vdot * step * 10) / 10;
  if (vdot !== undefined && vdot !== plan.vdot)
    changeVdot(editor, vdot, ctx.today, 'fitness.break-detraining', reasons);

  const ladder = returnLadder(daysOff);
  for (const ref of sessionsBetween(editor.plan, ctx.today, addDays(ctx.today, ladder.days - 1))) {
    const day = daysBetween(ctx.today, ref.session.date);
    const step = [...ladder.steps].reverse().find((s) => day >= s.fromDay);
    if (step === undefined) continue;
    const base = baseOf(ref.session);
    if (base.kind === 'race') continue;
    const purpose = purposeOf('BACK_AFTER_BREAK', {
      daysOff,
      keepPercent: Math.round(step.keep * 100),
      easyOnly: step.easyOnly ? 1 : 0,
    });
    const current = editor.plan;
    editor.edit(
      ref,
      (s) => {
        const eased = step.easyOnly ? toEasy(s, easyOptionsFor(current, s, undefined, purpose)) : s;
        return capMinutes(eased, base.minutes * step.keep, purpose);
      },
      {
        rule: 'fitness.break-rebuild',
        date: ref.session.date,
        action: step.easyOnly ? 'swap_to_easy_and_shorten' : 'shorten',
        reasons: [
          ...reasons,
          { code: 'RETURN_STEP', facts: { day, keepFraction: step.keep, returnDays: ladder.days } },
        ],
      },
    );
  }
  return editor.result();
}
