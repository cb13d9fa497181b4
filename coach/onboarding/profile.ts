/**
 * The onboarding profile: what a runner tells the coach before the first plan (the body of
 * `POST /api/athletes`, or the answers of the chat onboarding). `profileToPlanInput` turns it into the
 * plan builder's input, with a stable code for anything it cannot use.
 */
import type { PlanInput } from '../rules/plan/plan-input.js';
import { err, ok, type Result } from '../rules/result.js';
import { parseDuration } from '../rules/units/duration.js';
import { parseRaceDistance } from '../rules/units/race-distance.js';

export type { OnboardingProfile } from '../model/onboarding-profile.js';
import type { OnboardingProfile } from '../model/onboarding-profile.js';

export type ProfileError =
  'RACE_DISTANCE_UNKNOWN' | 'RACE_TIME_MALFORMED' | 'TARGET_TIME_MALFORMED' | 'LONG_DAY_NOT_AVAILABLE';

/** Heart-rate facts of the athlete record, passed on to the plan (bpm). */
export interface AthleteHr {
  readonly maxHr?: number;
  readonly restingHr?: number;
  readonly lthr?: number;
}

export function profileToPlanInput(
  profile: OnboardingProfile,
  startDate: string,
  hr: AthleteHr = {},
): Result<PlanInput, ProfileError> {
  let race: { distanceMeters: number; timeSeconds: number } | undefined;
  if (profile.race) {
    const distance = parseRaceDistance(profile.race.distance);
    if (!distance.ok)
      return err('RACE_DISTANCE_UNKNOWN', `I don't know the race distance "${profile.race.distance}".`);
    const time = parseDuration(profile.race.time);
    if (!time.ok)
      return err(
        'RACE_TIME_MALFORMED',
        `I can't read the race time "${profile.race.time}": use mm:ss or h:mm:ss.`,
      );
    race = { distanceMeters: distance.value.meters, timeSeconds: time.value };
  }
  let targetTime: number | undefined;
  if (profile.goal.targetTime) {
    const t = parseDuration(profile.goal.targetTime);
    if (!t.ok)
      return err('TARGET_TIME_MALFORMED', `I can't read the target time "${profile.goal.targetTime}".`);
    targetTime = t.value;
  }
  if (!profile.days.includes(profile.longDay)) {
    return err('LONG_DAY_NOT_AVAILABLE', 'The long-run day has to be one of the days you can run.');
  }
  const hasHr = hr.maxHr !== undefined || hr.restingHr !== undefined || hr.lthr !== undefined;
  return ok({
    fitness: {
      ...(race ? { race } : {}),
      ...(profile.easyPaceSecondsPerKm !== undefined
        ? { easyPaceSecondsPerKm: profile.easyPaceSecondsPerKm }
        : {}),
    },
    goal: {
      distance: profile.goal.distance,
      ...(profile.goal.raceDate ? { raceDate: profile.goal.raceDate } : {}),
      ...(targetTime !== undefined ? { targetTime } : {}),
    },
    startDate,
    availableDays: profile.days,
    longRunDay: profile.longDay,
    ...(profile.weeklyKm !== undefined ? { weeklyKm: profile.weeklyKm } : {}),
    ...(profile.weeklyMinutes !== undefined ? { weeklyMinutes: profile.weeklyMinutes } : {}),
    ...(profile.longestRunKm !== undefined ? { longestRunKm: profile.longestRunKm } : {}),
    level: profile.level,
    ...(profile.age !== undefined ? { age: profile.age } : {}),
    injuries: (profile.injuries ?? []).map((i) => ({
      area: i.area,
      recent: i.recent,
      recurring: i.recurring ?? false,
    })),
    ...(hasHr ? { hr } : {}),
  });
}

/**
 * The birth year a runner of `ageYears` has on `today` (ISO date): the year of today minus the age.
 *
 * @example birthYearFromAge(41, '2026-12-08') // 1985
 */
export function birthYearFromAge(ageYears: number, today: string): number {
  return Number(today.slice(0, 4)) - ageYears;
}
