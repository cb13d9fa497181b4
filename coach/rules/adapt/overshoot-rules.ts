/**
 * Overshoot rules (`overshoot.run`, `overshoot.week`): a run well over its prescription, or a week well
 * over plan, is answered the same day — the load the runner added is taken out of what comes next rather
 * than waiting for the ACWR to notice. Source: SCIENCE.md "Progression" (Nielsen 2014: > 30 % over two
 * weeks is associated with more injuries in novices); issue 10 (≥ ~120 % of the minutes).
 */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { assessHistory } from '../assess/assess-history.js';
import { OVER_MINUTES_SHARE } from '../assess/assess-run.js';
import { easyOptionsFor } from './easy-defaults.js';
import { EvidenceLedger, runRef } from './evidence.js';
import type { Activity } from './history.js';
import { GRAY_ZONE_WINDOW_DAYS } from './intensity-rules.js';
import { matchActivities } from './match-activities.js';
import { baseOf, capMinutes, round1, sessionsBetween, toEasy } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** A run this many days old or newer is answered (today's or yesterday's). */
export const OVERSHOOT_LOOKBACK_DAYS = 1;
/** Days after the run in which the next session is eased. */
export const OVERSHOOT_NEXT_DAYS = 2;
/** Share of planned minutes kept on the next (easy) session after an overshoot. Source: common practice (cut ~20 %). */
export const OVERSHOOT_KEEP_FRACTION = 0.8;
/** Days (today included) of the rolling week compared with the plan. */
export const WEEK_WINDOW_DAYS = 7;
/** A rolling week at this share of its planned minutes or more is well over plan. Source: Nielsen 2014 (> 30 %). */
export const WEEK_OVER_SHARE = 1.3;
/** ...and by at least this many minutes (a 100-minute week run as 135 is not "well over"). */
export const WEEK_OVER_MIN_EXTRA = 60;
/** Share of planned minutes kept for the coming week after a week well over plan. Source: down-week practice (cut 20–30 %). */
export const OVERSHOOT_WEEK_KEEP_FRACTION = 0.8;

/**
 * - `overshoot.run`: the latest run (today or yesterday) at ≥ 120 % of its prescribed minutes (and 10+
 *   min over), or an easy day run at marathon pace or faster → the next session within 2 days is eased
 *   (hard → easy at most 80 % of its minutes; easy → 80 %). A run an earlier rule answered (the
 *   ACWR caution through `ACWR_FROM_OVERSHOOT`, the gray zone, an RPE mismatch) is not answered again;
 * - `overshoot.week`: the last 7 days ran ≥ 130 % of their planned minutes (and 60+ min over), the latest
 *   run today or yesterday → the coming 7 days keep 80 % of their minutes. A run already answered
 *   (by `overshoot.run` or an earlier rule) counts at its prescription, and the runs it lists are the rest.
 *
 * @example
 * overshootRules(plan, { today: '2027-01-17', activities: week595, checkins: [] }).decisions[0]?.rule; // 'overshoot.week'
 */
