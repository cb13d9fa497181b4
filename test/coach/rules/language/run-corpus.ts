import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../coach/rules/language/index.js';
import type { CorpusCase } from './corpus/case.js';
import { KM_RUNNER } from './corpus/case.js';

/** Runs a table of corpus cases: exact intents, exact slots, exact problem codes. */
export function runCorpus(name: string, cases: readonly CorpusCase[]): void {
  describe(`${name} corpus`, () => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const parsed = parseMessage(c.text, c.context ?? KM_RUNNER);
      expect({
        intents: parsed.intents,
        slots: parsed.slots,
        problems: parsed.problems.map((p) => p.code),
      }).toEqual({
        intents: c.intents,
        slots: c.slots,
        problems: c.problems ?? [],
      });
    });
  });
}
