/**
 * Building an 18-week marathon plan (issue 4: < 5 ms). Baseline in the same run: a `structuredClone` of
 * a built plan — copying the same data structure without deciding anything.
 */
import { buildPlan } from '../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../coach/rules/plan/plan-input.js';
import type { BenchSuite } from '../measure.js';
import { measure, row, TABLE_HEADER } from '../measure.js';

let i = 0;
/** An 18-week marathon build (Mon 2026-12-14 → Sun 2027-04-18); the 10K time varies so nothing is folded. */
function marathonRequest(): PlanInput {
  return {
    fitness: { race: { distanceMeters: 10000, timeSeconds: 2400 + ((i++ * 37) % 900) } },
    goal: { distance: 'marathon', raceDate: '2027-04-18', targetTime: 3 * 3600 + 45 * 60 },
    startDate: '2026-12-14',
    availableDays: ['mon', 'tue', 'thu', 'fri', 'sun'],
    longRunDay: 'sun',
    weeklyKm: 45,
    longestRunKm: 18,
    level: 'intermediate',
    age: 44,
    hr: { maxHr: 182, restingHr: 52 },
  };
}

const suite: BenchSuite = {
  title: 'Plan builder: an 18-week marathon plan',
  async run() {
    const built = buildPlan(marathonRequest());
    if (!built.ok) throw new Error(`bench plan did not build: ${built.code}`);
    const plan = built.value;
    const clone = measure('baseline: structuredClone of a built 18-week plan', () => structuredClone(plan), {
      iterations: 2000,
      batch: 20,
    });
    const build = measure(
      'buildPlan: 18-week marathon, 5 days, HR ranges',
      () => buildPlan(marathonRequest()),
      {
        iterations: 2000,
        batch: 20,
      },
    );
    const beginner = measure(
      'buildPlan: 30-week beginner marathon, no race, run/walk start',
      () =>
        buildPlan({
          fitness: {},
          goal: { distance: 'marathon', raceDate: '2027-07-11' },
          startDate: '2026-12-14',
          availableDays: ['tue', 'thu', 'sat', 'sun'],
          longRunDay: 'sun',
          weeklyMinutes: 40 + (i++ % 30),
          level: 'beginner',
        }),
      { iterations: 2000, batch: 20 },
    );
    return [TABLE_HEADER, row(clone), row(build, clone), row(beginner, clone)].join('\n');
  },
};

export default suite;
