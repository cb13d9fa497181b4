/**
 * Cadence (`cadence.drop`): a large drop in step rate within a run (its last laps against its first, at the
 * same pace) or against the runner's usual (the median of recent runs of the same kind and pace) is
 * mentioned as a sign of fatigue. Advice only: the plan does not change, and cadence is never a target —
 * raising it a little is a suggestion some runners find helpful (Heiderscheit et al. 2011, MSSE 43:296: a
 * 5–10 % higher step rate lowers hip and knee loading; SCIENCE.md "Cadence"), not a number to chase. A step
 * rate that sags at an unchanged pace is a common sign of tiring legs, which is why a drop is worth a word;
 * the thresholds below are runloop's, set so that ordinary day-to-day spread never triggers it.
 */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { runRef } from './evidence.js';
import type { Activity, Lap } from './history.js';
import { matchActivities } from './match-activities.js';
import { baseOf } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/**
 * A drop of this share of the reference cadence is "large" (≈ 8–9 steps/min at 170). Source: the smallest
 * step-rate change Heiderscheit 2011 found to alter joint loading (+5 %), taken as the mirror for a drop.
 */
export const CADENCE_DROP_FRACTION = 0.05;
/** Laps (with cadence, at steady pace) a run needs before a drop within it is read. */
export const CADENCE_MIN_LAPS = 4;
/** Shortest lap (km) that counts: a partial last lap is noise. */
export const CADENCE_LAP_MIN_KM = 0.4;
/** Laps or runs within this share of the reference pace count as "the same pace" (cadence rises with speed). */
export const CADENCE_SAME_PACE_FRACTION = 0.1;
/** Days before a run whose runs make the runner's usual cadence. */
export const CADENCE_USUAL_DAYS = 28;
/** Runs (same kind and pace) the usual cadence needs. */
export const CADENCE_USUAL_MIN_RUNS = 3;
/** A run this many days old or newer is still mentioned. */
export const CADENCE_LOOKBACK_DAYS = 1;
/**
 * Plausible running cadence, steps per minute (both feet). Below it is most likely a per-foot value (some
 * watches report strides), above it a sensor glitch: neither is read.
 */
export const CADENCE_PLAUSIBLE_SPM = { from: 120, to: 230 } as const;

const plausible = (spm: number | undefined): spm is number =>
  spm !== undefined &&
  Number.isFinite(spm) &&
  spm >= CADENCE_PLAUSIBLE_SPM.from &&
  spm <= CADENCE_PLAUSIBLE_SPM.to;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const paceOf = (x: { km: number; minutes: number }) => (x.minutes * 60) / x.km;
const samePace = (p: number, ref: number) => Math.abs(p - ref) <= ref * CADENCE_SAME_PACE_FRACTION;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** A run's cadence: its own, or its laps' time-weighted mean. */
export function runCadence(a: Activity): number | undefined {
  if (plausible(a.cadence)) return a.cadence;
  const laps = (a.laps ?? []).filter((l) => plausible(l.cadence) && l.minutes > 0);
  const t = laps.reduce((s, l) => s + l.minutes, 0);
  return t > 0 ? laps.reduce((s, l) => s + (l.cadence ?? 0) * l.minutes, 0) / t : undefined;
}

/**
 * A large drop within one run: the median cadence of the first half of its steady laps against the last
 * quarter's (laps within 10 % of the run's median lap pace, so warm-up, cool-down and recoveries are left out).
 *
 * @example
 * cadenceDropInRun(run); // { earlySpm: 172, lateSpm: 160, dropSpm: 12, laps: 8 } or undefined
 */
