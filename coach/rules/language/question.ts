/**
 * Is this message a question to the coach? A guard, kept apart from the intents: a question is answered
 * (or honestly not), never logged — "why do my easy runs have to be so slow? 6:30 feels like walking"
 * holds a time but reports no run.
 */

/** A sentence opening with a question word ("why …", "how come …", "should I …", "is 6:30 ok …"). */
const OPENS_AS_QUESTION =
  /(?:^|[.!?\n]\s*)(?:why|how come|how (?:long|fast|far|much|many|often|do|does|should|can|is|are)|what(?! a\b)|whats|which|where|when (?:is|should|do|does|can|will)|who|(?:should|shall|can|could|would|will|do|does|did) (?:i|you|we|it|my|that|this)|(?:is|isn't|was|wasn't|are) (?:that|it|this|my|these|those|\d))\b/;

/**
 * True when the message asks something: it holds a question mark, or a sentence opens with a question
 * word. The parser uses it only to keep questions from becoming data (`inferIntents`).
 *
 * @example
 * isQuestion('why do my easy runs have to be so slow? 6:30 feels like walking') // → true
 * isQuestion('ran 5k in 28 min') // → false
 */
export function isQuestion(text: string): boolean {
  return text.includes('?') || OPENS_AS_QUESTION.test(text);
}

/** The first sentence, up to its end mark (kept). */
const FIRST_SENTENCE = /^[^.!?\n]*(?:[.!?\n]|$)/;

/**
 * True when the message opens by asking ("is 10k in 50 min good?"), as opposed to a report followed by
 * a question ("10k, 58 mins. was that too fast?").
 *
 * @example
 * opensWithQuestion('10k, 58 mins. was that too fast?') // → false
 */
export function opensWithQuestion(text: string): boolean {
  const first = FIRST_SENTENCE.exec(text.trim())?.[0] ?? '';
  return first.endsWith('?') || OPENS_AS_QUESTION.test(first);
}
