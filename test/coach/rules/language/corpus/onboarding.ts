import type {
  OnboardingFacts,
  OnboardingSlot,
} from '../../../../../coach/rules/language/onboarding/types.js';

/**
 * Onboarding answers as runners text them (lowercase, typos, emoji, run-on sentences, "idk", mixed
 * units, British and US dates), each with the question it answers and every fact it must give (exact:
 * a fact not listed must not be read). Sent on Tuesday 2026-11-24 (see `case.ts`), km runner unless
 * `units` says otherwise.
 */
export interface OnboardingCase {
  readonly text: string;
  readonly asking: OnboardingSlot;
  readonly facts: OnboardingFacts;
  readonly aside?: 'question' | 'run-report';
  readonly units?: 'km' | 'mi';
  readonly goal?: OnboardingFacts['goal'];
  readonly raceMonth?: { readonly year: number; readonly month: number };
}

/** Miles → km as the onboarding reader stores them. */
export const miKm = (miles: number): number => (miles * 1609.344) / 1000;

const ALL: OnboardingFacts['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Every example named in issue 11. */
export const ISSUE_CASES: readonly OnboardingCase[] = [
  {
    text: 'half marathon in april',
    asking: 'goal',
    facts: { goal: 'half', raceMonth: { year: 2027, month: 4 } },
  },
  { text: 'a marathon', asking: 'goal', facts: { goal: 'marathon' } },
  { text: 'my first 5k', asking: 'goal', facts: { goal: '5k' } },
  { text: 'April 18', asking: 'race-date', facts: { raceDate: '2027-04-18' } },
  { text: 'May 2nd', asking: 'race-date', facts: { raceDate: '2027-05-02' } },
  { text: '28 Feb', asking: 'race-date', facts: { raceDate: '2027-02-28' } },
  { text: '18/04/2027', asking: 'race-date', facts: { raceDate: '2027-04-18' } },
  { text: 'never raced', asking: 'race', facts: { race: null } },
  {
    text: 'every day except friday',
    asking: 'days',
    facts: { days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'] },
  },
  { text: 'sundays', asking: 'days', facts: { days: ['sun'] } },
  {
    text: 'weekends plus tuesdays and thursdays',
    asking: 'days',
    facts: { days: ['tue', 'thu', 'sat', 'sun'] },
  },
  { text: 'mon-fri', asking: 'days', facts: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] } },
  { text: '3 or 4 days', asking: 'days', facts: { dayCount: { min: 3, max: 4 } } },
  { text: 'around 3 hours a week', asking: 'volume', facts: { weeklyMinutes: 180 } },
  { text: '20 miles a week', asking: 'volume', units: 'mi', facts: { units: 'mi', weeklyKm: miKm(20) } },
  { text: '20', asking: 'volume', units: 'mi', facts: { weeklyKm: miKm(20) } },
  {
    text: 'somewhere in between, been running 2 years',
    asking: 'experience',
    facts: { level: 'intermediate' },
  },
  { text: 'neutral is fine', asking: 'extras', facts: { persona: 'neutral' } },
  { text: 'neutral is fine', asking: 'persona', facts: { persona: 'neutral' } },
  {
    text: 'training for my first half in april, can run tue thu sat sun, about 25k a week, did a 10k in 55 min last month',
    asking: 'units',
    facts: {
      units: 'km',
      weeklyKm: 25,
      goal: 'half',
      race: { distanceM: 10000, durationS: 3300 },
      raceMonth: { year: 2027, month: 4 },
      days: ['tue', 'thu', 'sat', 'sun'],
    },
  },
  { text: 'ran 5k today in 28 min', asking: 'extras', goal: 'marathon', facts: {}, aside: 'run-report' },
  { text: 'ran 5k today in 28 min', asking: 'target-time', goal: 'marathon', facts: {}, aside: 'run-report' },
  {
    text: 'why do my easy runs have to be so slow? 6:30 feels like walking',
    asking: 'volume',
    facts: {},
    aside: 'question',
  },
];

export { ALL };
