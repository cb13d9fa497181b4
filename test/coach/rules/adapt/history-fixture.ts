/** Small builders of history for adaptation scenarios. */
import { addDays } from '../../../../coach/rules/calendar/index.js';
import type { Activity, CheckIn } from '../../../../coach/rules/adapt/history.js';
import type { Plan } from '../../../../coach/rules/plan/types.js';

/** Every planned run between `from` and `to` (inclusive) done as planned, with an RPE that fits its kind. */
export function followedPlan(plan: Plan, from: string, to: string): Activity[] {
  const out: Activity[] = [];
  for (const w of plan.weeks)
    for (const s of w.sessions) {
      if (s.date < from || s.date > to || s.kind === 'rest') continue;
      out.push({ date: s.date, km: s.km, minutes: s.minutes, rpe: s.hard ? 7 : s.kind === 'long' ? 4 : 3 });
    }
  return out;
}

/** A run every day from `from` for `days` days of the same distance and effort. */
export function dailyRuns(from: string, days: number, km: number, minutes: number, rpe: number): Activity[] {
  return Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), km, minutes, rpe }));
}

/** Calm check-ins (good sleep, steady resting HR and HRV) for `days` days ending on `to`. */
export function calmCheckins(to: string, days: number): CheckIn[] {
  return Array.from({ length: days }, (_, i) => ({
    date: addDays(to, i - days + 1),
    sleepHours: 7.5,
    sleepQuality: 4,
    restingHr: 50,
    hrv: 70,
    soreness: 2,
    stress: 3,
    mood: 4,
  }));
}
