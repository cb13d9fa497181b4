/**
 * Clauses and negation in runner text, shared by the language parser and the safety scanner so both
 * read "no chest pain" the same way.
 */

/**
 * Where the clause holding `index` starts: after the last `,;!?` or sentence dot (not a decimal point)
 * before it.
 *
 * @example
 * clauseStart('ran 6.2 mi, knee 3/10', 15) // → 11
 */
export function clauseStart(text: string, index: number): number {
  for (let i = Math.min(index, text.length) - 1; i >= 0; i -= 1) {
    const ch = text[i];
    if (ch === ',' || ch === ';' || ch === '!' || ch === '?' || ch === '\n') return i + 1;
    if (ch === '.' && !/\d/.test(text[i + 1] ?? '')) return i + 1;
  }
  return 0;
}

/**
 * True when a negation (`no`, `not`, `didn't`…) is among the `maxWords` words before `index` in the
 * same clause: simple negation such as "no chest pain".
 *
 * @example
 * negatedBefore('no chest pain', 3) // → true
 */
export function negatedBefore(text: string, index: number, maxWords = 3): boolean {
  const before = text.slice(clauseStart(text, index), index).trim().split(' ').slice(-maxWords);
  return before.some((w) =>
    /^(no|not|never|without|zero|isn't|wasn't|aren't|don't|didn't|doesn't|nor|any)$/.test(w),
  );
}
