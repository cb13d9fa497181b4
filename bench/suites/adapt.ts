/**
 * Adapting an 18-week marathon plan for one day (issue 4: < 5 ms) with realistic history: six weeks of
 * runs (RPE, HR, laps) and daily check-ins, and (issue 10) six weeks run lap by lap against their
 * prescription. Baseline in the same run: a `structuredClone` of the plan — copying the same data without
 * deciding anything. Each call gets a plan object of its own (`{ ...plan }`), as each message reads its plan
 * afresh: what the rules keep for one plan object (its views, its matches, its judged runs) never carries
 * over from one call to the next.
 */
import { adapt } from '../../coach/rules/adapt/adapt.js';
import type { Activity, CheckIn, History } from '../../coach/rules/adapt/history.js';
import { addDays } from '../../coach/rules/calendar/index.js';
import { buildPlan } from '../../coach/rules/plan/build-plan.js';
import type { Plan } from '../../coach/rules/plan/types.js';
import type { BenchSuite } from '../measure.js';
import { microRow, MICRO_TABLE_HEADER, type Measurement } from '../measure.js';
import { micro } from '../micro.js';

const TARGET_MS = 5;

function marathonPlan(): Plan {
  const built = buildPlan({
    fitness: { race: { distanceMeters: 21097.5, timeSeconds: 105 * 60 } },
    goal: { distance: 'marathon', raceDate: '2027-04-04' },
    startDate: '2026-11-30',
    availableDays: ['mon', 'tue', 'thu', 'sat', 'sun'],
    longRunDay: 'sun',
    weeklyKm: 40,
    level: 'intermediate',
    age: 41,
    hr: { maxHr: 185, restingHr: 50 },
  });
  if (!built.ok) throw new Error(`bench plan did not build: ${built.code}`);
  return built.value;
}

/** The plan followed up to `today` (±5 % deterministic noise), laps every km, daily check-ins. */
function history(plan: Plan, today: string): History {
  const activities: Activity[] = [];
  let i = 0;
  for (const w of plan.weeks)
    for (const s of w.sessions) {
      if (s.date >= today || s.kind === 'rest') continue;
      const f = 1 + (((i++ * 37) % 11) - 5) / 100;
      const km = Math.round(s.km * f * 10) / 10;
      const minutes = Math.round(s.minutes * f);
      const laps = Array.from({ length: Math.max(1, Math.floor(km)) }, (_, k) => ({
        km: 1,
        minutes: minutes / Math.max(1, Math.floor(km)) + ((k % 3) - 1) * 0.1,
        avgHr: 140 + (k % 7),
      }));
      activities.push({ date: s.date, km, minutes, avgHr: s.hard ? 162 : 140, rpe: s.hard ? 7 : 3, laps });
    }
  const checkins: CheckIn[] = Array.from({ length: 42 }, (_, k) => ({
    date: addDays(today, k - 41),
    sleepHours: 7 + (k % 3) * 0.5,
    restingHr: 49 + (k % 3),
    hrv: 64 + (k % 4) * 2,
    soreness: 2 + (k % 2),
    stress: 3,
  }));
  return { activities, checkins };
}

/**
 * Six weeks run lap by lap as prescribed (one lap per step, HR in the step's band), except that the last
 * week's easy runs drift into the gray zone (E − 40 s/km, HR over the ceiling) and its tempo runs 25 s/km
 * slow at RPE 8: every run-vs-prescription rule has work to do.
 */
function assessedHistory(plan: Plan, today: string, checkins: readonly CheckIn[]): History {
  const activities: Activity[] = [];
  const lastWeek = addDays(today, -7);
  for (const w of plan.weeks)
    for (const s of w.sessions) {
      if (s.date >= today || s.kind === 'rest') continue;
      const drift = s.date >= lastWeek;
      const laps = s.steps.flatMap((step) => {
        if (step.pace === undefined) return [];
        const work = step.intensity !== 'E' && step.intensity !== 'walk';
        const pace = (step.pace.from + step.pace.to) / 2 + (drift ? (work ? 25 : s.hard ? 0 : -40) : 0);
        const km = step.km ?? ((step.minutes ?? 0) * 60) / pace;
        const hr = step.hr === undefined ? undefined : (step.hr.from + step.hr.to) / 2 + (drift ? 15 : 0);
        return Array.from({ length: step.repeat ?? 1 }, () => ({
          km,
          minutes: (km * pace) / 60,
          ...(hr !== undefined ? { avgHr: Math.round(hr) } : {}),
        }));
      });
      const km = laps.reduce((t, l) => t + l.km, 0);
      const minutes = laps.reduce((t, l) => t + l.minutes, 0);
      activities.push({ date: s.date, km, minutes, rpe: s.hard ? (drift ? 8 : 7) : 3, laps });
    }
  return { activities, checkins };
}

const suite: BenchSuite = {
  title: 'Adaptation: one day of an 18-week marathon plan',
  async run() {
    const plan = marathonPlan();
    const today = '2027-01-12'; // week 7, a tempo day; six weeks of history behind it
    const quiet = history(plan, today);
    const busy: History = {
      activities: quiet.activities.map((a) => (a.date === '2027-01-10' ? { ...a, rpe: 9 } : a)),
      checkins: quiet.checkins.map((c) =>
        c.date === today || c.date === addDays(today, -1) ? { ...c, sleepHours: 4.5, soreness: 8 } : c,
      ),
    };
    const judged = assessedHistory(plan, today, quiet.checkins);
    const [clone, calm, rough, assessed] = micro([
      { name: 'baseline: structuredClone of the 18-week plan', fn: () => structuredClone(plan) },
      {
        name: 'adapt: a calm day (no change), 6 weeks of runs and check-ins',
        fn: () => adapt({ ...plan }, quiet, today),
      },
      { name: 'adapt: two bad nights + a run rated far too hard', fn: () => adapt({ ...plan }, busy, today) },
      {
        name: 'adapt: one day with 6 weeks of runs, laps and check-ins, every run judged against its prescription',
        fn: () => adapt({ ...plan }, judged, today),
      },
    ]) as [Measurement, Measurement, Measurement, Measurement];
    const worst = Math.max(calm.meanUs, rough.meanUs, assessed.meanUs) / 1000;
    const judgedRules = [...new Set(adapt(plan, judged, today).decisions.map((d) => d.rule))].join(', ');
    return [
      MICRO_TABLE_HEADER,
      microRow(clone),
      microRow(calm, clone),
      microRow(rough, clone),
      microRow(assessed, clone),
      '',
      `Target < ${TARGET_MS} ms per adapt: ${worst < TARGET_MS ? 'met' : 'NOT met'} (slowest mean ${worst.toFixed(3)} ms). Decisions: ${adapt(plan, quiet, today).decisions.length} on the calm day, ${adapt(plan, busy, today).decisions.length} on the rough day; the judged day: ${judgedRules}.`,
    ].join('\n');
  },
};

export default suite;
