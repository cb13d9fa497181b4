/**
 * Adaptation rules for pain and red flags (ids `safety.*`). They run first: what safety forbids, no later
 * rule can bring back, because every later edit only makes sessions lighter.
 */
import { addDays } from '../calendar/index.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { assessSafety } from '../safety/assess-safety.js';
import { easyOptionsFor } from './easy-defaults.js';
import { sessionsBetween, toEasy, toRest } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';
import { PRESCRIPTION_PAUSE_DAYS } from '../safety/pain-thresholds.js';

export { PRESCRIPTION_PAUSE_DAYS } from '../safety/pain-thresholds.js';

/**
 * Pain and red flags:
 * - `safety.red-flag`: a red flag → no running today, see a qualified professional;
 * - `safety.stop-prescriptions`: pain ≥ 4/10, worsening, or 3+ days → no running for
 *   `PRESCRIPTION_PAUSE_DAYS`, see a qualified professional;
 * - `safety.pain-no-intensity`: any other pain → today's session becomes easy, no quality work;
 * - `safety.see-professional`: the advice itself, issued every time it applies (it changes no session).
 * Never a diagnosis: decisions carry the symptoms and scores the runner gave, nothing more.
 *
 * @example
 * safetyRules(plan, { today: '2027-01-12', activities: [], checkins: [{ date: '2027-01-12', redFlags: ['chest_pain'] }] });
 * // → today's session becomes rest; decisions safety.red-flag and safety.see-professional
 */
export function safetyRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const outcome = assessSafety(ctx.checkins, ctx.today);
  const editor = new PlanEditor(plan);
  const reasons = outcome.reasons;
  if (outcome.level === 'stop_prescriptions') {
    // A stop carried over from an earlier day ends where that pause ends; a new stop starts a full pause.
    const fresh = reasons.some((r) => r.code !== 'PAIN_PAUSE_CONTINUES' && r.code !== 'PAIN_REPORTED');
    const carriedUntil = reasons.find((r) => r.code === 'PAIN_PAUSE_CONTINUES')?.facts.until;
    const last =
      !fresh && typeof carriedUntil === 'string'
        ? carriedUntil
        : addDays(ctx.today, PRESCRIPTION_PAUSE_DAYS - 1);
    for (const ref of sessionsBetween(plan, ctx.today, last)) {
      editor.edit(ref, (s) => toRest(s, purposeOf('PAIN_PAUSED_REST')), {
        rule: 'safety.stop-prescriptions',
        date: ref.session.date,
        action: 'stop_prescriptions',
        reasons,
      });
    }
  } else if (outcome.level === 'stop_today') {
    for (const ref of sessionsBetween(plan, ctx.today, ctx.today)) {
      editor.edit(ref, (s) => toRest(s, purposeOf('RED_FLAG_REST')), {
        rule: 'safety.red-flag',
        date: ctx.today,
        action: 'stop_for_today',
        reasons,
      });
    }
  } else if (outcome.level === 'no_intensity') {
    for (const ref of sessionsBetween(plan, ctx.today, ctx.today)) {
      const purpose = purposeOf('EASY_WHILE_PAIN');
      editor.edit(ref, (s) => toEasy(s, easyOptionsFor(plan, s, undefined, purpose)), {
        rule: 'safety.pain-no-intensity',
        date: ctx.today,
        action: 'remove_intensity',
        reasons,
      });
    }
  }
  if (outcome.recommendProfessional) {
    editor.advise({
      rule: 'safety.see-professional',
      date: ctx.today,
      action: 'recommend_professional',
      before: { level: outcome.level },
      after: { level: outcome.level, recommend: 'qualified_professional' },
      reasons,
    });
  }
  return editor.result();
}
