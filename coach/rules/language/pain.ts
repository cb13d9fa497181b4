import { higherEnd, RANGE_TO } from './score-range.js';
import { SCALE_MAX, SCALE_MIN } from './limits.js';
import type { Extraction, Span } from './scan.js';
import {
  clauseEnd,
  clauseStart,
  matchesOf,
  negatedBefore,
  problem,
  spanOf,
  toTen,
  wholeScore,
} from './scan.js';
import type { PainMention, Problem, Side, Slots } from './types.js';

/** Body parts runners report pain in → the canonical location name stored. Longest spellings first. */
export const LOCATIONS: readonly (readonly [string, string])[] = [
  ['lower back', 'lower back'],
  ['upper back', 'upper back'],
  ['hip flexor', 'hip flexor'],
  ['it band', 'it band'],
  ['itb', 'it band'],
  ['plantar fascia', 'plantar fascia'],
  ['plantar', 'plantar fascia'],
  ['achilles', 'achilles'],
  ['hamstring', 'hamstring'],
  ['kneecap', 'knee'],
  ['knee', 'knee'],
  ['ankle', 'ankle'],
  ['shin', 'shin'],
  ['calf', 'calf'],
  ['quad', 'quad'],
  ['hip', 'hip'],
  ['glute', 'glute'],
  ['groin', 'groin'],
  ['foot', 'foot'],
  ['heel', 'heel'],
  ['arch', 'arch'],
  ['toe', 'toe'],
  ['back', 'back'],
  ['shoulder', 'shoulder'],
  ['neck', 'neck'],
  ['thigh', 'thigh'],
];

const LOCATION_RE = new RegExp(
  String.raw`\b(?:(left|right|both|l|r)\s+(?:side\s+(?:of\s+)?(?:my\s+)?)?)?(${LOCATIONS.map(([w]) => w).join('|')})s?\b(?:\s*\((left|right|l|r)\))?`,
);
const CUE_RE =
  /\b(?:pain|painful|pains|hurts?|hurting|aches?|aching|achy|sore|tight|tightness|twinges?|niggles?|niggly|tweak(?:ed)?|injur(?:ed|y)|sprain(?:ed)?|strain(?:ed)?|pulled|pinch(?:ing)?|ouch|ow|throbbing|stiff|tender|bother(?:ing|s)|playing up|acting up|flar(?:ed|ing) up|killing me)\b/;
/** A score (`6/10`, `pain 5`), or a range of two (`2-3/10`): groups 1–3 (ends, out of) or 4–5 (ends). */
const SCORE_RE = new RegExp(
  String.raw`(?<![\d:.])(\d{1,3}(?:\.\d+)?)(?:${RANGE_TO}(\d{1,3}(?:\.\d+)?))?\s*(?:\/|out of)\s*(10|5)\b|\b(?:pain|at|a|is|was|around|about|score)\s+(?:a\s+|an\s+|of\s+|at\s+)?(\d{1,3}(?:\.\d+)?)(?:${RANGE_TO}(\d{1,3}(?:\.\d+)?))?\b(?!\s*(?:km|k|miles|min|hours|h\b|:|\.\d|x|am|pm|bpm|%))`,
);
const WORSE_RE =
  /\b(?:getting|got|gets|is|feels?|much|even) worse\b|\bworsening\b|\bworse (?:than|today|this morning)\b/;
const BETTER_RE =
  /\b(?:getting|got|gets|is|feels?|much|bit|a lot) better\b|\bimproving\b|\bless (?:sore|painful)\b|\beasing (?:off|up)\b/;
/** A clause that is only a score ("3/10", "pain 5", "about a 4"). */
const NEXT_CLAUSE_SCORE_RE = new RegExp(
  String.raw`^\s*(?:pain|at|about|around|score|like|maybe|prob(?:ably)?|roughly|maybe like)?\s*(?:is\s+|was\s+|of\s+|at\s+)?(?:a\s+|an\s+)?(\d{1,3}(?:\.\d+)?)(?:${RANGE_TO}(\d{1,3}(?:\.\d+)?))?\s*(?:(?:\/|out of)\s*(10|5))?\s*$`,
);
const SIDE_AFTER_RE = /\b(?:on the |on my )?(left|right)(?: side| one| leg)?\b/;
/** The runner says there is no pain at all: an explicit empty `pains` list. */
const NO_PAIN_RE = /\b(?:no pain|pain[- ]free|no (?:aches|niggles|injuries)|nothing hurts|no pains)\b/;
/** "tight but ok": still a mention of the pain, not an all-clear. */
const BUT_FINE_RE = /\bbut (?:ok|okay|fine|good|manageable)\b/g;
const FINE_RE =
  /\b(?:fine|good|great|better|gone|ok|okay|no pain|pain[- ]free|all good|feels? normal|healed)\b/;

