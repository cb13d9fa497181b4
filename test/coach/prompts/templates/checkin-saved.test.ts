/** The check-in reply is worded from the day's final state: pain, trends, readiness — one tone, no "fine". */
import { describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../../coach/prompts/coach-message.js';
import { allowedNumbers, checkNumbers } from '../../../../coach/prompts/guards/numbers-guard.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import type { Channel } from '../../../../coach/prompts/persona.js';
import { isSafetyMessage, isSoftened, renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { hrvTrend, restingHrTrend } from '../../../../coach/rules/adapt/trend-recovery.js';

const word = (message: CoachMessage, persona: (typeof PERSONAS)[number], channel: Channel = 'chat') =>
  renderTemplate({ message, persona, channel, units: 'km' }).text;

const date = '2027-01-13';
const trend = restingHrTrend(
  [50, 53, 56, 59].map((restingHr, i) => ({ date: `2027-01-1${i}`, restingHr })),
  date,
  { restingHrBpm: 50 },
)!;

describe('checkin-saved', () => {
  it('pain today: the fixed safety text, soft, never a readiness line ("fit for duty", "train as …")', () => {
    const m: CoachMessage = {
      kind: 'checkin-saved',
      date,
      readiness: 'poor',
      safety: { level: 'stop_prescriptions', location: 'knee', score: 4 },
    };
    expect(isSoftened(m)).toBe(true);
    expect(isSafetyMessage(m)).toBe(true);
    for (const persona of PERSONAS) {
      const text = word(m, persona);
      expect(text, persona).toContain('I am pausing your running: you reported pain in your knee (4/10).');
      expect(text, persona).not.toMatch(/\bfit\b|\bfine\b|train as (planned|ordered)|recovered/i);
      expect(word(m, persona, 'voice'), persona).toBe(
        'Check-in saved. No running for now because of the pain.',
      );
    }
  });

  it('a resting-HR trend states the numbers, asks about illness, and softens the voice', () => {
    const m: CoachMessage = {
      kind: 'checkin-saved',
      date,
      restingHr: 59,
      readiness: 'poor',
      trends: [trend],
    };
    expect(isSoftened(m)).toBe(true);
    for (const persona of PERSONAS) {
      const text = word(m, persona);
      expect(text, persona).toContain(
        'Your resting HR was 59 bpm on Wed 13 Jan, 9 bpm above the 50 bpm you gave me as your usual.',
      );
      expect(text, persona).toMatch(/feeling unwell/);
      expect(text, persona).not.toMatch(/\bfit\b|\bfine\b/i);
      expect(word(m, persona, 'voice'), persona).toMatch(/are you feeling unwell\?$/);
      // The LLM numbers guard accepts every number the template states (they are the message's facts).
      expect(checkNumbers(text, allowedNumbers([m], [])), persona).toEqual({ ok: true });
    }
  });

  it('one short night (readiness ok) never says "fine" or "fit" in any voice', () => {
    const m: CoachMessage = { kind: 'checkin-saved', date, sleepHours: 5.5, readiness: 'ok' };
    for (const persona of PERSONAS)
      for (const channel of ['chat', 'voice'] as const)
        expect(word(m, persona, channel), `${persona} ${channel}`).not.toMatch(/\bfine\b|\bfit\b/i);
  });

  it('a reply that softens words every message softly: no barked order beside a pain pause', () => {
    const decision: CoachMessage = {
      kind: 'decision',
      decision: {
        rule: 'missed.mark',
        date,
        action: 'mark_missed',
        before: { date, kind: 'tempo', hard: true, minutes: 50, km: 10 },
        after: { date, kind: 'tempo', hard: true, minutes: 50, km: 10, status: 'missed' },
        reasons: [{ code: 'NO_ACTIVITY_LOGGED', facts: { date, kind: 'tempo' } }],
      },
      askAccept: false,
    };
    const hard = renderTemplate({ message: decision, persona: 'drill-sergeant', channel: 'chat' }).text;
    const soft = renderTemplate({
      message: decision,
      persona: 'drill-sergeant',
      channel: 'chat',
      soften: true,
    }).text;
    expect(hard).toMatch(/Change of orders/);
    // Softened, even a good morning is no order barked beside another message's pause.
    for (const readiness of ['good', 'ok'] as const) {
      const m: CoachMessage = { kind: 'checkin-saved', date, readiness };
      const text = renderTemplate({
        message: m,
        persona: 'drill-sergeant',
        channel: 'chat',
        soften: true,
      }).text;
      expect(text).not.toMatch(/fit for duty|train as ordered/i);
    }
    expect(soft).not.toMatch(/Change of orders/);
    expect(soft).toMatch(/look after you/);
  });

  it('the trend decisions say their facts, and the numbers guard accepts every number they state', () => {
    const hrv = hrvTrend(
      [
        ...[70, 71, 69, 70].map((v, i) => ({ date: `2027-01-0${i + 5}`, hrv: v })),
        ...[60, 61, 62].map((v, i) => ({ date: `2027-01-1${i + 1}`, hrv: v })),
      ],
      date,
    )!;
    const session = { date: '2027-01-14', hard: true, minutes: 55, km: 11 };
    for (const [rule, reason, said] of [
      ['readiness.resting-hr-trend', trend, /59 bpm on Wed 13 Jan, 9 bpm above the 50 bpm/],
      ['readiness.hrv-trend', hrv, /HRV has been low 3 mornings running, 11 % under your usual 70 ms/],
    ] as const) {
      const m: CoachMessage = {
        kind: 'decision',
        decision: {
          rule,
          date: session.date,
          action: 'swap_to_easy',
          before: { ...session, kind: 'tempo' },
          after: { ...session, kind: 'easy', hard: false, minutes: 45, km: 8.1, status: 'adapted' },
          reasons: [reason],
        },
        askAccept: true,
      };
      for (const persona of PERSONAS) {
        const text = word(m, persona);
        expect(text, persona).toMatch(said);
        expect(checkNumbers(text, allowedNumbers([m], [])), `${persona}: ${text}`).toEqual({ ok: true });
      }
    }
  });
});
