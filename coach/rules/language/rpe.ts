import { RPE_MAX, RPE_MIN } from './limits.js';
import type { Extraction, Span } from './scan.js';
import { matchesOf, problem, round1, spanOf } from './scan.js';
import type { Problem, Slots } from './types.js';

/**
 * Feeling words → session RPE on Foster's modified CR-10 scale (Foster et al. 2001: 1 very easy,
 * 2 easy, 3 moderate, 4 somewhat hard, 5 hard, 7 very hard, 10 maximal). Most specific phrases first
 * ("somewhat hard" before "hard", "easy peasy" before "easy").
 */
export const RPE_WORDS: readonly (readonly [RegExp, number])[] = [
  [
    /\b(?:all[- ]out|max(?:imal|imum)? effort|everything i had|absolutely (?:dead|destroyed|killed)|hardest (?:run|session|workout) ever|nearly died|almost died)\b/,
    10,
  ],
  [
    /\b(?:brutal|killer|savage|destroyed me|killed me|wrecked me|like death|like dying|like i was dying|extremely hard|super hard|really really hard)\b/,
    8,
  ],
  [
    /\b(?:very hard|really hard|so hard|super tough|very tough|really tough|so tough|grueling|gruelling|a grind|a struggle|a slog|struggled|knackered|shattered|exhausted|wiped out)\b/,
    7,
  ],
  [
    /\b(?:somewhat hard|moderately hard|a bit hard|bit tough|a bit tough|little tough|a little hard|bit hard)\b/,
    4,
  ],
  [
    /\b(?:easy peasy(?: lemon squeezy)?|super easy|very easy|really easy|so easy|piece of cake|a breeze|effortless|walk in the park|too easy)\b/,
    1,
  ],
  [/\b(?:hard|tough|difficult|challenging|heavy going)\b/, 5],
  [/\b(?:moderate|medium|steady|decent|not bad|manageable|so-so)\b/, 3],
  [/\b(?:easy|comfortable|relaxed|cruis(?:y|ey|ing)|chill|light|smooth)\b/, 2],
];

/** Words right before a feeling that make it an effort rating ("felt hard", "it was tough"). */
const FEEL_CUE =
  /\b(?:felt|feel|feels|feeling|effort(?: was)?|rpe|was|that was|pretty|quite|rather|run was|kinda|kind of|super|really|very|bit)\s+(?:like\s+|so\s+|pretty\s+|quite\s+|really\s+)?$/;
/** "a tough one", "what an easy one": the feeling word rates the run it stands for. */
const A_FEELING_ONE =
  /\b(?:a|an|what a|what an|that was a|that was an)\s+(easy|tough|hard|brutal|killer|solid)\s+one\b/;
const RPE_OF_ONE: Readonly<Record<string, number>> = {
  easy: 2,
  tough: 5,
  hard: 5,
  solid: 4,
  brutal: 8,
  killer: 8,
};
/** Feelings that are effort ratings wherever they appear ("easy peasy", "brutal"). */
const STANDALONE = new Set([10, 8, 7, 1]);
/** Phrases where "easy"/"hard" name a session type, not an effort. */
const SESSION_NAME =
  /^\s*(?:run|runs|day|session|week|km|k|miles|pace|effort|efforts|intervals|reps|workout|long run|jog)\b/;

