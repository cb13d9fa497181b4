/**
 * Issue 9 §5 through the plan builder: Daniels' caps in distance, sessions that progress one stressor at
 * a time, race-specific long runs, 2Q for 4-day runners. The checks read only the built plan.
 */
import { describe, it, expect } from 'vitest';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import type { Intensity, Plan, Session, Step, Week } from '../../../../coach/rules/plan/types.js';
import { I_LADDER, T_LADDER, WEEKS_PER_RUNG } from '../../../../coach/rules/plan/quality-ladders.js';
import { capKm } from '../../../../coach/rules/plan/session-caps.js';

const stepKm = (st: Step): number => (st.km ?? 0) * (st.repeat ?? 1);
const stepMin = (st: Step): number => (st.minutes ?? 0) * (st.repeat ?? 1);
const training = (w: Week): Session[] => w.sessions.filter((s) => s.kind !== 'race');
const weekKm = (w: Week): number =>
  training(w).reduce((sum, s) => sum + s.steps.reduce((a, st) => a + stepKm(st), 0), 0);
const kmAt = (s: Session, i: Intensity): number =>
  s.steps.filter((st) => st.intensity === i).reduce((sum, st) => sum + stepKm(st), 0);
const minAt = (s: Session, i: Intensity): number =>
  s.steps.filter((st) => st.intensity === i).reduce((sum, st) => sum + stepMin(st), 0);
const hardWork = (s: Session): Step[] =>
  s.steps.filter((st) => st.intensity !== 'E' && st.intensity !== 'walk');

