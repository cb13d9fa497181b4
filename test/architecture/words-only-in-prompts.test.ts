/**
 * Words only in coach/prompts (issue 11 §7): the rules and the use cases return codes with facts, and the
 * persona templates word them. This scans their string literals for sentences. The folders that still
 * hold words carry a known count (debt to move, never to grow); every other folder — the parser and
 * onboarding reader in coach/rules/language, the use cases, any new folder — must hold none.
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/process.js';
import { isSentenceLike, sentenceLiterals, sentencesByFolder } from './sentence-literals.js';

const SCANNED = [
  'coach/rules',
  'coach/use-cases',
  'coach/conversation',
  'coach/calls',
  'coach/onboarding',
  'coach/adaptation',
  'coach/turn',
  'coach/model',
  'bots',
  'voice',
] as const;

/**
 * Sentences still worded outside coach/prompts, per folder: rule `Err` messages (load and VDOT input
 * checks). Plan-builder and heart-rate errors (`templates/plan-error-words.ts`), feasibility lines
 * (`templates/feasibility-words.ts`) and session purposes (`templates/purpose-words.ts`) are codes with
 * facts, so coach/rules/plan, heart-rate and adapt hold none. Lower a count when words move to
 * coach/prompts; never raise one.
 */
const KNOWN_WORDS: Readonly<Record<string, number>> = {
  'coach/rules/heat': 3,
  'coach/rules/load': 4,
  'coach/rules/safety': 1,
  'coach/rules/units': 2,
  'coach/rules/vdot': 6,
  'coach/conversation': 2,
  'coach/onboarding': 4,
};

describe('the sentence detector', () => {
  it.each([
    'Weekly km must be 0–300.',
    'How far did you go?',
    'Rest: your body is asking for recovery.',
    'One at a time so I get both right',
  ])('finds the sentence %j', (s) => expect(isSentenceLike(s)).toBe(true));

  it.each([
    'INVALID_VOLUME',
    'long-run',
    'rpe:7',
    'Europe/Berlin',
    'mon tue',
    '^(?:ran|jogged)\\b',
    'half marathon',
  ])('passes the code or identifier %j', (s) => expect(isSentenceLike(s)).toBe(false));

  it('reads string and template literals, not comments, JSDoc, imports, regex sources, thrown invariants or log lines', () => {
    const source = [
      "import { x } from './some words in a path here.js';",
      '/** A comment is not a word for the runner: it is for us. */',
      '// Nor is a line comment with several words in it.',
      'const re = String.raw`\\b(?:how far did you go)\\b`;',
      "if (bad) throw new Error('addDays needs whole days, got more');",
      "ctx.log.info({ code }, 'old or unknown button was tapped');",
      "export const a = 'How far did you go?';",
      'export const b = (n: number) => `Weekly km must be 0–${n} km.`;',
      "export const c = { code: 'INVALID_VOLUME', slot: 'weeklyKm' };",
    ].join('\n');
    expect(sentenceLiterals(source)).toEqual(['How far did you go?', 'Weekly km must be 0– X  km.']);
  });
});

describe('words only in coach/prompts', () => {
  const found = sentencesByFolder(ROOT, SCANNED);

  it('no folder outside the known list holds sentences (parser, onboarding reader, use cases, new code)', () => {
    const unexpected = Object.entries(found).filter(([folder]) => KNOWN_WORDS[folder] === undefined);
    expect(Object.fromEntries(unexpected)).toEqual({});
  });

  it.each(Object.entries(KNOWN_WORDS))(
    '%s holds no more words than its known count (%i)',
    (folder, known) => {
      const here = found[folder] ?? [];
      expect(here.length, here.join('\n')).toBeLessThanOrEqual(known);
      // Words moved out: lower the count above so they cannot come back unnoticed.
      expect(here.length, `${folder} now holds ${here.length}: lower KNOWN_WORDS`).toBe(known);
    },
  );
});
