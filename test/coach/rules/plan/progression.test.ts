import { describe, it, expect } from 'vitest';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import type { Progress } from '../../../../coach/rules/plan/progression.js';
import {
  START_PROGRESS,
  entryRung,
  proposeRungs,
  recordRungs,
  weekLadders,
} from '../../../../coach/rules/plan/progression.js';
import type { LadderKey, Rung } from '../../../../coach/rules/plan/quality-ladders.js';
import { LADDERS, WEEKS_PER_RUNG } from '../../../../coach/rules/plan/quality-ladders.js';
import type { Intensity, Plan, Session, Step } from '../../../../coach/rules/plan/types.js';
import { r06, r09 } from './review-runners.js';

/** Runs `weeks` climbing weeks of `keys`, each session run at the rung it asked for. */
function run(keys: LadderKey[], weeks: number, start: Progress = START_PROGRESS): number[][] {
  let p = start;
  const out: number[][] = [];
  for (let i = 0; i < weeks; i++) {
    const { rungs } = proposeRungs(p, keys, 'climb');
    out.push(keys.map((k) => rungs[k]!));
    p = recordRungs(p, rungs, rungs);
  }
  return out;
}

describe('quality ladders', () => {
  it.each(Object.entries(LADDERS))('%s: neighbouring rungs change one stressor', (_, ladder) => {
    for (let i = 1; i < ladder.length; i++) {
      const [a, b] = [ladder[i - 1] as Rung, ladder[i] as Rung];
      const sizeChanged = a.size !== b.size;
      const volumeChanged = a.reps * a.size !== b.reps * b.size;
      // A single run (M, the long run's M segment) has one stressor: its length is its volume.
      const singleRun = a.reps === 1 && b.reps === 1;
      expect(!singleRun && sizeChanged && volumeChanged, `rung ${i}`).toBe(false);
      expect(b.reps * b.size).toBeGreaterThanOrEqual(a.reps * a.size);
    }
  });
});

describe('progression', () => {
  it('enters at rung 0, holds each rung for WEEKS_PER_RUNG appearances, then climbs one rung', () => {
    const t = run(['T'], 8).map((r) => r[0]);
    expect(WEEKS_PER_RUNG).toBe(2);
    expect(t).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('stops at the top rung', () => {
    expect(run(['hills'], 10).map((r) => r[0])).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 2, 2]);
  });

  it('a week that brings in a new type still climbs the others (the week holds its volume instead)', () => {
    let p = START_PROGRESS;
    for (const week of run(['T'], 2)) p = recordRungs(p, { T: week[0]! }, { T: week[0]! });
    const withNew = proposeRungs(p, ['T', 'I'], 'climb');
    expect(withNew).toEqual({ rungs: { T: 1, I: 0 }, introduces: true });
    expect(proposeRungs(p, ['T'], 'climb').rungs).toEqual({ T: 1 });
  });

  it('never climbs in a down week or the taper, which steps one rung back; neither counts as held', () => {
    let p: Progress = { rung: { I: 2 }, held: { I: 2 } };
    expect(proposeRungs(p, ['I'], 'hold').rungs).toEqual({ I: 2 });
    expect(proposeRungs(p, ['I'], 'ease').rungs).toEqual({ I: 1 });
    p = { rung: { I: 2 }, held: { I: 1 } };
    expect(recordRungs(p, { I: 2 }, { I: 2 }, false)).toEqual(p);
  });

  it('a session the caps force below its rung counts as what was run: the next climb is one rung above it', () => {
    const p: Progress = { rung: { T: 1 }, held: { T: 2 } };
    const { rungs } = proposeRungs(p, ['T'], 'climb');
    expect(rungs).toEqual({ T: 2 });
    const after = recordRungs(p, rungs, { T: 1 });
    expect(after).toEqual({ rung: { T: 1 }, held: { T: WEEKS_PER_RUNG } });
    expect(proposeRungs(after, ['T'], 'climb').rungs).toEqual({ T: 2 });
    // Forced below the ladder: back to rung 0, not yet held there.
    expect(recordRungs(p, rungs, { T: -1 })).toEqual({ rung: { T: 0 }, held: { T: 0 } });
  });

  it('maps the long run block onto its own ladder (M-long, T-long) in a block week', () => {
    expect(weekLadders(['M', 'T'], 'M')).toEqual(['M-long', 'T']);
    expect(weekLadders(['T', 'M'], 'T')).toEqual(['T-long', 'M']);
    expect(weekLadders(['T', 'T'], 'T')).toEqual(['T-long', 'T']);
    expect(weekLadders(['M'], undefined)).toEqual(['M']);
  });
});

