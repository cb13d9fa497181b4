/** Fitness rules (`fitness.race-result`, `fitness.quality-evidence`): raise VDOT on evidence, re-pace the future. */
import { daysBetween } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { qualityEvidence, raceVdot } from './fitness-evidence.js';
import type { QualityEvidence } from './fitness-evidence.js';
import { runRef } from './evidence.js';
import type { RunRef } from './evidence.js';
import { isRaceRun, matchActivities } from './match-activities.js';
import { baseOf } from './plan-edit.js';
import { repacePlan } from './repace.js';
import type { AdaptRuleId } from './rule-ids.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** Fewest days between two VDOT raises without a race. Source: Daniels (hold a stress level 4–6 weeks before raising it). */
export const VDOT_RAISE_MIN_DAYS = 28;
/** VDOT points added per evidence-based raise. Source: Daniels' Running Formula (raise about 1 VDOT after 4–6 weeks at a level). */
export const VDOT_RAISE_STEP = 1;
/** Quality sessions that must show the evidence. Source: issue 4 / SCIENCE.md (never one noisy run). */
export const QUALITY_EVIDENCE_SESSIONS = 2;
/** A race must beat the plan's VDOT by at least this much to change it (avoids re-pacing for rounding). */
export const VDOT_MIN_CHANGE = 0.5;

/**
 * The date the plan's VDOT was set: `vdotSetOn`, or the plan's first day.
 *
 * @example
 * vdotSetOn({ ...plan, vdotSetOn: undefined }); // plan.weeks[0].start
 */
export function vdotSetOn(plan: Plan): string {
  return plan.vdotSetOn ?? plan.weeks[0]?.start ?? '0000-01-01';
}

/**
 * - `fitness.race-result`: a race since the VDOT was set that gives a higher VDOT → the new VDOT at once;
 * - `fitness.quality-evidence`: 2 quality sessions since then at target pace with lower HR or RPE than
 *   expected, and ≥ 28 days since the last change → VDOT + 1.
 * Either way every future pace is updated (`repacePlan`) and `vdotSetOn` becomes today.
 *
 * @example
 * fitnessRules(plan45, { today: '2027-01-12', activities: [{ date: '2027-01-10', km: 10, minutes: 44, race: true }], checkins: [] });
 */
export function fitnessRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const since = vdotSetOn(plan);
  const { sessionOf } = matchActivities(plan, ctx.activities);

  let best: { vdot: number; date: string; km: number; minutes: number; run: RunRef } | undefined;
  for (const a of ctx.activities) {
    if (a.date <= since || a.date > ctx.today) continue;
    const s = sessionOf.get(a);
    if (!isRaceRun(a, s, plan.vdot)) continue;
    const v = raceVdot(a);
    if (v !== undefined && (best === undefined || v > best.vdot))
      best = { vdot: v, date: a.date, km: a.km, minutes: a.minutes, run: runRef(a) };
  }
  const current = plan.vdot;
  if (best !== undefined && (current === undefined || best.vdot >= current + VDOT_MIN_CHANGE)) {
    const vdot = Math.round(best.vdot * 10) / 10;
    const { run, ...result } = best;
    const reasons: Reason[] = [
      { code: 'RACE_RESULT', facts: { ...result, vdot, evidence: { runs: [run] } } },
    ];
    changeVdot(editor, vdot, ctx.today, 'fitness.race-result', reasons);
    return editor.result();
  }

  if (current === undefined || daysBetween(since, ctx.today) < VDOT_RAISE_MIN_DAYS) return editor.result();
  const evidence: QualityEvidence[] = [];
  for (const a of ctx.activities) {
    if (a.date <= since || a.date > ctx.today) continue;
    const s = sessionOf.get(a);
    const e = s === undefined ? undefined : qualityEvidence(baseOf(s), a);
    if (e !== undefined) evidence.push(e);
  }
  if (evidence.length >= QUALITY_EVIDENCE_SESSIONS) {
    const vdot = Math.round((current + VDOT_RAISE_STEP) * 10) / 10;
    const reasons: Reason[] = [
      { code: 'QUALITY_SESSIONS_EASIER', facts: { sessions: evidence, required: QUALITY_EVIDENCE_SESSIONS } },
      {
        code: 'VDOT_HELD_LONG_ENOUGH',
        facts: { sinceDate: since, days: daysBetween(since, ctx.today), minDays: VDOT_RAISE_MIN_DAYS },
      },
    ];
    changeVdot(editor, vdot, ctx.today, 'fitness.quality-evidence', reasons);
  }
  return editor.result();
}

/**
 * Sets a new VDOT from `today`: every future pace moves with it and the decision records old and new.
 * Shared by the fitness and break rules.
 *
 * @example
 * changeVdot(editor, 46.2, '2027-01-25', 'fitness.race-result', reasons); // editor.plan.vdot === 46.2
 */
export function changeVdot(
  editor: PlanEditor,
  vdot: number,
  today: string,
  rule: AdaptRuleId,
  reasons: readonly Reason[],
): void {
  const plan = editor.plan;
  const old = plan.vdot;
  const repaced = old === undefined ? plan : repacePlan(plan, old, vdot, today);
  const next: Plan = { ...repaced, vdot, vdotSetOn: today };
  editor.replacePlan(next, {
    rule,
    date: today,
    action: vdot > (old ?? 0) ? 'raise_vdot' : 'lower_vdot',
    before: { vdot: old ?? null, vdotSetOn: vdotSetOn(plan) },
    after: { vdot, vdotSetOn: today, pacesUpdatedFrom: today },
    reasons,
  });
}
