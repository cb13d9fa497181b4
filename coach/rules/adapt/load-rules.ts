/**
 * Load guards (`load.*`), built on coach/rules/load: the coming 7 days (plan) against the runner's actual
 * weeks, ACWR as a caution that needs a second signal, and monotony. They run last and only trim.
 */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { ActivityLoadInput } from '../load/index.js';
import {
  dailySeries,
  durationMinutes,
  MONOTONY_HIGH,
  monotonyStrain,
  NIELSEN_TWO_WEEK_LIMIT,
  sessionRpeLoad,
  TEN_PERCENT_RULE,
  weeklyRamp,
  weeklyTotal,
} from '../load/index.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { acwrCaution, asLoadInput } from './acwr-caution.js';
import type { Activity } from './history.js';
import { isRaceEffort } from './match-activities.js';
import { baseOf, capMinutes, isRun, sessionsBetween } from './plan-edit.js';
import { planWeekStart } from './plan-week.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

export { ACWR_KEEP_FRACTION } from './acwr-caution.js';

/** Share of base minutes kept on the easy run that breaks a monotonous week. Source: Foster 1998 (vary the load: easy days easier). */
export const MONOTONY_EASY_KEEP_FRACTION = 0.5;
/** Days ahead (today included) searched for the easy run to lighten on high monotony. */
export const MONOTONY_LOOKAHEAD_DAYS = 3;
/** Weeks back whose highest actual week a ramp is measured against ("back to the pre-down-week level is fine"). */
export const RAMP_REFERENCE_WEEKS = 4;
/** Slack (minutes a week) before a ramp trims, so rounding never re-triggers a trim. */
export const RAMP_TOLERANCE_MINUTES = 5;
/** No session is cut below this share of its minutes by a ramp trim. */
export const RAMP_MIN_KEEP_FRACTION = 0.5;

const WEEK = 7;

/**
 * Days of history fed to ACWR and monotony. The EWMA chronic load (λ ≈ 0.069) keeps 0.16 % weight beyond
 * 90 days, so older runs change nothing that matters and only cost time.
 */
export const LOAD_HISTORY_DAYS = 90;

/** The later of two ISO dates. */
function later(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * - `load.acwr-caution` (`acwr-caution.ts`): EWMA ACWR ≥ 1.5 *and* a signal of its own (under-recovered, a
 *   run rated well above its expected RPE that no earlier rule answered, or a spike the runner's own
 *   overshoot caused) → the coming 7 days keep 80 % of their minutes. Worded as caution (Impellizzeri
 *   2020), never as injury risk;
 * - `load.monotony`: Foster monotony > 2 over the last 7 days → the next easy run is halved to vary the week;
 * - `load.ramp`: this calendar week's training minutes (done + still planned, races excluded) above +10 % on
 *   last week or +30 % on two weeks ago (Nielsen 2014), and above +10 % on the best of the last 4 weeks →
 *   the rest of the week trimmed to the limit.
 *
 * @example
 * loadRules(plan, { today: '2027-01-12', activities: fourWeeksOfRuns, checkins: [] });
 */
export function loadRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const past = ctx.activities.filter((a) => a.date <= ctx.today);
  const yesterday = addDays(ctx.today, -1);
  const inputs = past.filter((a) => a.date <= yesterday).map(asLoadInput);

  if (inputs.length > 0) {
    // Completed days only: today's run may not be logged yet, and a 0 would read as rest.
    const from = later(inputs[0]!.date, addDays(yesterday, -(LOAD_HISTORY_DAYS - 1)));
    const loads = dailySeries(inputs, { from, to: yesterday }, sessionRpeLoad);
    acwrCaution(editor, plan, ctx, loads, from, yesterday);

    const m = monotonyStrain(loads, yesterday);
    if (m.status === 'OK' && m.highMonotony === true) {
      const target = sessionsBetween(
        editor.plan,
        ctx.today,
        addDays(ctx.today, MONOTONY_LOOKAHEAD_DAYS - 1),
      ).find((r) => {
        const b = baseOf(r.session);
        return !b.hard && (b.kind === 'easy' || b.kind === 'recovery') && isRun(b);
      });
      if (target !== undefined) {
        const base = baseOf(target.session);
        editor.edit(
          target,
          (s) => capMinutes(s, base.minutes * MONOTONY_EASY_KEEP_FRACTION, purposeOf('MONOTONY_SHORTER')),
          {
            rule: 'load.monotony',
            date: target.session.date,
            action: 'vary_week',
            reasons: [
              {
                code: 'MONOTONY_HIGH',
                facts: {
                  monotony: round2(m.monotony ?? 0),
                  limit: MONOTONY_HIGH,
                  weeklyLoadAu: Math.round(m.weeklyLoad ?? 0),
                  evidence: { window: { from: addDays(yesterday, -(WEEK - 1)), to: yesterday } },
                },
              },
            ],
          },
        );
      }
    }
  }

  rampGuard(editor, ctx, past);
  return editor.result();
}

