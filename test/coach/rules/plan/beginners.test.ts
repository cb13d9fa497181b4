import { describe, it, expect } from 'vitest';
import { resolveAthlete } from '../../../../coach/rules/plan/athlete.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import { RUN_WALK_STAGES } from '../../../../coach/rules/plan/easy-sessions.js';
import { achillesOrCalf, ACHILLES_CALF_NO_FAST_WEEKS } from '../../../../coach/rules/plan/injury-rules.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { continuousMinutes, raceRunMinutes, walks } from './continuous.js';
import { planNoteWords } from '../../../../coach/prompts/templates/plan-note-words.js';

const couch: PlanInput = {
  fitness: {},
  goal: { distance: 'fitness', weeks: 12 },
  startDate: '2026-12-07',
  availableDays: ['tue', 'thu', 'sun'],
  longRunDay: 'sun',
  level: 'beginner',
  weeklyMinutes: 0,
};

function plan(input: PlanInput): Plan {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}
const training = (p: Plan): Session[] => p.weeks.flatMap((w) => w.sessions).filter((s) => s.kind !== 'race');
const race = (p: Plan): Session => p.weeks.at(-1)!.sessions.find((s) => s.kind === 'race')!;

describe('Couch to 5K: the run/walk ladder', () => {
  it('climbs monotonically to 25 minutes of continuous running (NHS weeks 6–7)', () => {
    const runs = RUN_WALK_STAGES.map(([run]) => run);
    runs.forEach((run, i) => expect(run).toBeGreaterThanOrEqual(runs[i - 1] ?? 0));
    expect(runs.at(-1)).toBeGreaterThanOrEqual(25);
  });

  for (const goal of [
    { distance: 'fitness', weeks: 12 },
    { distance: '5k', raceDate: '2027-03-14' },
  ] as const)
    it(`takes a 0-minute beginner to 3 × 25+ minutes continuous by week 9 (${goal.distance})`, () => {
      const p = plan({ ...couch, goal });
      const week9 = p.weeks[8]!.sessions.filter((s) => s.kind !== 'race');
      expect(week9.filter((s) => continuousMinutes(s) >= 25).length).toBeGreaterThanOrEqual(3);
      // …from 1-minute runs in week 1, never a step back on the way.
      expect(continuousMinutes(p.weeks[0]!.sessions[0]!)).toBe(1);
      const longest = p.weeks.slice(0, 9).map((w) => Math.max(...w.sessions.map(continuousMinutes)));
      longest.forEach((m, i) => expect(m).toBeGreaterThanOrEqual(longest[i - 1] ?? 0));
    });
});

describe('race day as rehearsed', () => {
  it('a beginner still on run/walk races run/walk at their rung, after a walk instead of a 15-minute jog', () => {
    const p = plan({ ...couch, goal: { distance: '5k', raceDate: '2027-01-17' } });
    const r = race(p);
    const lastWeek = p.weeks.at(-1)!.sessions.filter((s) => s.kind !== 'race');
    expect(lastWeek.every(walks)).toBe(true);
    expect(r.steps[0]).toMatchObject({ kind: 'warmup', intensity: 'walk' });
    expect(r.steps.some((st) => st.kind === 'walk' && st.intensity === 'walk')).toBe(true);
    expect(r.steps.filter((st) => st.intensity === 'E')).toEqual([]);
    const rung = Math.max(...lastWeek.map(continuousMinutes));
    expect(raceRunMinutes(r)).toBeLessThanOrEqual(rung);
    expect(raceRunMinutes(r)).toBeLessThanOrEqual(Math.max(...training(p).map(continuousMinutes)));
    // The runs still add up to the 5 km.
    const km = r.steps
      .filter((st) => st.kind === 'run' || st.kind === 'walk')
      .reduce((sum, st) => sum + (st.km ?? 0) * (st.repeat ?? 1), 0);
    expect(km).toBeCloseTo(5, 1);
  });

  it('a runner who trains longer than the 5K takes races it continuously with its warm-up jog', () => {
    const p = plan({
      ...couch,
      fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
      level: 'intermediate',
      weeklyMinutes: 200,
      goal: { distance: '5k', raceDate: '2027-03-14' },
    });
    const r = race(p);
    expect(r.steps[0]).toMatchObject({ kind: 'warmup', intensity: 'E' });
    expect(r.steps.some((st) => st.intensity === 'walk')).toBe(false);
  });
});

