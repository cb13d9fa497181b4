/** Stored runs and check-ins as the rules engine reads them (km, minutes, bpm, CR-10). */
import { addDays } from './rules/calendar/add-days.js';
import type { Activity as RulesActivity, CheckIn, History, RecoveryBaseline } from './rules/adapt/history.js';
import type { Athlete } from './model/athlete.js';
import type { Activity } from './model/activity.js';
import type { Checkin } from './model/checkin.js';
import type { Repositories } from './ports/repositories.js';

/** How far back adaptation looks: the 28-day chronic window plus room for PMC-style context. */
export const HISTORY_DAYS = 56;

export function toRulesActivity(a: Activity): RulesActivity | undefined {
  if (a.distanceMeters === undefined && a.durationSeconds === undefined) return undefined;
  return {
    id: a.id,
    date: a.date,
    km: (a.distanceMeters ?? 0) / 1000,
    minutes: (a.durationSeconds ?? 0) / 60,
    ...(a.avgHr !== undefined ? { avgHr: a.avgHr } : {}),
    ...(a.rpe !== undefined ? { rpe: a.rpe } : {}),
    ...(a.cadence !== undefined ? { cadence: a.cadence } : {}),
    ...(a.race ? { race: true } : {}),
    ...(a.cadence !== undefined ? { cadence: a.cadence } : {}),
    ...(a.laps
      ? {
          laps: a.laps
            .filter((l) => l.distanceMeters !== undefined && l.durationSeconds !== undefined)
            .map((l) => ({
              km: (l.distanceMeters ?? 0) / 1000,
              minutes: (l.durationSeconds ?? 0) / 60,
              ...(l.avgHr !== undefined ? { avgHr: l.avgHr } : {}),
              ...(l.cadence !== undefined ? { cadence: l.cadence } : {}),
            })),
        }
      : {}),
  };
}

export function toRulesCheckIn(c: Checkin): CheckIn {
  return {
    date: c.date,
    ...(c.sleepHours !== undefined ? { sleepHours: c.sleepHours } : {}),
    ...(c.sleepQuality !== undefined ? { sleepQuality: c.sleepQuality } : {}),
    ...(c.restingHr !== undefined ? { restingHr: c.restingHr } : {}),
    ...(c.hrv !== undefined ? { hrv: c.hrv } : {}),
    ...(c.soreness !== undefined ? { soreness: c.soreness } : {}),
    ...(c.stress !== undefined ? { stress: c.stress } : {}),
    ...(c.mood !== undefined ? { mood: c.mood } : {}),
    ...(c.illness !== undefined ? { illness: c.illness } : {}),
    ...(c.pain ? { pain: { score: c.pain.score, location: c.pain.location ?? 'unspecified' } } : {}),
    ...(c.redFlags.length > 0 ? { redFlags: c.redFlags } : {}),
  };
}

/** What the runner stated that recovery is judged against until check-ins give a baseline (resting HR, bpm). */
export function recoveryBaseline(
  athlete: Pick<Athlete, 'restingHr'> | undefined,
): RecoveryBaseline | undefined {
  return athlete?.restingHr !== undefined ? { restingHrBpm: athlete.restingHr } : undefined;
}

/**
 * The runner's recent history up to `today`, in the rules engine's terms. `athlete` is the runner the
 * message already read (not read again here).
 */
export async function loadHistory(
  repos: Repositories,
  athlete: Pick<Athlete, 'id' | 'restingHr'>,
  today: string,
): Promise<History> {
  const range = { from: addDays(today, -HISTORY_DAYS), to: today };
  const [activities, checkins] = await Promise.all([
    repos.activities.list(athlete.id, range),
    repos.checkins.list(athlete.id, range),
  ]);
  return historyOf(athlete, activities, checkins);
}

/** Stored runs and check-ins (already read, oldest first) as the rules engine's history of `athlete`. */
export function historyOf(
  athlete: Pick<Athlete, 'restingHr'>,
  activities: readonly Activity[],
  checkins: readonly Checkin[],
): History {
  const baseline = recoveryBaseline(athlete);
  return {
    activities: activities.map(toRulesActivity).filter((a): a is RulesActivity => a !== undefined),
    checkins: checkins.map(toRulesCheckIn),
    ...(baseline !== undefined ? { baseline } : {}),
  };
}
