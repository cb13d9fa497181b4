/**
 * Missed sessions (`missed.*`): never cram. A missed session is marked missed, not moved; after a week
 * with several misses the rest of the week keeps the long run and one quality session, and further quality
 * sessions become easy. Source: Daniels' Running Formula (3rd ed., ch. 9: do not try to make up lost
 * training); Pfitzinger & Douglas, Advanced Marathoning (keep the long run and one key workout).
 */
import { addDays } from '../calendar/index.js';
import { planWeekStart } from './plan-week.js';
import type { Plan, Session, SessionKind } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { easyOptionsFor } from './easy-defaults.js';
import { baseOf, isRun, sessionsBetween, toEasy } from './plan-edit.js';
import { matchActivities } from './match-activities.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** How many days back unlogged sessions are marked missed. */
export const MISSED_LOOKBACK_DAYS = 7;
/** Misses in the current week (Monday–yesterday) that trim the rest of the week to its key sessions. */
export const MISSED_TRIM_COUNT = 2;

/** Which quality session is kept when only one can be: lower number wins (race-specific work first). */
export const QUALITY_PRIORITY: Readonly<Partial<Record<SessionKind, number>>> = Object.freeze({
  race: 0,
  'marathon-pace': 1,
  tempo: 2,
  intervals: 3,
  hills: 4,
  repetitions: 5,
});

/**
 * - `missed.mark`: a planned run in the last 7 days with no run that day (or a day either side, when that
 *   run matches no other session) is marked `missed` — never moved to another day;
 * - `missed.keep-key-sessions`: 2+ missed this week → of the remaining quality sessions this week only the
 *   most important stays; the others become easy. The long run stays.
 *
 * @example
 * missedRules(plan, { today: '2027-01-14', activities: [], checkins: [] }); // Mon–Wed runs marked missed
 */
export function missedRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const { doneDates } = matchActivities(plan, ctx.activities);
  const yesterday = addDays(ctx.today, -1);
  for (const ref of sessionsBetween(plan, addDays(ctx.today, -MISSED_LOOKBACK_DAYS), yesterday)) {
    const s = ref.session;
    if (
      !isRun(s) ||
      doneDates.has(s.date) ||
      s.status === 'missed' ||
      s.status === 'done' ||
      s.status === 'skipped'
    )
      continue;
    editor.edit(ref, (x) => markMissed(x), {
      rule: 'missed.mark',
      date: s.date,
      action: 'mark_missed',
      reasons: [{ code: 'NO_ACTIVITY_LOGGED', facts: { date: s.date, kind: s.kind } }],
    });
  }

  const weekStart = planWeekStart(plan, ctx.today);
  const missed = sessionsBetween(editor.plan, weekStart, yesterday).filter(
    (r) => r.session.status === 'missed',
  );
  if (missed.length >= MISSED_TRIM_COUNT) {
    const weekEnd = addDays(weekStart, 6);
    const quality = sessionsBetween(plan, ctx.today, weekEnd).filter((r) => {
      const b = baseOf(r.session);
      return b.hard && QUALITY_PRIORITY[b.kind] !== undefined && b.kind !== 'race';
    });
    const keep = [...quality].sort(
      (a, b) => priority(baseOf(a.session).kind) - priority(baseOf(b.session).kind),
    )[0];
    const reasons = [
      {
        code: 'SESSIONS_MISSED_THIS_WEEK',
        facts: {
          missed: missed.map((r) => ({ date: r.session.date, kind: r.session.kind })),
          trimCount: MISSED_TRIM_COUNT,
        },
      },
    ];
    for (const ref of quality) {
      if (ref === keep) continue;
      const purpose = purposeOf('MISSED_DAYS_EASY');
      editor.edit(ref, (s) => toEasy(s, easyOptionsFor(plan, s, undefined, purpose)), {
        rule: 'missed.keep-key-sessions',
        date: ref.session.date,
        action: 'swap_to_easy',
        reasons,
      });
    }
  }
  return editor.result();
}

function priority(kind: SessionKind): number {
  return QUALITY_PRIORITY[kind] ?? 99;
}

function markMissed(s: Session): Session {
  return { ...s, status: 'missed' };
}
