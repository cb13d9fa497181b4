/**
 * Post-race recovery (`recovery.post-race`): after a race, easy running only until the legs are back.
 * Source: Daniels' Running Formula (3rd ed.): one easy day for every 3 km (3,000 m) raced before quality
 * training resumes; SCIENCE.md "Plan shape". A race is an activity marked `race`, one recognised as a race
 * (RPE 9–10 at a PR-level effort over a race distance, `isRaceEffort`), or one run on the plan's race day.
 */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan, Purpose, Session } from '../plan/types.js';
import { purposeOf } from '../plan/purposes.js';
import { easyOptionsFor } from './easy-defaults.js';
import { runRef } from './evidence.js';
import type { Activity } from './history.js';
import { isRaceRun, matchActivities } from './match-activities.js';
import { baseOf, isRun, sessionsBetween, toEasy } from './plan-edit.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** Race distance (km) that earns one easy day. Source: Daniels' Running Formula (one easy day per 3,000 m raced). */
export const KM_PER_RECOVERY_DAY = 3;
/**
 * Longest easy run (minutes) that replaces a quality session or long run after a race. Source: Daniels' E
 * runs of 30–60 min; runloop takes the middle, as the readiness swap does (`EASY_SWAP_MAX_MINUTES`).
 */
export const POST_RACE_EASY_MAX_MINUTES = 45;

/** A logged race and the days it earns: `raceDate + 1 … until` are easy. */
export interface RecentRace {
  /** The race run's id, when it has one. */
  readonly id?: string;
  readonly date: string;
  readonly km: number;
  readonly minutes: number;
  readonly recoveryDays: number;
  readonly until: string;
}

/**
 * Easy days a race of `km` earns: ⌈km / 3⌉ (a 5K → 2, a 10K → 4, a half → 8, a marathon → 15).
 *
 * @example
 * recoveryDays(10); // 4
 */
export function recoveryDays(km: number): number {
  return km > 0 ? Math.ceil(km / KM_PER_RECOVERY_DAY - 1e-9) : 0;
}

/**
 * The race (on or before today) whose recovery reaches furthest past today, or undefined when none does.
 *
 * @example
 * recentRace(plan, [{ date: '2027-01-23', km: 10, minutes: 44, race: true }], '2027-01-24')?.until; // '2027-01-27'
 */
export function recentRace(
  plan: Plan,
  activities: readonly Activity[],
  today: string,
): RecentRace | undefined {
  const { sessionOf } = matchActivities(plan, activities);
  let best: RecentRace | undefined;
  for (const a of activities) {
    if (a.date > today) continue;
    const s = sessionOf.get(a);
    if (!isRaceRun(a, s, plan.vdot)) continue;
    const days = recoveryDays(a.km);
    const until = addDays(a.date, days);
    if (days > 0 && until >= today && (best === undefined || until > best.until))
      best = { ...runRef(a), km: a.km, minutes: a.minutes, recoveryDays: days, until };
  }
  return best;
}

/**
 * - `recovery.post-race`: after a race of `km`, every quality session and long run in the next ⌈km / 3⌉
 *   days (from today on) becomes an easy run of at most 45 min, never longer nor farther than planned.
 *   Easy runs and rest days stay; sessions already done, missed or skipped, and races, are never edited.
 *
 * @example
 * recoveryRules(plan, { today: '2027-01-24', activities: [{ date: '2027-01-23', km: 10, minutes: 44, race: true }], checkins: [] });
 * // Sunday's long run and Tuesday's intervals → easy runs; Thursday's tempo stays
 */
export function recoveryRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const race = recentRace(plan, ctx.activities, ctx.today);
  if (race === undefined) return editor.result();
  const { doneDates } = matchActivities(plan, ctx.activities);
  const from = addDays(race.date, 1) > ctx.today ? addDays(race.date, 1) : ctx.today;
  const reasons: Reason[] = [
    {
      code: 'RECENT_RACE',
      facts: {
        date: race.date,
        km: race.km,
        minutes: race.minutes,
        recoveryDays: race.recoveryDays,
        kmPerDay: KM_PER_RECOVERY_DAY,
        until: race.until,
        evidence: { runs: [race.id === undefined ? { date: race.date } : { date: race.date, id: race.id }] },
      },
    },
  ];
  const purpose = purposeOf('POST_RACE_EASY', { raceDate: race.date, until: race.until });
  for (const ref of sessionsBetween(plan, from, race.until)) {
    const s = ref.session;
    const base = baseOf(s);
    if (!isRun(s) || base.kind === 'race' || !(base.hard || base.kind === 'long')) continue;
    if (s.status === 'done' || s.status === 'missed' || s.status === 'skipped' || doneDates.has(s.date))
      continue;
    editor.edit(ref, (x) => asEasy(plan, x, purpose), {
      rule: 'recovery.post-race',
      date: s.date,
      action: 'swap_to_easy',
      reasons,
    });
  }
  return editor.result();
}

/** The session as an easy run of at most 45 min (a long run also loses its `long` label). */
function asEasy(plan: Plan, s: Session, purpose: Purpose): Session {
  const easy = toEasy(s, easyOptionsFor(plan, s, POST_RACE_EASY_MAX_MINUTES, purpose));
  if (easy.kind !== 'long') return easy;
  return { ...easy, kind: 'easy', purpose, status: 'adapted', replaces: baseOf(s) };
}
