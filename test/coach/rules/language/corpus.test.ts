import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../coach/rules/language/index.js';
import { CORPUS, CORPUS_BY_TOPIC } from './corpus.js';
import { KM_RUNNER } from './corpus/case.js';
import { expectInvariants } from './invariants.js';
import { problemQuestion } from '../../../../coach/prompts/templates/problem-words.js';

describe('the runner-language corpus', () => {
  it('holds at least 150 realistic messages across every topic', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    for (const [topic, cases] of Object.entries(CORPUS_BY_TOPIC))
      expect(cases.length, topic).toBeGreaterThanOrEqual(8);
  });

  it('has no duplicate message for the same context', () => {
    const keys = CORPUS.map((c) => `${c.text}|${JSON.stringify(c.context ?? KM_RUNNER)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the result invariants on every message', () => {
    for (const c of CORPUS)
      expectInvariants(parseMessage(c.text, c.context ?? KM_RUNNER), c.context ?? KM_RUNNER);
  });

  it('has invariants that reject a broken result', () => {
    const broken = { intents: ['log_run' as const], slots: { rpe: 15 }, problems: [] };
    expect(() => expectInvariants(broken, KM_RUNNER)).toThrow();
    const leaked = {
      intents: ['log_run' as const],
      slots: { avgHr: 150 },
      problems: [
        { code: 'HR_OUT_OF_RANGE' as const, slot: 'avgHr' as const, message: 'What was your heart rate?' },
      ],
    };
    expect(() => expectInvariants(leaked, KM_RUNNER)).toThrow();
    const future = { intents: ['log_run' as const], slots: { date: '2026-11-25' }, problems: [] };
    expect(() => expectInvariants(future, KM_RUNNER)).toThrow();
  });

  it('asks a specific question for every implausible value it refuses', () => {
    const refused = CORPUS.filter((c) => (c.problems ?? []).length > 0);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    for (const c of refused) {
      for (const p of parseMessage(c.text, c.context ?? KM_RUNNER).problems)
        expect(problemQuestion(p).text).toMatch(/\?$/);
    }
  });
});