export function cadenceDropInRun(
  a: Activity,
): { earlySpm: number; lateSpm: number; dropSpm: number; laps: number } | undefined {
  const laps = (a.laps ?? []).filter(
    (l): l is Lap & { cadence: number } =>
      plausible(l.cadence) && l.km >= CADENCE_LAP_MIN_KM && l.minutes > 0,
  );
  if (laps.length < CADENCE_MIN_LAPS) return undefined;
  const ref = median(laps.map(paceOf));
  const steady = laps.filter((l) => samePace(paceOf(l), ref));
  if (steady.length < CADENCE_MIN_LAPS) return undefined;
  const early = median(steady.slice(0, Math.floor(steady.length / 2)).map((l) => l.cadence));
  const late = median(steady.slice(steady.length - Math.ceil(steady.length / 4)).map((l) => l.cadence));
  const drop = early - late;
  if (drop < early * CADENCE_DROP_FRACTION) return undefined;
  return { earlySpm: round1(early), lateSpm: round1(late), dropSpm: round1(drop), laps: steady.length };
}

/**
 * The run's cadence well under the runner's usual: the median of the runs of the last 28 days of the same
 * kind (easy or quality) at the same pace (±10 %), with 3 or more such runs.
 *
 * @example
 * cadenceBelowUsual(plan, runs, run); // { cadenceSpm: 158, usualSpm: 171, dropSpm: 13, runs: 6 } or undefined
 */
export function cadenceBelowUsual(
  plan: Plan,
  activities: readonly Activity[],
  run: Activity,
): { cadenceSpm: number; usualSpm: number; dropSpm: number; runs: number } | undefined {
  const now = runCadence(run);
  if (now === undefined || !(run.km > 0)) return undefined;
  const { sessionOf } = matchActivities(plan, activities);
  const hard = (a: Activity) => {
    const s = sessionOf.get(a);
    return s !== undefined && baseOf(s).hard;
  };
  const from = addDays(run.date, -CADENCE_USUAL_DAYS);
  const pace = paceOf(run);
  const usual = activities
    .filter(
      (a) =>
        a !== run &&
        a.date >= from &&
        a.date < run.date &&
        a.km > 0 &&
        hard(a) === hard(run) &&
        samePace(paceOf(a), pace),
    )
    .map(runCadence)
    .filter((c): c is number => c !== undefined);
  if (usual.length < CADENCE_USUAL_MIN_RUNS) return undefined;
  const m = median(usual);
  if (m - now < m * CADENCE_DROP_FRACTION) return undefined;
  return { cadenceSpm: round1(now), usualSpm: round1(m), dropSpm: round1(m - now), runs: usual.length };
}

/**
 * - `cadence.drop` (advice, no plan change): the latest run (today or yesterday) shows a large cadence drop
 *   within it (`CADENCE_DROP_IN_RUN`) or against the runner's usual (`CADENCE_BELOW_USUAL`) → mentioned as
 *   fatigue; any cadence advice stays a suggestion, never a target.
 *
 * @example
 * cadenceRules(plan, { today: '2027-01-13', activities: [runWithFadingLaps], checkins: [] });
 * // [{ rule: 'cadence.drop', action: 'note_fatigue', reasons: [{ code: 'CADENCE_DROP_IN_RUN', … }] }]
 */
export function cadenceRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const past = ctx.activities.filter((a) => a.date <= ctx.today);
  const run = past.filter((a) => a.date >= addDays(ctx.today, -CADENCE_LOOKBACK_DAYS)).at(-1);
  if (run === undefined) return editor.result();
  const evidence = { runs: [runRef(run)] };
  const reasons: Reason[] = [];
  const within = cadenceDropInRun(run);
  if (within !== undefined)
    reasons.push({
      code: 'CADENCE_DROP_IN_RUN',
      facts: { date: run.date, ...within, dropFraction: CADENCE_DROP_FRACTION, evidence },
    });
  const usual = cadenceBelowUsual(plan, past, run);
  if (usual !== undefined)
    reasons.push({
      code: 'CADENCE_BELOW_USUAL',
      facts: {
        date: run.date,
        ...usual,
        windowDays: CADENCE_USUAL_DAYS,
        dropFraction: CADENCE_DROP_FRACTION,
        evidence,
      },
    });
  if (reasons.length > 0)
    editor.advise({
      rule: 'cadence.drop',
      date: run.date,
      action: 'note_fatigue',
      before: undefined,
      after: undefined,
      reasons,
    });
  return editor.result();
}
