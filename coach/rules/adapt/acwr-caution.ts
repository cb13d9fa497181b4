/**
 * `load.acwr-caution`: a high EWMA acute:chronic ratio is a caution, never an injury prediction
 * (Impellizzeri 2020), so it acts only with a signal of its own beside it: the runner under-recovered, a
 * run rated well above its expected RPE that no earlier rule answered, or a spike the runner's own
 * overshoot caused (runs well past their prescription, or extra runs, without which the ratio would sit
 * under the caution line).
 */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { ActivityLoadInput } from '../load/index.js';
import { acwr, ACWR_BANDS, dailySeries, sessionRpeLoad } from '../load/index.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { EVIDENCE_FACT, runRef } from './evidence.js';
import type { Evidence } from './evidence.js';
import type { Activity } from './history.js';
import { isRaceEffort, matchActivities } from './match-activities.js';
import { baseOf, capMinutes, sessionsBetween } from './plan-edit.js';
import { assessReadiness } from './readiness.js';
import type { AdaptContext } from './rule.js';
import type { PlanEditor } from './rule.js';
import { rpeMismatches } from './rpe-rules.js';

/** Share of planned minutes kept for the coming 7 days on an ACWR caution with a second signal. Source: down-week practice (cut 20–30 %). */
export const ACWR_KEEP_FRACTION = 0.8;
/**
 * A run is "well over" its prescription from this share of the planned minutes on. Source: issue 10 §4
 * (≥ ~120 % of the minutes); the 10 % rule's margin doubled, so ordinary day-to-day spread never counts.
 */
export const OVERSHOOT_FRACTION = 1.2;

const WEEK = 7;

/** One run well over what was planned that day (`plannedMinutes` 0: a run the plan did not have). */
export interface OvershootRun {
  readonly date: string;
  readonly minutes: number;
  readonly plannedMinutes: number;
}

/** The load inputs of a run. */
export function asLoadInput(a: Activity): ActivityLoadInput {
  return {
    date: a.date,
    durationSeconds: a.minutes * 60,
    distanceMeters: a.km * 1000,
    ...(a.rpe !== undefined ? { rpe: a.rpe } : {}),
    ...(a.avgHr !== undefined ? { avgHr: a.avgHr } : {}),
  };
}

/**
 * Runs in `[from, to]` well over their prescription, with what was planned: ≥ 120 % of the planned
 * minutes, or run on a day with nothing planned. Races are no overshoot.
 *
 * @example
 * overshootRuns(plan, [{ date: '2027-01-13', km: 16, minutes: 95, rpe: 4 }], '2027-01-06', '2027-01-13');
 * // [{ date: '2027-01-13', minutes: 95, plannedMinutes: 50, activity }]
 */
