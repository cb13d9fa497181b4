import { describe, it, expect } from 'vitest';
import type { Progress } from '../../../../coach/rules/plan/progression.js';
import {
  START_PROGRESS,
  proposeRungs,
  recordRungs,
  weekLadders,
} from '../../../../coach/rules/plan/progression.js';
import type { LadderKey, Rung } from '../../../../coach/rules/plan/quality-ladders.js';
import { LADDERS, WEEKS_PER_RUNG } from '../../../../coach/rules/plan/quality-ladders.js';

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

  it('climbs nothing in a week that brings in a new type', () => {
    let p = START_PROGRESS;
    for (const week of run(['T'], 2)) p = recordRungs(p, { T: week[0]! }, { T: week[0]! });
    const withNew = proposeRungs(p, ['T', 'I'], 'climb');
    expect(withNew).toEqual({ rungs: { T: 0, I: 0 }, introduces: true });
    expect(proposeRungs(p, ['T'], 'climb').rungs).toEqual({ T: 1 });
  });

  it('never climbs in a down week or the taper, which steps one rung back; neither counts as held', () => {
    let p: Progress = { rung: { I: 2 }, held: { I: 2 } };
    expect(proposeRungs(p, ['I'], 'hold').rungs).toEqual({ I: 2 });
    expect(proposeRungs(p, ['I'], 'ease').rungs).toEqual({ I: 1 });
    p = { rung: { I: 2 }, held: { I: 1 } };
    expect(recordRungs(p, { I: 2 }, { I: 2 }, false)).toEqual(p);
  });

  it('a session run below its rung (caps) is not held, so the next climb starts from what was held', () => {
    const p: Progress = { rung: { T: 1 }, held: { T: 2 } };
    const { rungs } = proposeRungs(p, ['T'], 'climb');
    expect(rungs).toEqual({ T: 2 });
    const after = recordRungs(p, rungs, { T: 1 });
    expect(after).toEqual(p);
  });

  it('maps the marathon M session onto the long run ladder in a block week', () => {
    expect(weekLadders(['M', 'T'], 'M')).toEqual(['M-long', 'T']);
    expect(weekLadders(['T', 'M'], 'T')).toEqual(['T', 'M']);
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
