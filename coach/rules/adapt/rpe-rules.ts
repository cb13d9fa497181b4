/** RPE mismatch rules (`rpe.*`): a run that felt far harder than planned eases what comes next. */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan, SessionKind } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { easyOptionsFor } from './easy-defaults.js';
import { EXPECTED_RPE, judgedKind, RPE_MISMATCH_MARGIN, rpeExcess } from './expected-rpe.js';
import { runRef } from './evidence.js';
import type { RunRef } from './evidence.js';
import type { Activity } from './history.js';
import { matchActivities } from './match-activities.js';
import { baseOf, capMinutes, sessionsBetween, toEasy } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** A mismatch this many days old or newer still eases the next session. */
export const RPE_LOOKBACK_DAYS = 2;
/** Days (today included) in which repeated mismatches are counted. */
export const RPE_REPEAT_WINDOW_DAYS = 7;
/** Mismatches in the window that lower the week's load. */
export const RPE_REPEAT_COUNT = 2;
/**
 * Share of planned minutes kept on the session after a run rated just at the mismatch margin. Source: common
 * practice (cut ~20 %, then watch).
 */
export const EASE_KEEP_FRACTION = 0.8;
/** Further share cut per RPE point above the margin ("RPE 8 on an easy run" is 2 points past it). */
export const EASE_STEP_PER_RPE = 0.1;
/** The eased session keeps at least this share of its minutes (one run is one signal, not a rest day). */
export const EASE_MIN_KEEP_FRACTION = 0.5;

/**
 * Share of its minutes the next session keeps after one run rated `excess` RPE above its range: the harder it
 * felt, the shorter (0.8 at the margin, 0.1 less per point beyond, never under 0.5). A hard session also
 * becomes easy; it is never swapped for an easy run as long as the tempo it replaces.
 *
 * @example
 * easeKeepFraction(4); // 0.6 — an easy run at RPE 8 (range 2–4)
 */
export function easeKeepFraction(excess: number): number {
  const k = EASE_KEEP_FRACTION - EASE_STEP_PER_RPE * Math.max(0, excess - RPE_MISMATCH_MARGIN);
  return Math.round(Math.max(EASE_MIN_KEEP_FRACTION, Math.min(EASE_KEEP_FRACTION, k)) * 100) / 100;
}
/** Share of planned minutes kept for the coming week after repeated mismatches. Source: down-week practice (cut 20–30 %). */
export const WEEK_KEEP_FRACTION = 0.8;

/** One run whose RPE sat well above what its session kind should feel like. */
export interface RpeMismatch {
  /** The run's id, when it has one. */
  readonly id?: string;
  readonly date: string;
  readonly kind: string;
  readonly rpe: number;
  readonly expected: { from: number; to: number };
}

/**
 * Runs between `from` and `to` (inclusive) rated ≥ `RPE_MISMATCH_MARGIN` above their session's expected RPE.
 * A race is judged as a race (never a mismatch: RPE 9–10 is its expected effort), so neither `rpe.*` nor
 * the ACWR caution's second signal reads a race as a too-hard easy run; `recovery.post-race` answers it.
 *
 * @example
 * rpeMismatches(plan, [{ date: '2027-01-11', km: 8, minutes: 50, rpe: 8 }], '2027-01-05', '2027-01-12');
 * // [{ date: '2027-01-11', kind: 'easy', rpe: 8, expected: { from: 2, to: 4 } }]
 */
export function rpeMismatches(
  plan: Plan,
  activities: readonly Activity[],
  from: string,
  to: string,
): RpeMismatch[] {
  const { sessionOf } = matchActivities(plan, activities);
  const out: RpeMismatch[] = [];
  for (const a of activities) {
    if (a.date < from || a.date > to || a.rpe === undefined) continue;
    const planned = sessionOf.get(a);
    const kind = judgedKind(a, planned, plan.vdot);
    if (rpeExcess(kind, a.rpe) >= RPE_MISMATCH_MARGIN)
      out.push({ ...runRef(a), kind, rpe: a.rpe, expected: EXPECTED_RPE[kind] });
  }
  return out;
}

