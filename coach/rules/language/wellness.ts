import { SCALE_MAX, SCALE_MIN } from './limits.js';
import type { Extraction, Span } from './scan.js';
import { matchesOf, negatedBefore, problem, spanOf, toTen, wholeScore } from './scan.js';
import type { Problem, Slots } from './types.js';
import { higherEnd, RANGE_TO } from './score-range.js';

/** Soreness and stress words → 0–10 (0 none, 3 a little, 5 clearly, 7 a lot, 9 extreme). */
export const WORD_SCALE = { none: 0, little: 3, some: 5, lot: 7, extreme: 9 } as const;

const SCORE = String.raw`(?:\s*(?:level|score|is|was|at|of|about|around|like|:|=|a))*\s*(\d{1,3}(?:\.\d+)?)(?:${RANGE_TO}(\d{1,3}(?:\.\d+)?))?(?:\s*(?:\/|out of)\s*(10|5)\b)?`;
/**
 * The score after the word (`soreness 4/10`) or before it (`3/10 soreness`), either one a range
 * (`soreness 3-4/10`, read at its higher end); with `loose`, also an `x/10` a few words after it
 * (`stressed af at work 8/10`).
 */
function scorePattern(words: string, loose = false): RegExp {
  const after = loose
    ? String.raw`|\b(?:${words})\b(?:\s+(?!rpe|effort)[a-z']+){1,3}\s+(\d{1,2}(?:\.\d+)?)\s*(?:\/|out of)\s*(10|5)\b`
    : '';
  return new RegExp(
    String.raw`\b(?:${words})${SCORE}(?!\s*(?:km|k|miles|min|hours|h\b|:))|(?<![\d:.])(\d{1,3}(?:\.\d+)?)(?:${RANGE_TO}(\d{1,3}(?:\.\d+)?))?\s*(?:\/|out of)\s*(10|5)\s*(?:on\s*)?(?:the\s*)?(?:${words})\b${after}`,
  );
}
const SORENESS_SCORE = scorePattern('soreness|sore|doms|legs');
const STRESS_SCORE = scorePattern('stress|stressed', true);

const SORENESS_WORDS: readonly (readonly [RegExp, number])[] = [
  [
    /\b(?:no soreness|not sore|no doms|legs (?:feel |are )?fresh|fresh legs|feel(?:ing)? fresh)\b/,
    WORD_SCALE.none,
  ],
  [/\b(?:extremely sore|can barely walk|super sore and stiff|everything hurts)\b/, WORD_SCALE.extreme],
  [
    /\b(?:very|really|super|so|crazy|insanely) (?:sore|stiff)\b|\blegs (?:are |r |feel |feeling )?(?:dead|toast|trashed|shot|wrecked|destroyed|smashed|cooked)\b|\b(?:dead|trashed|wrecked) legs\b/,
    WORD_SCALE.lot,
  ],
  [
    /\b(?:a (?:bit|little) (?:sore|stiff)|slightly (?:sore|stiff)|bit (?:sore|stiff)|little (?:sore|stiff)|mild doms|tired legs|legs (?:are |feel )?tired)\b/,
    WORD_SCALE.little,
  ],
  [
    /\b(?:sore|stiff|doms|heavy legs|legs (?:are |feel )?heavy|achy legs|legs (?:are |feel )?achy)\b/,
    WORD_SCALE.some,
  ],
];

const STRESS_WORDS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:no stress|not stressed|stress[- ]free|relaxed|chilled|calm)\b/, WORD_SCALE.none],
  [/\b(?:extremely stressed|burn(?:ed|t) out|overwhelmed|panic)\b/, WORD_SCALE.extreme],
  [/\b(?:very|really|super|so|crazy) stress(?:ed|ful)\b|\bstressed out\b|\bhuge stress\b/, WORD_SCALE.lot],
  [/\b(?:a (?:bit|little)|slightly|bit|little) stressed\b/, WORD_SCALE.little],
  [/\bstressed\b|\bstressful\b|\bstress\b/, WORD_SCALE.some],
];

