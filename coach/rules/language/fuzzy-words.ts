/**
 * Long keywords runners mistype, matched within one edit (a letter added, dropped, changed, or two
 * neighbours swapped): `yesteday`, `marahton`, `kilomteres`. Only words of six letters or more, so
 * short English words are never bent into keywords.
 */
export const FUZZY_KEYWORDS: readonly string[] = [
  'yesterday',
  'tomorrow',
  'kilometers',
  'kilometres',
  'minutes',
  'marathon',
  'average',
  'achilles',
  'hamstring',
  'soreness',
  'stressed',
];

/** Shortest word the fuzzy match looks at, letters. */
export const FUZZY_MIN_LENGTH = 6;

/** True when `a` becomes `b` with at most one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The keyword a mistyped word stands for, or the word itself. The first letter must match.
 *
 * @example
 * fuzzyKeyword('yesteday') // → 'yesterday'
 * fuzzyKeyword('marahton') // → 'marathon'
 * fuzzyKeyword('average') // → 'average'
 * fuzzyKeyword('testing') // → 'testing' (no keyword starts with t and is one edit away)
 */
export function fuzzyKeyword(word: string): string {
  if (word.length < FUZZY_MIN_LENGTH || FUZZY_KEYWORDS.includes(word)) return word;
  for (const k of FUZZY_KEYWORDS) if (k[0] === word[0] && withinOneEdit(word, k)) return k;
  return word;
}
