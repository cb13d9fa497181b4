import { expect } from 'vitest';
import { isIsoDate, WEEKDAYS } from '../../../../coach/rules/calendar/index.js';
import type { ParseContext, ParsedMessage } from '../../../../coach/rules/language/index.js';
import { INTENT_ORDER } from '../../../../coach/rules/language/index.js';
import { RED_FLAGS } from '../../../../coach/rules/safety/red-flags.js';
import { problemQuestion } from '../../../../coach/prompts/templates/problem-words.js';

/** Inclusive bounds every numeric slot must respect (mirrors coach/rules/language/limits.ts). */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  distanceM: [100, 300_000],
  durationS: [9, 48 * 3600],
  paceSPerKm: [107.5, 1200],
  rpe: [1, 10],
  avgHr: [40, 230],
  maxHr: [100, 230],
  restingHr: [25, 120],
  hrvMs: [5, 250],
  sleepHours: [0, 16],
  soreness: [0, 10],
  stress: [0, 10],
};

/** Asserts the invariants every parse result keeps, whatever the input. */
export function expectInvariants(parsed: ParsedMessage, context: ParseContext): void {
  const { intents, slots, problems } = parsed;
  expect(intents.length).toBeGreaterThan(0);
  expect(new Set(intents).size).toBe(intents.length);
  expect([...intents].sort((a, b) => INTENT_ORDER.indexOf(a) - INTENT_ORDER.indexOf(b))).toEqual(intents);
  if (intents.includes('unknown')) expect(intents).toEqual(['unknown']);
  for (const [slot, [min, max]] of Object.entries(RANGES)) {
    const v = (slots as Record<string, unknown>)[slot];
    if (v === undefined) continue;
    expect(typeof v, slot).toBe('number');
    expect(Number.isFinite(v), slot).toBe(true);
    expect(v as number, slot).toBeGreaterThanOrEqual(min);
    expect(v as number, slot).toBeLessThanOrEqual(max);
  }
  for (const p of slots.pains ?? []) {
    expect(p.location.length).toBeGreaterThan(0);
    if (p.score !== undefined) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(10);
    }
  }
  for (const f of slots.redFlags ?? []) expect(RED_FLAGS).toContain(f);
  if (slots.persona !== undefined)
    expect(['drill-sergeant', 'hype', 'friend', 'neutral']).toContain(slots.persona);
  if (slots.pauseReason !== undefined)
    expect(['injury', 'illness', 'travel', 'other']).toContain(slots.pauseReason);
  if (slots.sleepQuality !== undefined) expect(['poor', 'ok', 'good']).toContain(slots.sleepQuality);
  if (slots.painTrend !== undefined) expect(['worse', 'better']).toContain(slots.painTrend);
  if (slots.illness !== true) expect(slots.symptoms).toBeUndefined();
  for (const symptom of slots.symptoms ?? []) expect(symptom.length).toBeGreaterThan(0);
  for (const d of slots.days ?? []) expect(WEEKDAYS).toContain(d);
  if (slots.longDay !== undefined) expect(WEEKDAYS).toContain(slots.longDay);
  if (slots.date !== undefined) {
    expect(isIsoDate(slots.date)).toBe(true);
    const today = context.timezoneNow?.date ?? context.today;
    if (intents.includes('log_run') || intents.includes('race_result'))
      expect(slots.date <= today).toBe(true);
  }
  for (const p of problems) {
    expect(problemQuestion(p).text.length).toBeGreaterThan(10);
    expect(p.code).toMatch(/^[A-Z_]+$/);
    if (p.slot !== 'pains') expect(slots[p.slot], `${p.code} left ${p.slot} set`).toBeUndefined();
  }
}
