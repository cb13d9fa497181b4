/** A 0–10 symptom score written as a range: `2-3/10`, `2 – 3 out of 10`, `soreness 3 to 4`. */

/** What stands between the two ends of a score range (a regex source). */
export const RANGE_TO = String.raw`\s*(?:-|–|to)\s*`;

/**
 * The score of a mention that may be a range: its higher end, the cautious reading of a symptom
 * ("knee pain 2-3/10" is stored as 3), whichever way round it is written.
 *
 * @example
 * higherEnd('2', '3') // → 3
 * higherEnd('4', undefined) // → 4
 */
export function higherEnd(value: string | undefined, other: string | undefined): number {
  const a = Number(value);
  return other === undefined ? a : Math.max(a, Number(other));
}