describe('a type the week could not place', () => {
  it('counts as introduced once: later weeks neither hold their volume for it nor stop others climbing', () => {
    const tried = recordRungs(START_PROGRESS, { T: 0 }, {});
    expect(proposeRungs(tried, ['T'], 'climb').introduces).toBe(false);
    // I held its rung twice while T could not be placed: it climbs, T's introduction does not block it.
    let p = recordRungs(START_PROGRESS, { I: 0 }, { I: 0 });
    p = recordRungs(p, { I: 0, T: 0 }, { I: 0 });
    expect(proposeRungs(p, ['I', 'T'], 'climb')).toEqual({ rungs: { I: 1, T: 0 }, introduces: false });
  });
});

describe('entry by volume (Daniels sizes T and I by weekly mileage)', () => {
  it('a 100 km-a-week runner enters T and I higher up the ladder than a 40 km one', () => {
    const slow = trainingPaces(36);
    const fast = trainingPaces(53);
    expect(entryRung('T', 40, slow)).toBe(0);
    expect(entryRung('I', 40, slow)).toBe(0);
    expect(entryRung('T', 100, fast)).toBeGreaterThanOrEqual(2);
    expect(entryRung('I', 100, fast)).toBeGreaterThanOrEqual(2);
    expect(entryRung('hills', 100, fast)).toBe(0);
    expect(proposeRungs(START_PROGRESS, ['T'], 'climb', () => 2).rungs).toEqual({ T: 2 });
  });

  it('the marathon long run M segment climbs every appearance', () => {
    expect(run(['M-long'], 4).map((r) => r[0])).toEqual([0, 1, 2, 3]);
  });
});

// Through the builder: the reviewer's runners (REVIEW #6, #7).
function built(input: PlanInput): Plan {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const work = (s: Session): Step[] => s.steps.filter((st) => st.intensity !== 'E' && st.intensity !== 'walk');
const minutesAt = (s: Session, i: Intensity): number =>
  s.steps
    .filter((st) => st.intensity === i)
    .reduce((sum, st) => sum + (st.minutes ?? 0) * (st.repeat ?? 1), 0);
const kmAt = (s: Session, i: Intensity): number =>
  s.steps.filter((st) => st.intensity === i).reduce((sum, st) => sum + (st.km ?? 0) * (st.repeat ?? 1), 0);
/** Each non-down, non-taper week's session of a kind, in order. */
const sessionsOf = (p: Plan, kind: Session['kind']): Session[] =>
  p.weeks
    .filter((w) => !w.downWeek && w.phase !== 'taper')
    .flatMap((w) => w.sessions.filter((s) => s.kind === kind && work(s).length > 0));

describe('quality sessions climb across the build', () => {
  it.each(['tempo', 'intervals'] as const)(
    'r06 %s: no session repeats identically more than WEEKS_PER_RUNG times running, and none steps back',
    (kind) => {
      const seen = sessionsOf(built(r06), kind).map((s) => JSON.stringify(work(s)));
      expect(seen.length).toBeGreaterThanOrEqual(2);
      let run = 1;
      for (let i = 1; i < seen.length; i++) {
        run = seen[i] === seen[i - 1] ? run + 1 : 1;
        expect(run, `${kind} appearance ${i}`).toBeLessThanOrEqual(WEEKS_PER_RUNG);
      }
      const t = sessionsOf(built(r06), kind).map((s) => minutesAt(s, kind === 'tempo' ? 'T' : 'I'));
      for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThanOrEqual(t[i - 1]!);
    },
  );

  it('r06: T climbs past 3 × 5 min in the race-specific weeks', () => {
    const tempo = sessionsOf(built(r06), 'tempo');
    expect(Math.max(...tempo.map((s) => minutesAt(s, 'T')))).toBeGreaterThanOrEqual(20);
  });

  it('the 113 km-a-week runner gets larger T and I sessions than the 40 km-a-week runner', () => {
    const [small, big] = [built(r06), built(r09)];
    for (const [kind, i] of [
      ['tempo', 'T'],
      ['intervals', 'I'],
    ] as const) {
      const first = (p: Plan): number => minutesAt(sessionsOf(p, kind)[0]!, i);
      const most = (p: Plan): number => Math.max(...sessionsOf(p, kind).map((s) => minutesAt(s, i)));
      expect(first(big), `first ${kind}`).toBeGreaterThan(first(small));
      expect(most(big), `largest ${kind}`).toBeGreaterThan(most(small));
    }
  });

  it('r09: the M segment of a late long run reaches 16 km or more (REVIEW #7)', () => {
    const p = built(r09);
    const late = p.weeks.filter((w) => w.phase === 'race-specific' && !w.downWeek);
    const m = late.map((w) =>
      kmAt(
        w.sessions.find((s) => s.kind === 'long')!,
        'M',
      ),
    );
    expect(Math.max(...m)).toBeGreaterThanOrEqual(16);
    for (let i = 1; i < m.length; i++) expect(m[i]!).toBeGreaterThanOrEqual(m[i - 1]!);
    for (const km of m) expect(km).toBeLessThanOrEqual(29);
  });
});
