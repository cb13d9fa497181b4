/**
 * Red flags: symptoms that stop all running for the day and point to a qualified professional. The coach
 * never names a cause or a condition; it only recognises the words a runner uses for the symptom.
 * Source: SCIENCE.md "Safety" (chest pain, fainting or dizziness, unusual breathlessness, sharp or worsening
 * pain, limping, swelling, numbness), after common pre-participation screening practice (ACSM, PAR-Q+).
 */
import { negatedBefore } from '../text/clauses.js';

/** The red-flag vocabulary: stable codes that check-ins, reports and the language parser share. */
export const RED_FLAGS = [
  'chest_pain',
  'fainting',
  'dizziness',
  'unusual_breathlessness',
  'sharp_pain',
  'limping',
  'swelling',
  'numbness',
] as const;

export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * Words and phrases (lower case) a runner may use for each red flag. Matched on word boundaries, so
 * "swollen" matches but "unswollen" does not need to be considered; keep entries specific.
 */
export const RED_FLAG_PHRASES: Readonly<Record<RedFlag, readonly string[]>> = Object.freeze({
  chest_pain: [
    'chest pain',
    'chest hurts',
    'chest hurt',
    'chest tightness',
    'tight chest',
    'pain in my chest',
    'chest pressure',
  ],
  fainting: ['fainted', 'faint', 'fainting', 'passed out', 'blacked out', 'black out', 'collapsed'],
  dizziness: [
    'dizzy',
    'dizziness',
    'lightheaded',
    'light-headed',
    'light headed',
    'vertigo',
    'room spinning',
  ],
  unusual_breathlessness: [
    'unusual breathlessness',
    "can't breathe",
    'cannot breathe',
    'can not breathe',
    'struggling to breathe',
    'short of breath',
    'shortness of breath',
    'breathless at rest',
    'wheezing',
  ],
  sharp_pain: ['sharp pain', 'stabbing pain', 'shooting pain', 'sudden pain', 'searing pain'],
  limping: ['limp', 'limping', 'limped', "can't put weight", 'cannot put weight', 'cannot bear weight'],
  swelling: ['swelling', 'swollen', 'swells', 'puffy'],
  numbness: ['numb', 'numbness', 'tingling', 'pins and needles', 'lost feeling'],
});

/**
 * True when `code` is one of the red-flag codes.
 *
 * @example
 * isRedFlag('numbness'); // true
 */
export function isRedFlag(code: string): code is RedFlag {
  return (RED_FLAGS as readonly string[]).includes(code);
}

/**
 * Finds the red flags named in free text (a check-in note, a mid-run report, a chat message).
 * Deterministic: the result follows the order of `RED_FLAGS`, without duplicates.
 *
 * @param text what the runner said, any case
 * @returns the red-flag codes mentioned, in `RED_FLAGS` order
 * @example
 * redFlagsInText('Felt dizzy and my left calf is swollen'); // ['dizziness', 'swelling']
 * redFlagsInText('no chest pain, legs fine');                // []
 */
export function redFlagsInText(text: string): RedFlag[] {
  const lower = text.toLowerCase().replace(/[’`]/g, "'");
  return RED_FLAGS.filter((flag) => RED_FLAG_PHRASES[flag].some((phrase) => mentioned(lower, phrase)));
}

/** The pattern of each phrase of `RED_FLAG_PHRASES` (a fixed list), made on first use. */
const PHRASE_PATTERNS = new Map<string, RegExp>();

/** `phrase` as whole words with anything but letters, digits and apostrophes between and around them. */
function phrasePattern(phrase: string): RegExp {
  let pattern = PHRASE_PATTERNS.get(phrase);
  if (pattern === undefined) {
    const words = phrase
      .toLowerCase()
      .replace(/[^a-z0-9']+/g, ' ')
      .trim()
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(^|[^a-z0-9'])${words.join("[^a-z0-9']+")}(?=$|[^a-z0-9'])`, 'g');
    PHRASE_PATTERNS.set(phrase, pattern);
  }
  return pattern;
}

/** True when `phrase` stands in `text` as whole words and is not negated just before ("no chest pain"). */
function mentioned(text: string, phrase: string): boolean {
  for (const m of text.matchAll(phrasePattern(phrase))) {
    if (!negatedBefore(text, (m.index ?? 0) + (m[1]?.length ?? 0), 2)) return true;
  }
  return false;
}

/**
 * Reads a list that may hold red-flag codes or free-text phrases (`['dizziness', 'my knee is swollen']`)
 * and returns the recognised codes in `RED_FLAGS` order.
 *
 * @example
 * classifyRedFlags(['chest_pain', 'felt faint']); // ['chest_pain', 'fainting']
 */
export function classifyRedFlags(items: readonly string[]): RedFlag[] {
  const found = new Set<RedFlag>();
  for (const item of items) {
    if (isRedFlag(item)) found.add(item);
    else for (const flag of redFlagsInText(item)) found.add(flag);
  }
  return RED_FLAGS.filter((flag) => found.has(flag));
}