function sideOf(s: string | undefined): Side | undefined {
  if (s === 'left' || s === 'l') return 'left';
  if (s === 'right' || s === 'r') return 'right';
  if (s === 'both') return 'both';
  return undefined;
}

/**
 * Finds pain reports: a body location (with side) plus a pain word or a 0–10 score in the same clause
 * (`left knee 6/10`, `my right achilles hurts`, `shin pain at a 4`). Negated pain (`no knee pain`,
 * `knee is fine`, `pain free`) gives an empty `pains` list: the runner said nothing hurts. A score
 * outside 0–10 is a Problem and that pain is not stored.
 *
 * @example
 * extractPain('left knee 6/10').slots // → { pains: [{ location: 'knee', side: 'left', score: 6 }] }
 */
export function extractPain(text: string): Extraction {
  const pains: PainMention[] = [];
  let painFree = NO_PAIN_RE.test(text);
  const problems: Problem[] = [];
  const spans: Span[] = [];
  const all = matchesOf(LOCATION_RE, text);
  for (const [k, m] of all.entries()) {
    const location = LOCATIONS.find(([w]) => w === m[2])?.[1] ?? m[2] ?? '';
    const from = clauseStart(text, m.index);
    const to = clauseEnd(text, m.index + m[0].length);
    const clause = text.slice(from, to);
    const cue = CUE_RE.exec(clause);
    const nextLoc = all[k + 1];
    const ownEnd = nextLoc !== undefined && nextLoc.index < to ? nextLoc.index : to;
    const after = SCORE_RE.exec(text.slice(m.index, ownEnd));
    const before = after ? null : SCORE_RE.exec(text.slice(from, m.index));
    // A bare score right after the clause belongs to it: "right calf tight, 3/10".
    const nextClause = text.slice(to + 1, clauseEnd(text, to + 1));
    const trailing = after || before ? null : NEXT_CLAUSE_SCORE_RE.exec(nextClause);
    const scoreAt = after ? m.index : before ? from : to + 1;
    const score = after ?? before ?? trailing;
    const fine = !score && FINE_RE.test(clause.replace(BUT_FINE_RE, ' '));
    if (!cue && !score && !fine) continue;
    if (
      location === 'back' &&
      !/\b(?:my|the|lower|upper)\s+back\b|\bback\s+(?:pain|hurts|is|aches|spasm|went)/.test(clause)
    )
      continue;
    if (negatedBefore(text, m.index) || (cue && negatedBefore(text, from + cue.index)) || fine) {
      painFree = true;
      spans.push(spanOf(m));
      continue;
    }
    spans.push(spanOf(m));
    if (cue) spans.push({ start: from + cue.index, end: from + cue.index + cue[0].length });
    const side = sideOf(m[1] ?? m[3] ?? SIDE_AFTER_RE.exec(text.slice(m.index, to))?.[1]);
    const base: PainMention = side === undefined ? { location } : { location, side };
    if (score) {
      spans.push({ start: scoreAt + score.index, end: scoreAt + score.index + score[0].length });
      const raw = higherEnd(score[1] ?? score[4], score[2] ?? score[5]);
      const outOf = score[3] === undefined ? undefined : Number(score[3]);
      const v = wholeScore(toTen(raw, outOf));
      const where = `${side === undefined ? '' : `${side} `}${location}`;
      if (!(v >= SCALE_MIN && v <= SCALE_MAX)) {
        problems.push(problem('PAIN_OUT_OF_RANGE', 'pains', { painScore: raw, location: where }));
        continue;
      }
      if (!pains.some((p) => p.location === location && p.side === side)) pains.push({ ...base, score: v });
    } else if (!pains.some((p) => p.location === location && p.side === side)) pains.push(base);
  }
  const slots: Partial<Slots> = pains.length > 0 || (painFree && problems.length === 0) ? { pains } : {};
  if (pains.length > 0 || problems.length > 0 || /\b(?:pain|hurts?|injury|niggle)\b/.test(text)) {
    if (WORSE_RE.test(text)) slots.painTrend = 'worse';
    else if (BETTER_RE.test(text)) slots.painTrend = 'better';
  }
  return { slots, problems, spans };
}