describe('injury history', () => {
  it('a beginner with a recent injury is injured, and the plan says what changed', () => {
    const input: PlanInput = { ...couch, injuries: [{ area: 'knee', recent: true, recurring: false }] };
    const a = resolveAthlete(input);
    if (!a.ok) throw new Error(a.code);
    expect(a.value.injured).toBe(true);
    expect(a.value.injuries).toEqual(input.injuries);
    const healed = resolveAthlete({
      ...couch,
      injuries: [{ area: 'knee', recent: false, recurring: false }],
    });
    expect(healed.ok && healed.value.injured).toBe(false);
    const note = plan(input).notes?.find((n) => n.code === 'INJURY_ADJUSTED');
    expect(planNoteWords(note!).text).toMatch(/recent knee problem/);
    expect(planNoteWords(note!).text).toMatch(
      /3\/10 or less during the run, has settled by the next morning/,
    );
    expect(note?.facts).toMatchObject({ achillesOrCalf: 0, noFastWeeks: 0, painMaxScore: 3 });
    // An injured beginner's peak is trimmed like anyone else's injured peak: a lower plan than the healthy one.
    const healthy = plan({ ...couch, weeklyMinutes: 120, goal: { distance: 'fitness', weeks: 30 } });
    const hurt = plan({ ...input, weeklyMinutes: 120, goal: { distance: 'fitness', weeks: 30 } });
    const peak = (p: Plan): number => Math.max(...p.weeks.map((w) => w.minutes));
    expect(peak(hurt)).toBeLessThan(peak(healthy));
  });

  it('matches Achilles and calf problems in the runner’s words, recent or recurring only', () => {
    for (const area of ['Achilles', 'left calf', 'both CALVES', 'soleus strain'])
      expect(achillesOrCalf([{ area, recent: false, recurring: true }])).toBeDefined();
    expect(achillesOrCalf([{ area: 'achilles', recent: false, recurring: false }])).toBeUndefined();
    expect(achillesOrCalf([{ area: 'knee', recent: true, recurring: true }])).toBeUndefined();
  });

  it('keeps strides, hills and R out of the first weeks after an Achilles problem, and says why', () => {
    const runner: PlanInput = {
      fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
      goal: { distance: '10k', raceDate: '2027-04-18' },
      startDate: '2026-12-07',
      availableDays: ['mon', 'tue', 'thu', 'sat', 'sun'],
      longRunDay: 'sun',
      level: 'intermediate',
      weeklyMinutes: 200,
    };
    const fast = (s: Session): boolean =>
      s.kind === 'hills' ||
      s.kind === 'repetitions' ||
      s.steps.some((st) => st.kind === 'strides' || st.intensity === 'R');
    const cutoff = '2027-01-18'; // 6 weeks from 7 December
    const early = (p: Plan): Session[] => training(p).filter((s) => s.date < cutoff);
    // Without the injury the same runner gets strides in those weeks: the rule is what removes them.
    expect(early(plan(runner)).some(fast)).toBe(true);
    const hurt = plan({ ...runner, injuries: [{ area: 'Achilles', recent: true, recurring: false }] });
    expect(early(hurt).some(fast)).toBe(false);
    expect(
      training(hurt)
        .filter((s) => s.date >= cutoff)
        .some(fast),
    ).toBe(true);
    const note = hurt.notes?.find((n) => n.code === 'INJURY_ADJUSTED');
    expect(planNoteWords(note!).text).toMatch(
      /no intervals or strides in the first 6 weeks \(threshold running stays\)/,
    );
    expect(planNoteWords(note!).text).toMatch(/Achilles and calf/);
    expect(planNoteWords(note!).text).toMatch(
      /3\/10 or less during the run, has settled by the next morning, and is no worse/,
    );
    expect(note?.facts).toEqual({
      achillesOrCalf: 1,
      noFastWeeks: ACHILLES_CALF_NO_FAST_WEEKS,
      painMaxScore: 3,
      rampPercent: 6,
      downWeekEvery: 3,
    });
  });

  it('Achilles or calf: no I reps in the first 6 weeks either (5K-pace reps load the calf more than strides); T stays', () => {
    // The reviewer's runner (REVIEW #11): a 10K-to-half build with a recurring calf problem.
    const runner: PlanInput = {
      fitness: { race: { distanceMeters: 10000, timeSeconds: 48 * 60 } },
      goal: { distance: 'half', raceDate: '2027-03-21' },
      startDate: '2026-12-14',
      availableDays: ['tue', 'thu', 'sat', 'sun'],
      longRunDay: 'sun',
      weeklyKm: 35,
      longestRunKm: 12,
      level: 'intermediate',
      injuries: [{ area: 'calf', recent: false, recurring: true }],
    };
    const cutoff = '2027-01-25'; // 6 weeks from 14 December
    const hurt = training(plan(runner));
    const hasI = (s: Session): boolean => s.steps.some((st) => st.intensity === 'I');
    const early = hurt.filter((s) => s.date < cutoff);
    expect(early.some(hasI)).toBe(false);
    expect(early.some((s) => s.kind === 'tempo')).toBe(true);
    expect(hurt.filter((s) => s.date >= cutoff).some(hasI)).toBe(true);
  });
});
