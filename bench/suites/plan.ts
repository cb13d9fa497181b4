/**
 * Building an 18-week marathon plan (issue 4: < 5 ms). Baseline in the same run: a `structuredClone` of
 * a built plan — copying the same data structure without deciding anything.
 */
import { buildPlan } from '../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../coach/rules/plan/plan-input.js';
import type { BenchSuite } from '../measure.js';
import { microRow, MICRO_TABLE_HEADER } from '../measure.js';
import { micro } from '../micro.js';

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
    const [clone, build, beginner] = micro([
      { name: 'baseline: structuredClone of a built 18-week plan', fn: () => structuredClone(plan) },
      { name: 'buildPlan: 18-week marathon, 5 days, HR ranges', fn: () => buildPlan(marathonRequest()) },
      {
        name: 'buildPlan: 30-week beginner marathon, no race, run/walk start',
        fn: () =>
          buildPlan({
            fitness: {},
            goal: { distance: 'marathon', raceDate: '2027-07-11' },
            startDate: '2026-12-14',
            availableDays: ['tue', 'thu', 'sat', 'sun'],
            longRunDay: 'sun',
            weeklyMinutes: 40 + (i++ % 30),
            level: 'beginner',
          }),
      },
    ]);
    return [MICRO_TABLE_HEADER, microRow(clone!), microRow(build!, clone), microRow(beginner!, clone)].join(
      '\n',
    );
  },
};

export default suite;
