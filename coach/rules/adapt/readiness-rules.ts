/** Readiness rules (`readiness.*`): a tired runner gets an easy day instead of the hard one. */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { easyOptionsFor } from './easy-defaults.js';
import type { SessionRef } from './plan-edit.js';
import { baseOf, sessionsBetween, toEasy, toRest } from './plan-edit.js';
import { assessReadiness, REST_MIN_SIGNALS } from './readiness.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';
import type { AdaptRuleId } from './rule-ids.js';
import { hrvTrend, restingHrTrend } from './trend-recovery.js';

/** Longest easy run (minutes) swapped in on a readiness day. Source: Daniels' E runs of 30–60 min; runloop takes the middle. */
export const EASY_SWAP_MAX_MINUTES = 45;
/** Bad nights in a row that make today easy whatever it was. Source: issue 4 ("two bad nights → easy day"); Fullagar et al. 2015 (sleep loss impairs endurance). */
export const BAD_NIGHTS_FOR_EASY_DAY = 2;
/** Days after today in which the "next hard session" is looked for (0 = today only). */
export const READINESS_LOOKAHEAD_DAYS = 1;
/**
 * Days after today in which a resting-HR or HRV trend eases the next hard session. Source: runloop, one
 * quality session a few days ahead is what a runner fighting something off should not do (Buchheit 2014).
 */
export const TREND_LOOKAHEAD_DAYS = 3;

/**
 * - `readiness.two-bad-nights`: two bad nights running → today's run becomes easy (≤ 45 min) regardless;
 * - `readiness.under-recovered`: 2+ recovery signals → the next hard session (today or tomorrow) becomes
 *   easy, or rest with 3+ signals;
 * - `readiness.resting-hr-trend`: resting HR ≥ 5 bpm over baseline for 3 mornings, or ≥ 7 on one → the next
 *   hard session within `TREND_LOOKAHEAD_DAYS` becomes easy (≤ 45 min); the check-in reply asks about illness;
 * - `readiness.hrv-trend`: HRV ≥ 10 % under baseline for 3 mornings → the same.
 *
 * @example
 * readinessRules(plan, { today, activities: [], checkins: twoShortNights }); // tempo → easy 45 min
 */
export function readinessRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const r = assessReadiness(ctx.checkins, ctx.today);
  const editor = new PlanEditor(plan);
  // One morning, one answer per session: a session the under-recovered rest takes is not first made easy
  // for the same nights (two decisions on one session, easy then rest).
  const restNext =
    r.underRecovered && r.signals.length >= REST_MIN_SIGNALS
      ? nextHard(plan, ctx.today, READINESS_LOOKAHEAD_DAYS)
      : undefined;
  if (r.badNightsInRow >= BAD_NIGHTS_FOR_EASY_DAY) {
    const reasons = [
      {
        code: 'SLEEP_BAD_NIGHTS_IN_ROW',
        facts: {
          nights: r.badNightsInRow,
          sleepHours: lastNights(ctx, r.badNightsInRow),
          evidence: { checkins: nightDates(ctx.today, r.badNightsInRow) },
        },
      },
    ];
    for (const ref of sessionsBetween(plan, ctx.today, ctx.today)) {
      if (baseOf(ref.session).kind === 'race') continue;
      if (restNext !== undefined && restNext.week === ref.week && restNext.index === ref.index) continue;
      const purpose = purposeOf('TWO_SHORT_NIGHTS');
      editor.edit(ref, (s) => toEasy(s, easyOptionsFor(plan, s, EASY_SWAP_MAX_MINUTES, purpose)), {
        rule: 'readiness.two-bad-nights',
        date: ctx.today,
        action: 'swap_to_easy',
        reasons,
      });
    }
  }
  if (r.underRecovered) {
    const next = nextHard(editor.plan, ctx.today, READINESS_LOOKAHEAD_DAYS);
    if (next !== undefined) {
      const rest = r.signals.length >= REST_MIN_SIGNALS;
      const purpose = purposeOf(rest ? 'UNDER_RECOVERED_REST' : 'UNDER_RECOVERED_EASY');
      editor.edit(
        next,
        (s) =>
          rest ? toRest(s, purpose) : toEasy(s, easyOptionsFor(plan, s, EASY_SWAP_MAX_MINUTES, purpose)),
        {
          rule: 'readiness.under-recovered',
          date: next.session.date,
          action: rest ? 'swap_to_rest' : 'swap_to_easy',
          // Today's check-in is what the signals were read from (earlier days are only its baseline).
          reasons: withCheckins(r.signals, [ctx.today]),
        },
      );
    }
  }
  // After the day's own readiness: a session it already eased is not eased again for the same mornings.
  easeForTrend(
    editor,
    ctx,
    'readiness.resting-hr-trend',
    restingHrTrend(ctx.checkins, ctx.today, ctx.baseline),
  );
  easeForTrend(editor, ctx, 'readiness.hrv-trend', hrvTrend(ctx.checkins, ctx.today));
  return editor.result();
}

/** Eases the next hard session (as first planned) in the trend window; nothing when there is none. */
function easeForTrend(
  editor: PlanEditor,
  ctx: AdaptContext,
  rule: AdaptRuleId,
  trend: Reason | undefined,
): void {
  if (trend === undefined) return;
  const next = nextHard(editor.plan, ctx.today, TREND_LOOKAHEAD_DAYS);
  if (next === undefined) return;
  const purpose = purposeOf('MORNING_NUMBERS_EASY');
  editor.edit(next, (s) => toEasy(s, easyOptionsFor(editor.plan, s, EASY_SWAP_MAX_MINUTES, purpose)), {
    rule,
    date: next.session.date,
    action: 'swap_to_easy',
    reasons: withCheckins([trend], trendMornings(trend)),
  });
}

/** The first session from `today` to `days` after it that was planned hard (races excepted). */
function nextHard(plan: Plan, today: string, days: number): SessionRef | undefined {
  return sessionsBetween(plan, today, addDays(today, days)).find(
    (ref) => baseOf(ref.session).hard && baseOf(ref.session).kind !== 'race',
  );
}

/** The check-in dates of the last `n` nights, oldest first, ending today. */
function nightDates(today: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));
}

/** The dates of the mornings a trend reason judged (`mornings[{ date }]` in its facts). */
function trendMornings(trend: Reason): string[] {
  const mornings = trend.facts['mornings'];
  return Array.isArray(mornings)
    ? mornings.flatMap((m: { date?: unknown }) => (typeof m?.date === 'string' ? [m.date] : []))
    : [];
}

/** The reasons with the check-ins they were read from listed as evidence (on the first reason). */
function withCheckins(reasons: readonly Reason[], checkins: readonly string[]): Reason[] {
  return reasons.map((r, i) =>
    i === 0 ? { ...r, facts: { ...r.facts, evidence: { checkins: [...checkins] } } } : r,
  );
}

function lastNights(ctx: AdaptContext, n: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = addDays(ctx.today, -i);
    out.push(ctx.checkins.filter((c) => c.date === d).at(-1)?.sleepHours);
  }
  return out;
}