/** Illness words → the symptom name stored. */
const SYMPTOMS: readonly (readonly [RegExp, string])[] = [
  [/\bfever(?:ish)?\b|\b(?:a|high|running a) temperature\b|\bchills\b/, 'fever'],
  [/\bsore throat\b|\bthroat (?:is )?(?:sore|scratchy)\b/, 'sore throat'],
  [
    /\b(?:a|my|this|head|chest|nasty|bad|the) cold\b|\brunny nose\b|\bsniffles?\b|\bsnotty\b|\bblocked nose\b|\bcongest(?:ed|ion)\b/,
    'cold',
  ],
  [/\bflu\b|\binfluenza\b/, 'flu'],
  [/\bcovid\b|\bcorona\b/, 'covid'],
  [/\bcough(?:ing)?\b|\bchesty\b/, 'cough'],
  [
    /\bstomach (?:bug|upset|flu)\b|\bvomit(?:ing|ed)?\b|\bthrowing up\b|\bthrew up\b|\bdiarrh?oea?\b|\bfood poisoning\b/,
    'stomach',
  ],
  [/\b(?:sick|ill|unwell|poorly|under the weather|coming down with)\b/, 'unwell'],
];
const WELL_RE =
  /\b(?:not (?:sick|ill|unwell)|no longer (?:sick|ill)|over (?:my|the) (?:cold|flu)|recovered from)\b/;

function scored(
  text: string,
  re: RegExp,
  words: readonly (readonly [RegExp, number])[],
  slot: 'soreness' | 'stress',
  spans: Span[],
  problems: Problem[],
): number | undefined {
  const m = re.exec(text);
  if (m) {
    spans.push(spanOf(m));
    // Groups: after the word (1–3: ends, out of), before it (4–6), a few words after it (7–8).
    const raw = higherEnd(m[1] ?? m[4] ?? m[7], m[2] ?? m[5]);
    const outOf = m[3] ?? m[6] ?? m[8];
    const v = wholeScore(toTen(raw, outOf === undefined ? undefined : Number(outOf)));
    if (v >= SCALE_MIN && v <= SCALE_MAX) return v;
    problems.push(
      problem(slot === 'soreness' ? 'SORENESS_OUT_OF_RANGE' : 'STRESS_OUT_OF_RANGE', slot, { [slot]: raw }),
    );
    return undefined;
  }
  for (const [w, v] of words) {
    const hit = w.exec(text);
    if (!hit) continue;
    if (v !== WORD_SCALE.none && negatedBefore(text, hit.index, 2)) return WORD_SCALE.none;
    spans.push(spanOf(hit));
    return v;
  }
  return undefined;
}

/**
 * Finds the morning check-in's wellness facts: soreness 0–10, stress 0–10 (from `soreness 4/10`,
 * `legs are toast`, `stressed out`) and illness with its symptoms (`sore throat`, `flu`). Negated
 * illness (`not sick anymore`) sets `illness: false`.
 *
 * @example
 * extractWellness('legs a bit sore, stressed out, sore throat').slots
 * // → { soreness: 3, stress: 7, illness: true, symptoms: ['sore throat'] }
 */
export function extractWellness(text: string): Extraction {
  const slots: Partial<Slots> = {};
  const problems: Problem[] = [];
  const spans: Span[] = [];
  const symptoms: string[] = [];
  let t = text;
  for (const [re, name] of SYMPTOMS) {
    for (const m of matchesOf(re, t)) {
      if (negatedBefore(t, m.index, 2)) continue;
      if (!symptoms.includes(name)) symptoms.push(name);
      spans.push(spanOf(m));
    }
    t = t.replace(re, (s) => ' '.repeat(s.length));
  }
  if (WELL_RE.test(text) && symptoms.every((s) => s === 'unwell' || s === 'cold' || s === 'flu')) {
    slots.illness = false;
  } else if (symptoms.length > 0) {
    slots.illness = true;
    slots.symptoms = symptoms.filter((s) => s !== 'unwell' || symptoms.length === 1);
  }
  const soreness = scored(t, SORENESS_SCORE, SORENESS_WORDS, 'soreness', spans, problems);
  if (soreness !== undefined) slots.soreness = soreness;
  const stress = scored(t, STRESS_SCORE, STRESS_WORDS, 'stress', spans, problems);
  if (stress !== undefined) slots.stress = stress;
  return { slots, problems, spans };
}
