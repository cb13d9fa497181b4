/**
 * Intensity rule (`intensity.gray-zone`): easy runs that keep drifting into the gray zone (faster than E,
 * or above the easy HR ceiling) blunt the quality days they are meant to support. Source: Seiler's
 * polarized data, Fitzgerald's *80/20 Running* (SCIENCE.md "Reading runs and recovery").
 */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import type { AssessedRun } from '../assess/assess-history.js';
import { assessHistory } from '../assess/assess-history.js';
import { assessedDistribution, easyShares, LONG_WINDOW_DAYS } from '../assess/distribution.js';
import { EASY_SHARE_TARGET } from '../load/intensity-distribution.js';
import { runRef } from './evidence.js';
import { baseOf, capMinutes, sessionsBetween, withoutStrides } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** Days (today included) in which gray-zone easy runs are counted. Source: issue 10 ("repeated within 7 days"). */
export const GRAY_ZONE_WINDOW_DAYS = 7;
/** Gray-zone easy runs in the window that call for a response (one is a flag in the post-run reply). */
export const GRAY_ZONE_REPEAT_COUNT = 2;
/** The latest gray-zone run must be this recent (days): the response comes when it happens, not weeks later. */
export const GRAY_ZONE_LOOKBACK_DAYS = 1;
/** Share of planned minutes kept on the easy runs before the next quality day. Source: common practice (cut ~20 %). */
export const PROTECT_KEEP_FRACTION = 0.8;
/** Days ahead in which the next quality day is looked for. */
export const PROTECT_HORIZON_DAYS = 7;

/** The gray-zone easy runs of `runs` dated within `[from, to]`. */
function grayZoneRuns(runs: readonly AssessedRun[], from: string, to: string): AssessedRun[] {
  return runs.filter(
    (r) => r.activity.date >= from && r.activity.date <= to && r.assessment.flags.includes('gray-zone'),
  );
}

/**
 * The gray-zone easy runs of `runs` dated within `[from, to]`, as the facts of a decision.
 *
 * @example
 * grayZoneEvidence(runs, '2027-01-11', '2027-01-17'); // [{ date: '2027-01-12', paceSPerKm: 320, easyPace: { from: 369, to: 412 }, avgHr: 158, hrCeilingBpm: 141 }, …]
 */
export function grayZoneEvidence(runs: readonly AssessedRun[], from: string, to: string) {
  return grayZoneRuns(runs, from, to).map(({ activity, assessment: a }) => ({
    date: activity.date,
    kind: a.judgedAs,
    ...(a.paceSPerKm !== undefined ? { paceSPerKm: a.paceSPerKm } : {}),
    ...(a.pace !== undefined ? { easyPace: a.pace.band } : {}),
    ...(a.hr !== undefined ? { avgHr: a.hr.avgHr } : {}),
    ...(a.hr?.ceilingBpm !== undefined ? { hrCeilingBpm: a.hr.ceilingBpm } : {}),
  }));
}

/**
 * `intensity.gray-zone`: 2+ easy or long runs in the gray zone within 7 days, the latest today or
 * yesterday → the easy runs before the next quality day lose their strides and 20 % of their minutes so it
 * can be run hard, and the runner is asked about the HR strap or the heat. With no easy run left before
 * it, the same decision is advice only. The 7- and 28-day easy share (80/20) are among its facts.
 *
 * @example
 * intensityRules(plan, { today: '2027-01-15', activities: fiveEasyRunsAtThreshold, checkins: [] }).decisions[0]?.rule; // 'intensity.gray-zone'
 */
export function intensityRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const past = ctx.activities.filter((a) => a.date <= ctx.today);
  const from = addDays(ctx.today, -(GRAY_ZONE_WINDOW_DAYS - 1));
  // One signal counted once: a gray-zone run an earlier rule already answered (an easy run at RPE 8 that
  // eased the next session) is not counted again towards the pattern.
  const assessed = assessHistory(plan, past, { from }).filter(
    (r) => ctx.evidence?.runClaimedBy(runRef(r.activity)) === undefined,
  );
  const grays = grayZoneEvidence(assessed, from, ctx.today);
  const latest = grays.at(-1);
  if (grays.length < GRAY_ZONE_REPEAT_COUNT || latest === undefined) return editor.result();
  if (latest.date < addDays(ctx.today, -GRAY_ZONE_LOOKBACK_DAYS)) return editor.result();

  const ran = new Set(past.map((a) => a.date));
  const ahead = sessionsBetween(plan, ctx.today, addDays(ctx.today, PROTECT_HORIZON_DAYS)).filter(
    (r) => !ran.has(r.session.date),
  );
  const quality = ahead.find((r) => r.session.hard && baseOf(r.session).kind !== 'race');
  const reasons: Reason[] = [
    {
      code: 'GRAY_ZONE_REPEATED',
      facts: {
        runs: grays,
        windowDays: GRAY_ZONE_WINDOW_DAYS,
        required: GRAY_ZONE_REPEAT_COUNT,
        evidence: { runs: grayZoneRuns(assessed, from, ctx.today).map((r) => runRef(r.activity)) },
      },
    },
    {
      code: 'EASY_SHARE',
      facts: {
        ...easyShares(
          assessedDistribution(
            assessHistory(plan, past, { from: addDays(ctx.today, -(LONG_WINDOW_DAYS - 1)) }),
            ctx.today,
          ),
        ),
        targetShare: EASY_SHARE_TARGET,
      },
    },
    {
      code: 'CHECK_HR_STRAP_OR_HEAT',
      facts:
        quality === undefined ? {} : { qualityDate: quality.session.date, qualityKind: quality.session.kind },
    },
  ];
  const purpose = purposeOf('PROTECT_QUALITY');
  let edited = false;
  if (quality !== undefined)
    for (const ref of ahead.filter((r) => r.session.date < quality.session.date && !r.session.hard)) {
      const base = baseOf(ref.session);
      if (base.kind === 'rest' || base.kind === 'race') continue;
      edited =
        editor.edit(
          ref,
          (s) => capMinutes(withoutStrides(s, purpose), base.minutes * PROTECT_KEEP_FRACTION, purpose),
          {
            rule: 'intensity.gray-zone',
            date: ref.session.date,
            action: 'protect_quality_day',
            reasons,
          },
        ) || edited;
    }
  if (!edited)
    editor.advise({
      rule: 'intensity.gray-zone',
      date: ctx.today,
      action: 'keep_easy_easy',
      before: null,
      after: null,
      reasons,
    });
  return editor.result();
}