export function overshootRuns(
  plan: Plan,
  activities: readonly Activity[],
  from: string,
  to: string,
): (OvershootRun & { readonly activity: Activity })[] {
  const { sessionOf } = matchActivities(plan, activities);
  const out: (OvershootRun & { readonly activity: Activity })[] = [];
  for (const a of activities) {
    if (a.date < from || a.date > to || isRaceEffort(a, plan.vdot)) continue;
    const s = sessionOf.get(a);
    const planned = s === undefined || s.kind === 'rest' ? 0 : s.minutes;
    if (a.minutes >= planned * OVERSHOOT_FRACTION && a.minutes > planned)
      out.push({
        date: a.date,
        minutes: Math.round(a.minutes),
        plannedMinutes: Math.round(planned),
        activity: a,
      });
  }
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The caution: EWMA ACWR (completed days up to yesterday) ≥ 1.5 with a second signal → the coming 7 days
 * keep 80 % of their minutes. Evidence an earlier rule claimed (an RPE mismatch it already eased for, an
 * overshoot it already answered) is not a second signal.
 *
 * @param inputs completed runs (up to yesterday) as load inputs, sorted by date
 * @example
 * acwrCaution(editor, plan, ctx, inputs, from, yesterday); // trims the next 7 days when it fires
 */
export function acwrCaution(
  editor: PlanEditor,
  plan: Plan,
  ctx: AdaptContext,
  loads: ReturnType<typeof dailySeries>,
  from: string,
  yesterday: string,
): void {
  const a = acwr(loads, yesterday);
  const ratio = a.ewma.ratio;
  if (a.insufficientHistory || ratio === undefined || ratio < ACWR_BANDS.veryHigh) return;
  const second = [...secondSignal(plan, ctx), ...ownOvershoot(plan, ctx, from, yesterday)];
  if (second.length === 0) return;
  // Answered even when every session is already as light as this (an earlier pass cut it): the overshoot
  // rules after it must not cut again for the same runs.
  for (const r of second) ctx.evidence?.claim('load.acwr-caution', r.facts[EVIDENCE_FACT] as Evidence);
  const reasons: Reason[] = [
    {
      code: 'ACWR_HIGH_CAUTION',
      facts: {
        acwrEwma: round2(ratio),
        cautionAt: ACWR_BANDS.veryHigh,
        caution: true,
        evidence: { window: { from: addDays(yesterday, -(WEEK - 1)), to: yesterday } },
      },
    },
    ...second,
  ];
  const fromOvershoot = second.some((r) => r.code === 'ACWR_FROM_OVERSHOOT');
  const purpose = purposeOf(fromOvershoot ? 'ACWR_LIGHTER_OVERSHOOT' : 'ACWR_LIGHTER');
  for (const ref of sessionsBetween(plan, ctx.today, addDays(ctx.today, WEEK - 1))) {
    const base = baseOf(ref.session);
    if (base.kind === 'race') continue;
    editor.edit(ref, (s) => capMinutes(s, base.minutes * ACWR_KEEP_FRACTION, purpose), {
      rule: 'load.acwr-caution',
      date: ref.session.date,
      action: 'trim_volume',
      reasons,
    });
  }
}

/** Readiness and recent RPE mismatches no earlier rule answered. */
function secondSignal(plan: Plan, ctx: AdaptContext): Reason[] {
  const out: Reason[] = [];
  const r = assessReadiness(ctx.checkins, ctx.today);
  const answered = ctx.evidence?.checkinClaimedBy(ctx.today) !== undefined;
  if (!answered && (r.underRecovered || r.badNightsInRow > 0))
    out.push({
      code: 'READINESS_LOW',
      facts: {
        signals: r.signals.map((s) => s.code),
        badNightsInRow: r.badNightsInRow,
        evidence: { checkins: [ctx.today] },
      },
    });
  const rpe = rpeMismatches(plan, ctx.activities, addDays(ctx.today, -(WEEK - 1)), ctx.today).filter(
    (m) => ctx.evidence?.runClaimedBy(m) === undefined,
  );
  if (rpe.length > 0)
    out.push({
      code: 'RPE_ABOVE_EXPECTED',
      facts: {
        runs: rpe,
        evidence: { runs: rpe.map(({ date, id }) => (id === undefined ? { date } : { date, id })) },
      },
    });
  return out;
}

/**
 * The spike is the runner's own overshoot when the ratio, with every overshoot run cut back to its
 * prescription (extra runs left out), sits under the caution line. Runs an earlier rule answered are left
 * to it.
 */
function ownOvershoot(plan: Plan, ctx: AdaptContext, from: string, yesterday: string): Reason[] {
  const done = ctx.activities.filter((a) => a.date <= yesterday);
  const over = overshootRuns(plan, done, addDays(yesterday, -(WEEK - 1)), yesterday).filter(
    (o) => ctx.evidence?.runClaimedBy(o.activity) === undefined,
  );
  if (over.length === 0) return [];
  const cut = new Map(over.map((o) => [o.activity, o.plannedMinutes] as const));
  const asPlanned = done
    .filter((a) => cut.get(a) !== 0)
    .map((a) => {
      const planned = cut.get(a);
      return asLoadInput(planned === undefined ? a : { ...a, minutes: planned });
    });
  const ratio =
    asPlanned.length === 0
      ? undefined
      : acwr(dailySeries(asPlanned, { from, to: yesterday }, sessionRpeLoad), yesterday).ewma.ratio;
  if (ratio !== undefined && ratio >= ACWR_BANDS.veryHigh) return [];
  const runs = over.map(({ date, minutes, plannedMinutes }) => ({ date, minutes, plannedMinutes }));
  return [
    {
      code: 'ACWR_FROM_OVERSHOOT',
      facts: {
        runs,
        overshootFraction: OVERSHOOT_FRACTION,
        ...(ratio !== undefined ? { acwrAsPlanned: round2(ratio) } : {}),
        evidence: { runs: over.map((o) => runRef(o.activity)) },
      },
    },
  ];
}
