/**
 * The onboarding draft: what the runner has answered so far (kept between messages), and how one
 * reading of a message fills it. A slot once accepted stays; the chain asks only what is still missing.
 */
import type { OnboardingUnderstood } from '../prompts/coach-message.js';
import type { Persona } from '../prompts/persona.js';
import type { Weekday } from '../rules/calendar/weekday.js';
import type { OnboardingFacts } from '../rules/language/onboarding/types.js';
import { formatDuration } from '../rules/units/duration.js';

export type { OnboardingDraft } from '../model/onboarding-draft.js';
import type { OnboardingDraft } from '../model/onboarding-draft.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The draft with every fact of one reading applied, and what was newly understood (for the one-line
 * confirmation). A race date replaces a race month; named days replace a day count.
 */
export function applyFacts(
  draft: OnboardingDraft,
  facts: Omit<OnboardingFacts, 'persona'> & { readonly persona?: Persona },
): { draft: OnboardingDraft; understood: OnboardingUnderstood } {
  const d: Mutable<OnboardingDraft> = { ...draft };
  const u: Mutable<OnboardingUnderstood> = {};
  if (facts.units) d.units = u.units = facts.units;
  if (facts.race !== undefined) {
    d.race =
      facts.race === null
        ? null
        : { distance: `${facts.race.distanceM}m`, time: formatDuration(facts.race.durationS) };
    u.race = facts.race === null ? null : { km: facts.race.distanceM / 1000, seconds: facts.race.durationS };
  }
  if (facts.goal) d.goal = u.goal = facts.goal;
  if (facts.raceDate) {
    d.raceDate = u.raceDate = facts.raceDate;
    delete d.raceMonth;
  } else if (facts.raceMonth && !d.raceDate) d.raceMonth = u.raceMonth = facts.raceMonth;
  if (facts.targetS !== undefined) {
    d.targetTime = facts.targetS === null ? null : formatDuration(facts.targetS);
    u.targetSeconds = facts.targetS;
  }
  if (facts.days && facts.days.length > 0) {
    d.days = u.days = facts.days;
    delete d.dayCount;
  } else if (facts.dayCount && !d.days) d.dayCount = u.dayCount = facts.dayCount;
  if (facts.longDay) {
    d.longDay = u.longDay = facts.longDay;
    if (d.days && !d.days.includes(facts.longDay)) d.days = [...d.days, facts.longDay];
  }
  if (facts.weeklyKm !== undefined) {
    d.weeklyKm = u.weeklyKm = facts.weeklyKm;
    delete d.weeklyMinutes;
  } else if (facts.weeklyMinutes !== undefined) {
    d.weeklyMinutes = u.weeklyMinutes = facts.weeklyMinutes;
    delete d.weeklyKm;
  }
  if (facts.longestRunKm !== undefined) d.longestRunKm = u.longestRunKm = facts.longestRunKm;
  if (facts.level) d.level = u.level = facts.level;
  if (facts.age !== undefined) d.age = u.age = facts.age;
  if (facts.injuries) {
    d.injuries = facts.injuries;
    u.injuries = facts.injuries.map((i) => i.area);
  }
  if (facts.maxHr !== undefined) d.maxHr = u.maxHr = facts.maxHr;
  if (facts.restingHr !== undefined) d.restingHr = u.restingHr = facts.restingHr;
  if (facts.persona) d.persona = u.persona = facts.persona;
  return { draft: d, understood: u };
}

/**
 * The long-run day implied by the running days: Sunday when it is one of them, else Saturday; none
 * without a weekend day (then the runner is asked). A product default, not a training rule: the weekend is
 * when most working runners have the time; it is stated back in the confirmation line, so it can be changed.
 */
export function impliedLongDay(days: readonly Weekday[]): Weekday | undefined {
  if (days.includes('sun')) return 'sun';
  if (days.includes('sat')) return 'sat';
  return undefined;
}

export function hasAnyFact(u: OnboardingUnderstood): boolean {
  return Object.keys(u).length > 0;
}