export function overshootRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const past = ctx.activities.filter((a) => a.date <= ctx.today);
  const latestRun = past.at(-1);
  if (latestRun === undefined || latestRun.date < addDays(ctx.today, -OVERSHOOT_LOOKBACK_DAYS))
    return editor.result();
  const runs = assessHistory(plan, past, { from: addDays(ctx.today, -(GRAY_ZONE_WINDOW_DAYS - 1)) });
  const ran = new Set(past.map((a) => a.date));
  // One signal counted once: a run an earlier rule answered (the ACWR caution through its own overshoot,
  // an RPE mismatch, the gray zone, too-slow quality) is not answered again here.
  const ledger = ctx.evidence ?? new EvidenceLedger();
  const isAnswered = (x: Activity) => ledger.runClaimedBy(runRef(x)) !== undefined;

  const last = runs.filter((r) => r.activity.date >= addDays(ctx.today, -OVERSHOOT_LOOKBACK_DAYS)).at(-1);
  const a = last?.assessment;
  if (last !== undefined && a !== undefined && a.intent !== 'race' && !isAnswered(last.activity)) {
    const over = a.flags.includes('over-minutes');
    const fast = a.flags.includes('easy-at-quality-pace');
    const evidence = { runs: [runRef(last.activity)] };
    const reasons: Reason[] = [];
    if (over && a.planned !== undefined)
      reasons.push({
        code: 'RUN_OVER_PRESCRIPTION',
        facts: {
          date: last.activity.date,
          kind: a.judgedAs,
          minutes: round1(last.activity.minutes),
          plannedMinutes: a.planned.minutes,
          ranShare: a.planned.minutesShare ?? null,
          limitShare: OVER_MINUTES_SHARE,
          evidence,
        },
      });
    if (fast)
      reasons.push({
        code: 'EASY_DAY_AT_QUALITY_PACE',
        facts: {
          date: last.activity.date,
          kind: a.judgedAs,
          ...(a.paceSPerKm !== undefined ? { paceSPerKm: a.paceSPerKm } : {}),
          ...(a.pace !== undefined ? { easyPace: a.pace.band } : {}),
          evidence,
        },
      });
    const next = sessionsBetween(
      plan,
      addDays(last.activity.date, 1),
      addDays(last.activity.date, OVERSHOOT_NEXT_DAYS),
    ).find(
      (r) => r.session.date >= ctx.today && !ran.has(r.session.date) && baseOf(r.session).kind !== 'rest',
    );
    if (reasons.length > 0 && next !== undefined && baseOf(next.session).kind !== 'race') {
      // Answered whether or not the edit changes anything (eased already on an earlier pass).
      ledger.claim('overshoot.run', evidence);
      const base = baseOf(next.session);
      const purpose = purposeOf('EASED_OVERSHOOT');
      const keep = base.minutes * OVERSHOOT_KEEP_FRACTION;
      editor.edit(
        next,
        (s) => (s.hard ? toEasy(s, easyOptionsFor(plan, s, keep, purpose)) : capMinutes(s, keep, purpose)),
        {
          rule: 'overshoot.run',
          date: next.session.date,
          action: next.session.hard ? 'swap_to_easy' : 'shorten',
          reasons,
        },
      );
    }
  }

  const from = addDays(ctx.today, -(WEEK_WINDOW_DAYS - 1));
  const week = past.filter((x) => x.date >= from);
  const trained = week.filter((x) => x.race !== true);
  const ranMinutes = round1(trained.reduce((t, x) => t + x.minutes, 0));
  const plannedMinutes = round1(
    sessionsBetween(plan, from, ctx.today)
      .map((r) => baseOf(r.session))
      .filter((s) => s.kind !== 'race')
      .reduce((t, s) => t + s.minutes, 0),
  );
  // A run already answered counts at its prescription: its extra minutes were answered once.
  const { sessionOf } = matchActivities(plan, past);
  const plannedOf = (x: Activity) => {
    const s = sessionOf.get(x);
    return s === undefined || baseOf(s).kind === 'rest' ? 0 : baseOf(s).minutes;
  };
  const unanswered = round1(
    trained.reduce((t, x) => t + (isAnswered(x) ? Math.min(x.minutes, plannedOf(x)) : x.minutes), 0),
  );
  const overRuns = trained.filter((x) => !isAnswered(x) && x.minutes > plannedOf(x));
  if (
    overRuns.length > 0 &&
    unanswered >= plannedMinutes * WEEK_OVER_SHARE &&
    unanswered - plannedMinutes >= WEEK_OVER_MIN_EXTRA
  ) {
    const reasons: Reason[] = [
      {
        code: 'WEEK_OVER_PLAN',
        facts: {
          fromDate: from,
          toDate: ctx.today,
          windowDays: WEEK_WINDOW_DAYS,
          ranMinutes,
          plannedMinutes,
          limitShare: WEEK_OVER_SHARE,
          runs: week.map((x) => ({ date: x.date, minutes: round1(x.minutes) })),
          evidence: { runs: overRuns.map(runRef), window: { from, to: ctx.today } },
        },
      },
    ];
    const purpose = purposeOf('LIGHTER_WEEK_OVERSHOOT');
    for (const ref of sessionsBetween(plan, ctx.today, addDays(ctx.today, WEEK_WINDOW_DAYS))) {
      if (ran.has(ref.session.date)) continue;
      const base = baseOf(ref.session);
      if (base.kind === 'race' || base.kind === 'rest') continue;
      editor.edit(ref, (s) => capMinutes(s, base.minutes * OVERSHOOT_WEEK_KEEP_FRACTION, purpose), {
        rule: 'overshoot.week',
        date: ref.session.date,
        action: 'lower_week_load',
        reasons,
      });
    }
  }
  return editor.result();
}
