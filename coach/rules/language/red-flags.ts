import type { RedFlag } from '../safety/red-flags.js';
import { RED_FLAG_PHRASES, RED_FLAGS } from '../safety/red-flags.js';
import { negatedBefore } from './scan.js';

/**
 * Extra ways runners text the red flags of `coach/rules/safety/red-flags.ts` (the shared vocabulary):
 * tense and word-order variants that phrase lists miss ("my chest was tight", "nearly passed out").
 */
export const EXTRA_RED_FLAG_PATTERNS: Readonly<Partial<Record<RedFlag, RegExp>>> = {
  chest_pain:
    /\bchest (?:was |is |felt |feels |feeling |got |went )?(?:pain|pains|tight|tightness|heavy|pressure|hurts?|hurting|ache|aching)\b|\b(?:pain|tightness|pressure) in (?:my |the )?chest\b/,
  fainting: /\bpass(?:ed|ing)? out\b|\bblack(?:ed|ing)? out\b|\blost consciousness\b|\bfainted?\b/,
  dizziness: /\blight[- ]?headed(?:ness)?\b|\bwoozy\b|\b(?:room|head) (?:was )?spinning\b/,
  unusual_breathlessness:
    /\b(?:can't|couldn't|could not|cannot|can not) (?:catch my )?breathe?\b|\bshort(?:ness)? of breath\b|\bbreathless(?:ness)?\b|\b(?:trouble|struggl(?:ed|ing)) (?:to )?breath(?:e|ing)\b|\bhard to breathe\b|\bgasping\b/,
  sharp_pain:
    /\b(?:sharp|stabbing|shooting|searing|sudden) pains?\b|\bpain (?:is|was|feels|felt) (?:sharp|stabbing|shooting)\b/,
  limping: /\blimp(?:ing|ed|s)?\b|\bcan(?:'t|not) (?:put|bear) weight\b|\bcan(?:'t| barely) walk\b/,
  swelling: /\bswell(?:ing|ed|s)?\b|\bswollen\b|\bpuffy\b/,
  numbness: /\bnumb(?:ness)?\b|\btingl(?:ing|es|y)\b|\bpins and needles\b|\blost feeling\b/,
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS: readonly (readonly [RedFlag, RegExp])[] = RED_FLAGS.map((flag) => {
  const phrases = RED_FLAG_PHRASES[flag].map((p) => `\\b${escape(p)}\\b`);
  const extra = EXTRA_RED_FLAG_PATTERNS[flag];
  return [flag, new RegExp([...phrases, ...(extra ? [extra.source] : [])].join('|'), 'g')] as const;
});

/**
 * Red flags in a normalised message, as the codes `coach/rules/safety` uses, in `RED_FLAGS` order. A flag
 * negated right before it (`no chest pain`, `not dizzy`, `didn't faint`) is not raised.
 *
 * @example
 * findRedFlags('felt dizzy and my chest was tight') // → ['chest_pain', 'dizziness']
 */
export function findRedFlags(text: string): RedFlag[] {
  const out: RedFlag[] = [];
  for (const [flag, re] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex += 1;
      else if (!negatedBefore(text, m.index, 2)) {
        out.push(flag);
        break;
      }
    }
  }
  return out;
}