/**
 * The ramp guard on the plan as it stands after every other rule. Volume is training minutes, races
 * excluded, as the plan builder counts it (coach/rules/plan/weekly-volume.ts).
 */
function rampGuard(editor: PlanEditor, ctx: AdaptContext, past: readonly Activity[]): void {
  const done = past.filter((a) => !isRaceEffort(a, editor.plan.vdot));
  if (done.length === 0) return;
  // The plan's own weeks, as the builder ramped them: this week = runs done + sessions still planned.
  const lastDay = addDays(planWeekStart(editor.plan, ctx.today), WEEK - 1);
  const ranOn = new Set(past.map((a) => a.date));
  const items = sessionsBetween(editor.plan, ctx.today, lastDay)
    .filter((r) => isRun(r.session) && !ranOn.has(r.session.date) && baseOf(r.session).kind !== 'race')
    .map((r) => ({
      ref: r,
      cur: r.session.minutes,
      // No session is cut below a share of its original minutes.
      floor: Math.min(r.session.minutes, baseOf(r.session).minutes * RAMP_MIN_KEEP_FRACTION),
    }));
  const planned: ActivityLoadInput[] = items.map((i) => ({
    date: i.ref.session.date,
    durationSeconds: i.cur * 60,
  }));
  const from = later(done[0]!.date, addDays(lastDay, -((RAMP_REFERENCE_WEEKS + 1) * WEEK - 1)));
  const minutes = dailySeries([...done.map(asLoadInput), ...planned], { from, to: lastDay }, durationMinutes);
  const ramp = weeklyRamp(minutes, lastDay);
  const projected = ramp.thisWeek.value;
  if (projected === undefined) return;
  let best = 0;
  for (let w = 1; w <= RAMP_REFERENCE_WEEKS; w++) {
    const t = weeklyTotal(minutes, addDays(lastDay, -w * WEEK));
    if (t.value !== undefined && t.historyDays >= t.windowDays) best = Math.max(best, t.value);
  }
  const limits: { code: string; limit: number; facts: Record<string, unknown> }[] = [];
  const lastWeek = ramp.lastWeek.value;
  const twoAgo = ramp.twoWeeksAgo.value;
  if (ramp.aboveTenPercent === true && lastWeek !== undefined) {
    limits.push({
      code: 'RAMP_ABOVE_10_PERCENT',
      limit: Math.max(lastWeek, best) * (1 + TEN_PERCENT_RULE),
      facts: { lastWeekMinutes: Math.round(lastWeek), bestRecentWeekMinutes: Math.round(best) },
    });
  }
  if (ramp.aboveTwoWeekLimit === true && twoAgo !== undefined) {
    limits.push({
      code: 'RAMP_ABOVE_30_PERCENT_TWO_WEEKS',
      limit: Math.max(twoAgo * (1 + NIELSEN_TWO_WEEK_LIMIT), best * (1 + TEN_PERCENT_RULE)),
      facts: { twoWeeksAgoMinutes: Math.round(twoAgo), bestRecentWeekMinutes: Math.round(best) },
    });
  }
  const hit = limits.filter((l) => projected > l.limit + RAMP_TOLERANCE_MINUTES);
  if (hit.length === 0) return;
  const limit = Math.min(...hit.map((l) => l.limit));
  // Water-fill: one keep factor for every trimmable session, none below its floor.
  const fixed = projected - items.reduce((t, i) => t + i.cur, 0);
  const at = (k: number) => fixed + items.reduce((t, i) => t + Math.max(i.floor, i.cur * k), 0);
  let keep = 0;
  if (at(0) <= limit) {
    let lo = 0;
    let hi = 1;
    for (let n = 0; n < 40; n++) {
      const mid = (lo + hi) / 2;
      if (at(mid) <= limit) lo = mid;
      else hi = mid;
    }
    keep = lo;
  }
  const reasons: Reason[] = hit.map((l) => ({
    code: l.code,
    facts: {
      ...l.facts,
      plannedThisWeekMinutes: Math.round(projected),
      limitMinutes: Math.round(l.limit),
      evidence: { window: { from, to: lastDay } },
    },
  }));
  for (const item of items) {
    const target = Math.floor(Math.max(item.floor, item.cur * keep));
    editor.edit(item.ref, (s) => capMinutes(s, target, purposeOf('WEEK_GROWTH_TRIMMED')), {
      rule: 'load.ramp',
      date: item.ref.session.date,
      action: 'trim_volume',
      reasons,
    });
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