const NUMERIC = new RegExp(
  String.raw`\b(?:rpe|effort|exertion|perceived effort|difficulty)(?:\s*(?:was|is|of|at|about|around|like|maybe|prob(?:ably)?|level|:|=|a|an))*\s*(\d{1,3}(?:\.\d+)?)(?:\s*(?:\/|out of)\s*(\d{1,2}))?\b`,
);
/** "felt like a 6", "id say a 7", "prob a 5": a reply to "how hard was it?" in words around the number. */
const FELT_LIKE =
  /^\s*(?:it\s+)?(?:felt|feels|was|i'?d say|id say|prob(?:ably)?|maybe|like|about|around)(?:\s+(?:like|a|an|about|around|maybe))*\s+(\d{1,2}(?:\.\d+)?)(?:\s*(?:\/|out of)\s*(\d{1,2}))?\s*[.!]*\s*$/;
/** `rpe 6-7`, `effort 7 - 8/10`, or only `6-7`: a range, not one rating. */
const RANGE = new RegExp(
  String.raw`(?:\b(?:rpe|effort|exertion|perceived effort|difficulty)(?:\s*(?:was|is|of|at|about|around|like|maybe|:|=|a|an))*\s*|^\s*(?:a\s+|an\s+|about\s+|maybe\s+)?)(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})(?:\s*(?:\/|out of)\s*10)?(?![\d.:])`,
);
/** A range of whole numbers is a whole message only when nothing but punctuation follows it. */
const ALONE_AFTER = /^\s*[.!]?\s*$/;
const OUT_OF = /(?<![\d:.])(\d{1,3}(?:\.\d+)?)\s*(?:\/|out of)\s*(10|20)\b/;
const LONE_NUMBER = /^\s*(?:a\s+|an\s+)?(\d{1,2}(?:\.\d+)?)\s*[.!]?\s*$/;

function rated(raw: number, outOf: number | undefined): { value?: number; problem?: Problem } {
  if (outOf === 20 || (outOf === undefined && raw >= 11 && raw <= 20)) {
    return {
      problem: problem('RPE_OUT_OF_RANGE', 'rpe', { rpe: raw, reason: 'borg' }),
    };
  }
  if (outOf !== undefined && outOf !== 10) {
    return {
      problem: problem('RPE_OUT_OF_RANGE', 'rpe', { rpe: raw, outOf, reason: 'out_of' }),
    };
  }
  if (raw >= RPE_MIN && raw <= RPE_MAX && !Number.isInteger(raw)) {
    const low = Math.floor(raw);
    return {
      problem: problem('RPE_OUT_OF_RANGE', 'rpe', {
        rpe: raw,
        reason: 'not_whole',
        lower: low,
        upper: low + 1,
      }),
    };
  }
  if (raw >= RPE_MIN && raw <= RPE_MAX) return { value: round1(raw) };
  return {
    problem: problem('RPE_OUT_OF_RANGE', 'rpe', { rpe: raw, reason: 'off_scale' }),
  };
}

/**
 * Finds a session RPE: `rpe 7`, `effort 6/10`, `7/10` (when no pain, stress or soreness claimed it), a
 * message that is only a number or a number in a few words (`felt like a 6`: a reply to "how hard was
 * it?"), or feeling words mapped by
 * `RPE_WORDS` (`felt hard` → 5, `easy peasy` → 1). Out-of-scale numbers (RPE 15) are a Problem. With
 * `painContext` (the message reported pain) a bare `x/10` is not read as RPE: it is likely another pain score.
 *
 * @example
 * extractRpe('felt hard').slots // → { rpe: 5 }
 */
export function extractRpe(text: string, painContext = false): Extraction {
  const slots: Partial<Slots> = {};
  const problems: Problem[] = [];
  const spans: Span[] = [];
  const range = RANGE.exec(text);
  const cued = range !== null && !/^\s*(?:a\s+|an\s+|about\s+|maybe\s+)?\d/.test(range[0]);
  if (range && (cued || (!painContext && ALONE_AFTER.test(text.slice(range.index + range[0].length))))) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    if (low >= RPE_MIN && high <= RPE_MAX && low < high) {
      spans.push(spanOf(range));
      problems.push(
        problem('RPE_OUT_OF_RANGE', 'rpe', { rpe: low, reason: 'range', lower: low, upper: high }),
      );
      return { slots, problems, spans };
    }
  }
  const numeric =
    NUMERIC.exec(text) ??
    (painContext ? null : (OUT_OF.exec(text) ?? LONE_NUMBER.exec(text) ?? FELT_LIKE.exec(text)));
  if (numeric) {
    spans.push(spanOf(numeric));
    const r = rated(Number(numeric[1]), numeric[2] === undefined ? undefined : Number(numeric[2]));
    if (r.value !== undefined) slots.rpe = r.value;
    if (r.problem) problems.push(r.problem);
    return { slots, problems, spans };
  }
  const one = A_FEELING_ONE.exec(text);
  if (one) {
    spans.push(spanOf(one));
    slots.rpe = RPE_OF_ONE[one[1] ?? ''] ?? 5;
    return { slots, problems, spans };
  }
  for (const [re, value] of RPE_WORDS) {
    for (const m of matchesOf(re, text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // A feeling that is the whole message ("hard", "tough!") answers "how hard was it?".
      const alone =
        before.trim() === '' && m.index <= 30 && /^[\s.!]*$/.test(text.slice(m.index + m[0].length));
      if (!alone && !STANDALONE.has(value) && SESSION_NAME.test(after) && !FEEL_CUE.test(before)) continue;
      if (!alone && !STANDALONE.has(value) && !FEEL_CUE.test(before)) continue;
      if (/\b(?:not|wasn't|isn't|never)\s+(?:that\s+|too\s+|so\s+)?$/.test(before)) continue;
      spans.push(spanOf(m));
      slots.rpe = value;
      return { slots, problems, spans };
    }
  }
  return { slots, problems, spans };
}
