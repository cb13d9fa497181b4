/**
 * Session purposes worded in coach/prompts (issue 11 §7): the neutral words are the engine's words from
 * before (a snapshot of 45 built plans taken on the code that still wrote English), every code the builder
 * and the adaptation rules emit is worded in every persona with a one-sentence phone form, and a purpose
 * stored as English before shows as it was.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { purposeText, purposeWords } from '../../../../coach/prompts/templates/purpose-words.js';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity, CheckIn } from '../../../../coach/rules/adapt/history.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import { readPurpose } from '../../../../coach/rules/plan/purposes.js';
import type { Plan, Purpose, Session } from '../../../../coach/rules/plan/types.js';
import { PURPOSE_CODES } from '../../../../coach/rules/plan/types.js';
import { calmCheckins, followedPlan } from '../../rules/adapt/history-fixture.js';
import { fixturePlan } from '../../rules/adapt/plan-fixture.js';
import { planRequest } from '../../rules/plan/arbitraries.js';
import { PURPOSE_SAMPLES } from '../purpose-samples.js';

interface Snapshot {
  /** Every distinct purpose line the engine wrote. */
  readonly table: readonly string[];
  /** Each plan's input and its sessions' purposes in order, as indexes into `table`. */
  readonly plans: readonly { readonly input: PlanInput; readonly purposes: readonly number[] }[];
}

const SNAPSHOT = JSON.parse(
  readFileSync(new URL('./purpose-snapshot.json', import.meta.url), 'utf8'),
) as Snapshot;

const sessionsOf = (plan: Plan): Session[] => plan.weeks.flatMap((w) => w.sessions);
const built = (input: PlanInput): Plan => {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(`snapshot plan no longer builds: ${r.code}`);
  return r.value;
};

/** Sentences in a text: one per terminal `.`, `!` or `?` followed by a space or the end. */
const sentences = (text: string): number => text.split(/(?<=[.!?])(?:\s+|$)/).filter((s) => s !== '').length;