function plan(input: PlanInput): Plan {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** A fast 5K runner (17:00) on a small week: fast work covers far more km per minute than easy running. */
const fast: PlanInput = {
  fitness: { race: { distanceMeters: 5000, timeSeconds: 1020 } },
  goal: { distance: '5k', raceDate: '2027-03-14' },
  startDate: '2026-12-07',
  availableDays: ['mon', 'tue', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  weeklyMinutes: 200,
  level: 'advanced',
};

/** An 18-week marathon for a 45:00 10K runner at 60 km a week, six days. */
const marathon: PlanInput = {
  fitness: { race: { distanceMeters: 10000, timeSeconds: 2700 } },
  goal: { distance: 'marathon', raceDate: '2027-04-18' },
  startDate: '2026-12-14',
  availableDays: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  weeklyKm: 60,
  level: 'intermediate',
};

describe("Daniels' caps in distance (DRF ch. 4–5)", () => {
  const p = plan(fast);
  const quality = p.weeks.flatMap((w) => training(w).map((s) => ({ s, km: weekKm(w) })));

  it('I ≤ the lesser of 10 km and 8 % of the week', () => {
    const i = quality.filter(({ s }) => kmAt(s, 'I') > 0);
    expect(i.length).toBeGreaterThan(2);
    for (const { s, km } of i) expect(kmAt(s, 'I')).toBeLessThanOrEqual(Math.min(10, 0.08 * km) + 1e-6);
  });

  it('T ≤ 10 % of the week', () => {
    const t = quality.filter(({ s }) => kmAt(s, 'T') > 0);
    expect(t.length).toBeGreaterThan(0);
    for (const { s, km } of t) expect(kmAt(s, 'T')).toBeLessThanOrEqual(0.1 * km + 1e-6);
  });

  it('R reps ≤ the lesser of 8 km and 5 % of the week', () => {
    const r = quality.filter(({ s }) => s.kind === 'repetitions');
    expect(r.length).toBeGreaterThan(0);
    for (const { s, km } of r) expect(kmAt(s, 'R')).toBeLessThanOrEqual(Math.min(8, 0.05 * km) + 1e-6);
  });
});

/** The work of each quality session of a kind, in order, outside down weeks and the taper. */
function appearances(p: Plan, kind: Session['kind'], withWork = true): Step[][] {
  return p.weeks
    .filter((w) => !w.downWeek && w.phase !== 'taper')
    .flatMap((w) => training(w).filter((s) => s.kind === kind && (!withWork || hardWork(s).length > 0)))
    .map(hardWork);
}
interface Seen {
  readonly week: number;
  readonly work: Step[];
  readonly km: number;
}
/** Like `appearances`, with each session's week and the week's km. */
function appearancesWithWeek(p: Plan, kind: Session['kind']): Seen[] {
  return p.weeks
    .filter((w) => !w.downWeek && w.phase !== 'taper')
    .flatMap((w) =>
      training(w)
        .filter((s) => s.kind === kind && hardWork(s).length > 0)
        .map((s) => ({ week: w.index, work: hardWork(s), km: weekKm(w) })),
    );
}
/** Consecutive appearances with the same work. */
function identicalRuns(seen: readonly Seen[]): Seen[][] {
  const runs: Seen[][] = [];
  for (const x of seen) {
    const last = runs.at(-1);
    if (last !== undefined && JSON.stringify(last[0]!.work) === JSON.stringify(x.work)) last.push(x);
    else runs.push([x]);
  }
  return runs;
}
/** Whether the ladder rung after this T or I work would break the distance cap of a `km` week. */
function nextRungBreaksCap(work: Step[], km: number): boolean {
  const rep = work[0]!;
  const ladder = rep.intensity === 'T' ? T_LADDER : I_LADDER;
  const at = ladder.findIndex((r) => r.reps === (rep.repeat ?? 1) && r.size === rep.minutes);
  const next = ladder[at + 1];
  if (at < 0 || next === undefined) return true;
  const perMinute = (rep.km ?? 0) / (rep.minutes ?? 1);
  return next.reps * next.size * perMinute > capKm(rep.intensity as 'T' | 'I', km);
}
const volume = (work: Step[]): number => work.reduce((sum, st) => sum + stepMin(st), 0);
const repLength = (work: Step[]): number | undefined => work[0]?.minutes;
const pace = (work: Step[]): string => JSON.stringify(work.map((st) => st.pace));

describe('quality sessions progress one stressor at a time', () => {
  const p = plan(marathon);

  it.each(['tempo', 'intervals'] as const)(
    '%s: never the same session more than WEEKS_PER_RUNG appearances running, unless the cap holds it',
    (kind) => {
      const seen = appearancesWithWeek(p, kind);
      expect(seen.length).toBeGreaterThanOrEqual(4);
      for (const run of identicalRuns(seen))
        if (run.length > WEEKS_PER_RUNG)
          // Held by Daniels' distance cap: the next rung's volume would not fit this week.
          for (const { work, km } of run.slice(WEEKS_PER_RUNG))
            expect(nextRungBreaksCap(work, km)).toBe(true);
    },
  );

  it.each(['tempo', 'intervals'] as const)(
    '%s: rep length or volume changes, never both; pace holds',
    (kind) => {
      const seen = appearances(p, kind);
      let changes = 0;
      for (let i = 1; i < seen.length; i++) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        const lengthChanged = repLength(a) !== repLength(b);
        const volumeChanged = Math.abs(volume(a) - volume(b)) > 1e-6;
        expect(lengthChanged && volumeChanged, `${kind} ${i}: ${JSON.stringify([a, b])}`).toBe(false);
        expect(pace(a.slice(0, 1))).toBe(pace(b.slice(0, 1)));
        if (lengthChanged || volumeChanged) changes++;
      }
      expect(changes).toBeGreaterThanOrEqual(1);
    },
  );

  it('a week that brings in a new quality type adds no volume', () => {
    const seen = new Set<string>();
    let highest = 0;
    let checked = 0;
    for (const w of p.weeks) {
      const minutes = training(w).reduce((sum, s) => sum + s.minutes, 0);
      const kinds = training(w)
        .filter((s) => hardWork(s).length > 0 && s.kind !== 'easy')
        .map((s) => s.kind);
      const fresh = kinds.some((k) => !seen.has(k));
      if (fresh && highest > 0 && w.phase !== 'taper') {
        expect(minutes, `week ${w.index}`).toBeLessThanOrEqual(highest + 0.05);
        checked++;
      }
      kinds.forEach((k) => seen.add(k));
      if (w.phase !== 'taper') highest = Math.max(highest, minutes);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});

describe('race-specific long runs', () => {
  it('a marathon build puts growing M-pace segments inside its late long runs, as hard days', () => {
    const p = plan(marathon);
    const late = p.weeks.filter((w) => w.phase === 'race-specific' && !w.downWeek);
    expect(late.length).toBeGreaterThanOrEqual(3);
    const segments = late.map((w) => {
      const long = training(w).find((s) => s.kind === 'long')!;
      expect(long.hard, `week ${w.index}`).toBe(true);
      expect(minAt(long, 'M')).toBeLessThanOrEqual(110);
      expect(kmAt(long, 'M')).toBeLessThanOrEqual(29);
      // The segment sits after an easy start and before an easy finish.
      expect(long.steps[0]!.intensity).toBe('E');
      expect(long.steps.at(-1)!.intensity).toBe('E');
      return kmAt(long, 'M');
    });
    expect(Math.min(...segments)).toBeGreaterThanOrEqual(7.5);
    expect(segments.at(-1)!).toBeGreaterThan(segments[0]!);
    // Earlier long runs stay easy.
    for (const w of p.weeks.filter((x) => x.phase === 'base' || x.phase === 'build'))
      for (const s of training(w)) if (s.kind === 'long') expect(s.hard).toBe(false);
  });

  it('a half build puts T blocks inside its late long runs', () => {
    const p = plan({ ...marathon, goal: { distance: 'half', raceDate: '2027-04-18' } });
    const late = p.weeks.filter((w) => w.phase === 'race-specific' && !w.downWeek);
    expect(late.length).toBeGreaterThanOrEqual(2);
    for (const w of late) {
      const long = training(w).find((s) => s.kind === 'long')!;
      expect(kmAt(long, 'T'), `week ${w.index}`).toBeGreaterThan(0);
      expect(kmAt(long, 'T')).toBeLessThanOrEqual(0.1 * weekKm(w) + 1e-6);
    }
  });
});

describe('half plans: T blocks and cruise intervals, never M-pace midweek (SCIENCE.md "half: HMP and T blocks")', () => {
  it.each([
    ['4 days, 30 km (REVIEW #8)', ['tue', 'thu', 'sat', 'sun'], 30],
    ['6 days, 60 km', ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'], 60],
  ] as const)('%s', (_, days, km) => {
    const p = plan({
      fitness: { race: { distanceMeters: 10000, timeSeconds: 52 * 60 } },
      goal: { distance: 'half', raceDate: '2027-03-07' },
      startDate: '2026-12-14',
      availableDays: days,
      longRunDay: 'sun',
      weeklyKm: km,
      longestRunKm: 14,
      level: 'intermediate',
    });
    const all = p.weeks.flatMap(training);
    expect(all.filter((s) => kmAt(s, 'M') > 0)).toEqual([]);
    const late = p.weeks.filter((w) => w.phase === 'race-specific' && !w.downWeek);
    expect(late.length).toBeGreaterThanOrEqual(2);
    for (const w of late)
      expect(training(w).filter((s) => s.kind === 'tempo').length, `week ${w.index}`).toBeGreaterThanOrEqual(
        1,
      );
  });
});

describe("Daniels' 2Q for 4-day runners", () => {
  it('a 4-day marathoner gets two quality days in race-specific weeks: the M long run and a midweek Q', () => {
    const p = plan({ ...marathon, availableDays: ['tue', 'thu', 'sat', 'sun'], weeklyKm: 50 });
    const late = p.weeks.filter((w) => w.phase === 'race-specific' && !w.downWeek);
    expect(late.length).toBeGreaterThanOrEqual(3);
    for (const w of late) {
      const hard = training(w).filter((s) => s.hard);
      expect(hard.map((s) => s.kind).sort(), `week ${w.index}`).toEqual(['long', 'tempo']);
    }
  });
});
