/**
 * Properties of the run/walk ladder and of injury rules over generated runners (issue 9 §6): the ladder
 * never steps back, race day never asks for a longer continuous run than any rehearsed, and an Achilles
 * or calf problem keeps fast running out of the first weeks and is explained in a note.
 */
import { vi, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import { ACHILLES_CALF_NO_FAST_WEEKS } from '../../../../coach/rules/plan/injury-rules.js';
import type { Plan, Session, Week } from '../../../../coach/rules/plan/types.js';
import { planRequest } from './arbitraries.js';
import { continuousMinutes, raceRunMinutes, walks } from './continuous.js';
import { PROPERTY_TEST_TIMEOUT_MS } from '../../../helpers/property.js';
import { planNoteWords } from '../../../../coach/prompts/templates/plan-note-words.js';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const training = (w: Week): Session[] => w.sessions.filter((s) => s.kind !== 'race');
const longest = (w: Week): number => Math.max(0, ...training(w).map(continuousMinutes));

/** Beginners and low-volume runners, so most plans start on the ladder. */
const ladderRunners = fc
  .record({
    c: planRequest(2, 30, ['5k', '10k', 'fitness']),
    level: fc.constantFrom('beginner', 'intermediate', 'advanced' as const),
    weeklyMinutes: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ c, level, weeklyMinutes }) => ({
    ...c.input,
    level,
    weeklyMinutes,
    weeklyKm: undefined,
  }));

function built(input: Parameters<typeof buildPlan>[0]): Plan | undefined {
  const r = buildPlan(input);
  return r.ok ? r.value : undefined;
}

/** Every violation of the run/walk rules in a plan. */
function ladderViolations(plan: Plan, startDate: string, level: string): string[] {
  const v: string[] = [];
  const build = plan.weeks.filter(
    (w) => w.phase !== 'taper' && w.start >= startDate && training(w).length > 0,
  );
  // The rung (longest continuous run) of consecutive run/walk weeks never falls, nor does the first
  // continuous week after them (unless it is a down week).
  for (let i = 1; i < build.length; i++) {
    const before = build[i - 1]!;
    const w = build[i]!;
    if (!training(before).some(walks)) continue;
    if (w.downWeek && !training(w).some(walks)) continue;
    if (longest(w) < longest(before))
      v.push(`week ${w.index}: longest continuous ${longest(w)} < ${longest(before)} the week before`);
  }
  // In a run/walk week no session runs longer than the week's rung (the longest run of its biggest session).
  for (const w of plan.weeks) {
    const rw = training(w).filter(walks);
    const rung = Math.max(0, ...rw.map(continuousMinutes));
    for (const s of rw)
      for (const st of s.steps)
        if (st.kind === 'run' && (st.minutes ?? 0) > rung) v.push(`${s.date}: a run longer than the rung`);
  }
  // Race day: a 5K or 10K, any beginner's race, or a runner still on run/walk never runs longer without a
  // walk than any rehearsed (review #1).
  const race = plan.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'race');
  if (race !== undefined) {
    // (A plan whose only session is the race has nothing rehearsed to compare with.)
    const rehearsed = Math.max(0, ...plan.weeks.flatMap(training).map(continuousMinutes));
    const lastWeek = training(plan.weeks.at(-1)!);
    const onLadder = lastWeek.length > 0 && lastWeek.every(walks);
    const held = ['5k', '10k'].includes(plan.goal.distance) || level === 'beginner' || onLadder;
    if (rehearsed > 0 && held && raceRunMinutes(race) > rehearsed + 0.01)
      v.push(`race runs ${raceRunMinutes(race)} min without a walk; rehearsed ${rehearsed}`);
    if (onLadder && race.steps.some((st) => st.kind === 'warmup' && st.intensity !== 'walk'))
      v.push('a run/walk runner warms up with a jog');
  }
  return v;
}

describe('the run/walk ladder over generated runners', () => {
  it('never steps back, and race day never outruns the longest rehearsed run (1 500 runners)', () => {
    fc.assert(
      fc.property(ladderRunners, (input) => {
        const plan = built(input);
        if (plan === undefined) return;
        expect(ladderViolations(plan, input.startDate, input.level)).toEqual([]);
      }),
      { seed: 9061, numRuns: 1500 },
    );
  });

  it('holds for every generated plan too (1 000 runners)', () => {
    fc.assert(
      fc.property(planRequest(2, 30), (c) => {
        const plan = built(c.input);
        if (plan === undefined) return;
        expect(ladderViolations(plan, c.input.startDate, c.input.level)).toEqual([]);
      }),
      { seed: 9062, numRuns: 1000 },
    );
  });
});

describe('injury rules over generated runners', () => {
  const area = fc.constantFrom('achilles', 'Left Achilles', 'calf', 'CALVES', 'soleus', 'knee', 'hip');
  const injured = fc
    .record({
      c: planRequest(6, 30),
      injuries: fc.array(fc.record({ area, recent: fc.boolean(), recurring: fc.boolean() }), {
        minLength: 1,
        maxLength: 2,
      }),
    })
    .map(({ c, injuries }) => ({ ...c.input, injuries }));

  it('Achilles or calf: no strides, hills, I or R in the first weeks; any injury: a note with the pain rule (1 000 runners)', () => {
    fc.assert(
      fc.property(injured, (input) => {
        const plan = built(input);
        if (plan === undefined) return;
        const active = input.injuries.filter((i) => i.recent || i.recurring);
        const calf = active.some((i) => /achilles|calf|calves|soleus/i.test(i.area));
        const note = plan.notes?.find((n) => n.code === 'INJURY_ADJUSTED');
        if (active.length === 0) {
          expect(note).toBeUndefined();
          return;
        }
        expect(planNoteWords(note!).text).toMatch(
          /3\/10 or less during the run, has settled by the next morning/,
        );
        expect(note?.facts['achillesOrCalf']).toBe(calf ? 1 : 0);
        if (!calf) return;
        const end = addDays(input.startDate, 7 * ACHILLES_CALF_NO_FAST_WEEKS);
        const early = plan.weeks.flatMap(training).filter((s) => s.date < end);
        for (const s of early) {
          expect(s.kind).not.toBe('hills');
          expect(s.kind).not.toBe('repetitions');
          expect(s.kind).not.toBe('intervals');
          expect(
            s.steps.filter((st) => st.kind === 'strides' || st.intensity === 'R' || st.intensity === 'I'),
          ).toEqual([]);
        }
      }),
      { seed: 9063, numRuns: 1000 },
    );
  });
});