function expectWorded(purpose: Purpose): void {
  const words = purposeWords(purpose);
  expect(words.text, purpose.code).not.toBe('');
  expect(words.text, purpose.code).not.toMatch(/undefined|NaN|\[object|null/);
  expect(words.spoken, purpose.code).not.toBe('');
  expect(sentences(words.spoken), words.spoken).toBe(1);
}

describe('purpose words: the neutral wording is the engine’s wording from before', () => {
  it('holds 45 plans and their purposes', () => {
    expect(SNAPSHOT.plans).toHaveLength(45);
    expect(SNAPSHOT.table.length).toBeGreaterThan(40);
  });

  it.each(SNAPSHOT.plans.map((p, i) => [i, p] as const))(
    'plan %i: every session’s purpose reads as the engine wrote it',
    (_i, { input, purposes }) => {
      const worded = sessionsOf(built(input)).map((s) => purposeText(s.purpose));
      expect(worded).toEqual(purposes.map((k) => SNAPSHOT.table[k]));
    },
  );

  it.each([
    [
      { code: 'BACK_AFTER_BREAK', facts: { daysOff: 12, keepPercent: 70, easyOnly: 1 } },
      'Back after 12 days off: 70 % of the planned time, easy only.',
    ],
    [
      { code: 'BACK_AFTER_BREAK', facts: { daysOff: 9, keepPercent: 85, easyOnly: 0 } },
      'Back after 9 days off: 85 % of the planned time.',
    ],
    [
      { code: 'ILLNESS_RETURN', facts: { keepPercent: 50, easyOnly: 1 } },
      'Graded return after illness: 50 % of the planned time, easy only.',
    ],
    [
      { code: 'ILLNESS_RETURN', facts: { keepPercent: 75, easyOnly: 0 } },
      'Graded return after illness: 75 % of the planned time.',
    ],
    [
      { code: 'POST_RACE_EASY', facts: { raceDate: '2027-03-14', until: '2027-03-24' } },
      'Easy: recovery after your race on 2027-03-14, quality resumes after 2027-03-24.',
    ],
    [{ code: 'TWO_SHORT_NIGHTS' }, 'Easy today: two short nights, so recovery first.'],
    [{ code: 'UNDER_RECOVERED_REST' }, 'Rest: your body is asking for recovery.'],
    [{ code: 'EASY_WHILE_PAIN' }, 'Easy only today: no hard running while something hurts.'],
    [
      { code: 'ACWR_LIGHTER_OVERSHOOT' },
      'A little lighter: your load has climbed fast because recent runs went well past the plan.',
    ],
    [{ code: 'WEEK_GROWTH_TRIMMED' }, 'Trimmed: this week would grow faster than is wise.'],
    [{ code: 'NONE' }, ''],
  ] as [Purpose, string][])('an adaptation purpose %j reads as the rule wrote it', (purpose, text) => {
    expect(purposeText(purpose)).toBe(text);
  });
});

describe('purpose words: every code in every persona and on the phone', () => {
  it.each(PURPOSE_CODES.filter((c) => c !== 'NONE'))('%s is worded, its phone form one sentence', (code) => {
    expectWorded(PURPOSE_SAMPLES[code]);
  });

  it.each(PERSONAS)('%s: today’s session shows its purpose, and the phone form stays short', (persona) => {
    for (const purpose of Object.values(PURPOSE_SAMPLES)) {
      if (purpose.code === 'NONE') continue;
      const session: Session = {
        date: '2027-01-12',
        kind: 'easy',
        hard: false,
        minutes: 40,
        km: 7,
        purpose,
        steps: [{ kind: 'run', intensity: 'E', minutes: 40, km: 7 }],
      };
      const message = { kind: 'today' as const, date: '2027-01-12', session };
      const chat = renderTemplate({ message, persona, channel: 'chat', units: 'km' });
      expect(chat.text, purpose.code).toContain(`Why: ${purposeText(purpose)}`);
      const why = renderTemplate({
        message: { kind: 'why', date: '2027-01-12', purpose, sessionKind: 'easy' },
        persona,
        channel: 'voice',
        units: 'km',
      });
      expect(why.text, purpose.code).toContain(purposeWords(purpose).spoken.replace(/\.$/, ''));
      expect(sentences(why.text), why.text).toBeLessThanOrEqual(2);
    }
  });

  it('every purpose the builder gives, over a spread of runners, is worded', () => {
    fc.assert(
      fc.property(planRequest(6, 30), (c) => {
        const r = buildPlan(c.input);
        if (!r.ok) return;
        for (const s of sessionsOf(r.value)) expectWorded(s.purpose);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('every purpose the adaptation rules give, over a spread of histories, is worded', () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
    const emitted = new Set<string>();
    const day = fc.record({
      sleepHours: fc.constantFrom(4, 5, 7.5),
      restingHr: fc.constantFrom(50, 51, 58, 62),
      illness: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
      pain: fc.option(fc.record({ location: fc.constant('knee'), score: fc.integer({ min: 0, max: 8 }) })),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 40 }),
        fc.array(fc.constantFrom(0.3, 1, 1.6, 2.2), { minLength: 40, maxLength: 40 }),
        fc.array(fc.integer({ min: 2, max: 10 }), { minLength: 40, maxLength: 40 }),
        fc.array(day, { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 12 }),
        (offset, load, rpe, mornings, gap) => {
          const today = addDays('2027-01-04', offset);
          const to = addDays(today, -1 - gap);
          const activities: Activity[] = followedPlan(plan, '2027-01-04', to).map((a, i) => ({
            ...a,
            km: a.km * (load[i % 40] ?? 1),
            minutes: a.minutes * (load[i % 40] ?? 1),
            rpe: rpe[i % 40] ?? 4,
          }));
          const checkins: CheckIn[] = [
            ...calmCheckins(addDays(today, -5), 14),
            ...mornings.map((m, i) => ({
              date: addDays(today, i - 4),
              sleepHours: m.sleepHours,
              restingHr: m.restingHr,
              ...(m.illness ? { illness: true } : {}),
              ...(m.pain === null ? {} : { pain: m.pain }),
            })),
          ];
          const r = adapt(plan, { activities, checkins }, today);
          for (const s of sessionsOf(r.plan)) {
            if (s.status !== 'adapted') continue;
            emitted.add(s.purpose.code);
            if (s.purpose.code !== 'NONE') expectWorded(s.purpose);
          }
        },
      ),
      { numRuns: 150, seed: 7 },
    );
    // The spread reaches the rules that rewrite purposes, not only the builder's codes.
    expect(
      [...emitted].filter((c) => !['EASY', 'LONG', 'TEMPO', 'INTERVALS', 'NONE'].includes(c)).length,
    ).toBeGreaterThan(4);
  });
});

describe('purposes stored as English before', () => {
  it('read back as a legacy code carrying the text, shown as it was', () => {
    const old = 'Aerobic base at a conversational pace. Keep it relaxed.';
    const p = readPurpose(old);
    expect(p).toEqual({ code: 'LEGACY', facts: { text: old } });
    expect(purposeWords(p)).toEqual({ text: old, spoken: 'Aerobic base at a conversational pace.' });
    expect(readPurpose('')).toEqual({ code: 'NONE' });
    expect(readPurpose({ code: 'TEMPO' })).toEqual({ code: 'TEMPO' });
    expect(readPurpose({ code: 'NOT_A_CODE' })).toEqual({ code: 'NONE' });
  });
});
