/**
 * One consistent check-in reply (issue 10 §9), as a property over many mornings through the real loop
 * (`handleMessage` on PGlite and PostgreSQL: parse → store → day state → adaptation → wording): whatever the
 * sleep, soreness, pain and resting HR, in every persona and in the phone form, a reply never says "train
 * as planned" beside "pausing your running", and never "fine" or "fit" when readiness is poor or pain was
 * reported (nor "fine" under the short-sleep threshold); a drill sergeant never barks at a hurting runner.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import type { CoachMessage, WordingRequest } from '../../../coach/prompts/coach-message.js';
import { PERSONAS } from '../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../coach/prompts/templates/index.js';
import { SLEEP_SHORT_HOURS } from '../../../coach/rules/adapt/readiness.js';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const START = '2026-12-07';
const PROFILE = SAMPLE_ONBOARDING_PROFILE;

/** Go-ahead phrases: the runner may train as planned. */
const GO =
  /fit for duty|train as (planned|ordered)|you look recovered|well rested|you are ready|make today count/i;
/** Stop phrases: running is paused or limited today. */
const STOP = /pausing your running|no running|stop running|easy running only|easy only today/i;
/** Drill-sergeant barks that must never reach a hurting or unwell runner. */
const BARK = /fit for duty|train as ordered|change of orders|no excuses|that is an order|soldier|move out/i;

/** The resting HR of the three mornings before, and of today (undefined: not given). */
const HR_PATTERNS = {
  none: { before: [], today: undefined },
  steady: { before: [50, 51, 50], today: 50 },
  rising: { before: [50, 53, 56], today: 59 },
  spike: { before: [50, 50, 51], today: 58 },
} as const;

const morning = fc.record({
  sleep: fc.constantFrom(undefined, 4, 5.5, 6.5, 8),
  soreness: fc.constantFrom(undefined, 2, 5, 8),
  pain: fc.constantFrom(undefined, 0, 2, 4, 7),
  hr: fc.constantFrom(...(Object.keys(HR_PATTERNS) as (keyof typeof HR_PATTERNS)[])),
  day: fc.integer({ min: 3, max: 24 }),
});

describeEachDatabase('morning check-in reply', (ctx) => {
  let now = new Date(`${START}T08:00:00Z`);
  const requests: WordingRequest[] = [];
  const deps = (): CoachDeps => {
    const base = coachDeps(ctx.handle, { now: () => now });
    return {
      ...base,
      wording: {
        word: (req) => {
          requests.push(req);
          return base.wording.word(req);
        },
      },
    };
  };
  async function say(athleteId: string, text: string, day: string, hour: number) {
    now = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
    requests.length = 0;
    const out = await handleMessage(deps(), { athleteId, text, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return [...requests];
  }

  it('never contradicts itself, never "fine"/"fit" when readiness is poor or pain is reported', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(morning, async (m) => {
        const r = await onboard(
          deps().unitOfWork,
          { name: `Runner ${n++}`, timezone: 'UTC', restingHr: 50, maxHr: 188 },
          PROFILE,
          START,
        );
        if (!r.ok) throw new Error(r.code);
        const id = r.value.athlete.id;
        const today = addDays(START, m.day);
        const hr = HR_PATTERNS[m.hr];
        for (const [i, bpm] of hr.before.entries())
          await say(id, `slept 8h, resting hr ${bpm}`, addDays(today, i - hr.before.length), 7);
        const parts = [
          m.sleep !== undefined ? `slept ${m.sleep}h` : undefined,
          m.soreness !== undefined ? `soreness ${m.soreness}/10` : undefined,
          m.pain !== undefined ? `knee sore ${m.pain}/10` : undefined,
          hr.today !== undefined ? `resting hr ${hr.today}` : undefined,
        ].filter((p): p is string => p !== undefined);
        const reply = await say(id, parts.length > 0 ? parts.join(', ') : 'slept 7.5h', today, 7);

        const checkin = reply
          .map((q) => q.message)
          .find((x): x is Extract<CoachMessage, { kind: 'checkin-saved' }> => x.kind === 'checkin-saved');
        expect(checkin, JSON.stringify(reply.map((q) => q.message))).toBeDefined();
        const hurting = (m.pain ?? 0) > 0;
        const poor = checkin!.readiness === 'poor' || hurting;
        for (const persona of PERSONAS)
          for (const channel of ['chat', 'voice'] as const) {
            const text = reply.map((q) => renderTemplate({ ...q, persona, channel }).text).join('\n');
            const where = `${JSON.stringify(m)} ${persona} ${channel}: ${text}`;
            expect(GO.test(text) && STOP.test(text), where).toBe(false);
            expect(text.match(/I am pausing your running/g)?.length ?? 0, where).toBeLessThanOrEqual(1);
            if (poor) {
              expect(text, where).not.toMatch(/\bfine\b|\bfit\b/i);
              expect(text, where).not.toMatch(BARK);
            }
            if (m.sleep !== undefined && m.sleep < SLEEP_SHORT_HOURS)
              expect(text, where).not.toMatch(/\bfine\b/i);
          }
        if (hurting) expect(checkin!.readiness).toBe('poor');
      }),
      { seed: 1010, numRuns: 30 },
    );
  }, 120_000);
});