/** A mismatch as evidence. */
function refOf(m: RpeMismatch): RunRef {
  return m.id === undefined ? { date: m.date } : { date: m.date, id: m.id };
}

/**
 * - `rpe.mismatch`: the latest run (≤ 2 days ago) felt ≥ 2 RPE above its expected range → the next session
 *   is eased in proportion (`easeKeepFraction`: hard → easy, and 20–50 % shorter) and watched;
 * - `rpe.repeated`: 2+ such runs within 7 days → the coming week's sessions keep 80 % of their minutes.
 * Both claim the runs they answer (`ctx.evidence`), so the ACWR caution never reads them as its second signal.
 *
 * @example
 * rpeRules(plan, { today: '2027-01-12', activities: [{ date: '2027-01-12', km: 8, minutes: 48, rpe: 8 }], checkins: [] });
 */
export function rpeRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const recent = rpeMismatches(plan, ctx.activities, addDays(ctx.today, -RPE_LOOKBACK_DAYS), ctx.today);
  const latest = recent.at(-1);
  if (latest !== undefined) {
    // The session right after the hard-feeling run; if it is already behind us, there is nothing to ease.
    const following = sessionsBetween(plan, addDays(latest.date, 1), addDays(ctx.today, 7)).find(
      (r) => baseOf(r.session).kind !== 'rest',
    );
    const answerable = following !== undefined && baseOf(following.session).kind !== 'race';
    // Already run (today's long run logged): nothing left to ease, and the signal is still unanswered.
    const { doneDates } = matchActivities(plan, ctx.activities);
    const ahead =
      answerable &&
      following.session.date >= ctx.today &&
      following.session.status !== 'done' &&
      !doneDates.has(following.session.date);
    const next = ahead ? following : undefined;
    // Answered now, or already (the session after it was eased on an earlier day): not a signal to reuse.
    if (next !== undefined || (answerable && following.session.status === 'adapted'))
      ctx.evidence?.claim('rpe.mismatch', { runs: [refOf(latest)] });
    if (next !== undefined) {
      const keep = easeKeepFraction(rpeExcess(latest.kind as SessionKind, latest.rpe));
      const reasons: Reason[] = [
        {
          code: 'RPE_ABOVE_EXPECTED',
          facts: {
            ...latest,
            marginRpe: RPE_MISMATCH_MARGIN,
            keepFraction: keep,
            evidence: { runs: [refOf(latest)] },
          },
        },
      ];
      const base = baseOf(next.session);
      const purpose = purposeOf('EASED_HARD_RPE');
      editor.edit(
        next,
        (s) =>
          base.hard
            ? toEasy(s, easyOptionsFor(plan, s, base.minutes * keep, purpose))
            : capMinutes(s, base.minutes * keep, purpose),
        {
          rule: 'rpe.mismatch',
          date: next.session.date,
          action: base.hard ? 'swap_to_easy' : 'shorten',
          reasons,
        },
      );
    }
  }
  const repeated = rpeMismatches(
    plan,
    ctx.activities,
    addDays(ctx.today, -(RPE_REPEAT_WINDOW_DAYS - 1)),
    ctx.today,
  );
  if (repeated.length >= RPE_REPEAT_COUNT) {
    const evidence = { runs: repeated.map(refOf) };
    ctx.evidence?.claim('rpe.repeated', evidence);
    const reasons: Reason[] = [
      {
        code: 'RPE_ABOVE_EXPECTED_REPEATED',
        facts: { runs: repeated, windowDays: RPE_REPEAT_WINDOW_DAYS, evidence },
      },
    ];
    for (const ref of sessionsBetween(plan, addDays(ctx.today, 1), addDays(ctx.today, 7))) {
      const base = baseOf(ref.session);
      if (base.kind === 'race') continue;
      editor.edit(
        ref,
        (s) => capMinutes(s, base.minutes * WEEK_KEEP_FRACTION, purposeOf('LIGHTER_WEEK_HARD_RPE')),
        {
          rule: 'rpe.repeated',
          date: ref.session.date,
          action: 'lower_week_load',
          reasons,
        },
      );
    }
  }
  return editor.result();
}
