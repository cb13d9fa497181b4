/** RPE mismatch rules (`rpe.*`): a run that felt far harder than planned eases what comes next. */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { easyOptionsFor } from './easy-defaults.js';
import { EXPECTED_RPE, judgedKind, RPE_MISMATCH_MARGIN, rpeExcess } from './expected-rpe.js';
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
/** Share of planned minutes kept on an eased easy session. Source: common practice (cut ~20 %, then watch). */
export const EASE_KEEP_FRACTION = 0.8;
/** Share of planned minutes kept for the coming week after repeated mismatches. Source: down-week practice (cut 20–30 %). */
export const WEEK_KEEP_FRACTION = 0.8;

/** One run whose RPE sat well above what its session kind should feel like. */
export interface RpeMismatch {
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
    const kind = judgedKind(a, planned);
    if (rpeExcess(kind, a.rpe) >= RPE_MISMATCH_MARGIN)
      out.push({ date: a.date, kind, rpe: a.rpe, expected: EXPECTED_RPE[kind] });
  }
  return out;
}

/**
 * - `rpe.mismatch`: the latest run (≤ 2 days ago) felt ≥ 2 RPE above its expected range → the next session
 *   is eased (hard → easy; otherwise 20 % shorter) and watched;
 * - `rpe.repeated`: 2+ such runs within 7 days → the coming week's sessions keep 80 % of their minutes.
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
    const next =
      following !== undefined &&
      following.session.date >= ctx.today &&
      baseOf(following.session).kind !== 'race'
        ? following
        : undefined;
    if (next !== undefined) {
      const reasons: Reason[] = [
        { code: 'RPE_ABOVE_EXPECTED', facts: { ...latest, marginRpe: RPE_MISMATCH_MARGIN } },
      ];
      const base = baseOf(next.session);
      const purpose = 'Eased: your last run felt much harder than it should have.';
      editor.edit(
        next,
        (s) =>
          base.hard
            ? toEasy(s, easyOptionsFor(plan, s, undefined, purpose))
            : capMinutes(s, base.minutes * EASE_KEEP_FRACTION, purpose),
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
    const reasons: Reason[] = [
      { code: 'RPE_ABOVE_EXPECTED_REPEATED', facts: { runs: repeated, windowDays: RPE_REPEAT_WINDOW_DAYS } },
    ];
    for (const ref of sessionsBetween(plan, addDays(ctx.today, 1), addDays(ctx.today, 7))) {
      const base = baseOf(ref.session);
      if (base.kind === 'race') continue;
      editor.edit(
        ref,
        (s) => capMinutes(s, base.minutes * WEEK_KEEP_FRACTION, 'Lighter week: recent runs felt too hard.'),
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
