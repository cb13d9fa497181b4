/**
 * The goal and the target time in an onboarding answer: `half marathon in april`, `a marathon`, `my
 * first 5k`, `hm`, `just get fitter`; `sub 2`, `under 4 hours`, `aiming for 1:55`, `no target`, `just
 * finish`. Pure.
 */
import { MONTH_RE } from '../dates.js';
import { extractDuration } from '../duration.js';
import { maskSpans } from '../scan.js';
import type { GoalDistance } from './types.js';

const GOAL_WORDS: readonly (readonly [RegExp, GoalDistance])[] = [
  [
    /\bhalf[- ]?marathons?\b|\bhalf[- ]?mara\b|\bhm\b|\b21(?:\.1)?\s*k(?:m)?\b|\b13\.1\b|\bhalf\b(?!\s*(?:an? )?(?:hour|way|of))/,
    'half',
  ],
  [/\bmarathons?\b|\bfull\b(?!\s*time)|\b42(?:\.2)?\s*k(?:m)?\b|\b26\.2\b/, 'marathon'],
  [/\b10\s*k(?:m)?\b|\b10\s*kilomet(?:er|re)s?\b|\bten ?k\b/, '10k'],
  [/\b5\s*k(?:m)?\b|\b5\s*kilomet(?:er|re)s?\b|\bparkrun\b|\bcouch to 5k\b|\bc25k\b/, '5k'],
  [
    /\b(?:general )?fitness\b|\bget(?:ting)? (?:fit|fitter|back in shape|in shape)\b|\bstay(?:ing)? (?:fit|healthy|in shape)\b|\bhealth\b|\blose weight\b/,
    'fitness',
  ],
];
/** Only as the answer to the goal question: no race in mind. */
const NO_RACE_GOAL =
  /^\s*(?:no (?:specific )?race|nothing(?: specific)?|none|no|nope|not really|just (?:to )?(?:run|enjoy|keep running)|general)\b/;
/** Words that say the distance is the runner's goal (`training for`, `my first`, `signed up for`). */
const GOAL_CUE =
  /\b(?:training for|train for|prepping for|preparing for|signed up|entered|registered|doing|do|run|running|my first|first|goal|aim|want|wanna|hoping|planning|target|build(?:ing)? (?:up )?to|get(?:ting)? ready for)\b/;
/** A recent result, not a goal: `did a 10k in 55 min`, `5k pb 24:30`. */
const RESULT_AFTER =
  /^\s*(?:race|pb|pr|best|time)?\s*(?:in|of|at|was|is|:|=|-)?\s*(?:about|around|like|~|just under|under)?\s*(?:\d{1,2}:\d{2}|\d{1,3}\s*(?:min|hours|h|hr)\b|an? hour)/;
/** A distance followed by when it is (`half in april`, `10k on 2027-05-02`) is a goal. */
const WHEN_AFTER = new RegExp(
  String.raw`^\s*(?:(?:in|on)\s+(?:${MONTH_RE}|\d|the|next|this|spring|summer|autumn|fall|winter)|\d{4}-\d{2}-\d{2}|(?:next|this) (?:year|spring|summer|autumn|fall|winter|month))`,
);

/**
 * The goal distance named in `text` (normalized, lower case), or undefined. With `asked` (the goal
 * question) a bare distance counts; otherwise it needs a goal word, so `did a 10k in 55 min` is not a goal.
 *
 * @example
 * goalFrom('training for my first half in april', false) // → 'half'
 */
export function goalFrom(text: string, asked: boolean): GoalDistance | undefined {
  let best: { goal: GoalDistance; at: number } | undefined;
  for (const [re, goal] of GOAL_WORDS) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (
      goal !== 'fitness' &&
      RESULT_AFTER.test(after) &&
      !/\b(?:sub|under|target|aim|goal)\b/.test(after.slice(0, 12))
    )
      continue;
    if (goal !== 'fitness' && /\b(?:did|ran|raced|done|finished|completed|last)\b[^,.;]*$/.test(before))
      continue;
    if (!asked && goal !== 'fitness' && !GOAL_CUE.test(before) && !WHEN_AFTER.test(after)) continue;
    if (best === undefined || m.index < best.at) best = { goal, at: m.index };
  }
  if (best === undefined && asked && NO_RACE_GOAL.test(text)) return 'fitness';
  return best?.goal;
}

/** Race distances in km, to tell a 1:50 half (h:mm) from a 1:50 5K (impossible). */
const GOAL_KM: Readonly<Record<GoalDistance, number>> = {
  '5k': 5,
  '10k': 10,
  half: 21.0975,
  marathon: 42.195,
  fitness: 10,
};
/** Fastest and slowest race pace read as a target, s/km (world-record pace ~2:40/km; a brisk walk ~12:00/km). */
const TARGET_PACE_S_PER_KM = { min: 150, max: 720 } as const;

const NO_TARGET =
  /\b(?:no (?:target|time|goal time|idea)|not (?:fussed|bothered|sure)|just (?:to )?(?:finish|complete|get round|get around|enjoy)|(?:want|wanna|aim|hope|hoping) to (?:finish|complete|get round|enjoy it)|finish(?:ing)? (?:it|in one piece)|don'?t (?:mind|care|know)|idk|no clue|whatever|none)\b/;
/** An explicit "no target" inside a longer answer. */
const NO_TARGET_IN_LIST =
  /\b(?:no (?:target|time goal|goal time)|not (?:fussed|bothered) about (?:time|the time)|just (?:to )?finish|(?:want|wanna|aim|hope|hoping) to (?:finish|complete|get round))\b/;
const TARGET_CUE =
  /\b(?:sub|under|target(?:ing)?|aim(?:ing)?(?: for)?|goal(?: time)?(?: is| of)?|hoping for|hope for|break|go under|get under|shooting for|want to run|wanna run|would like)\s*(?:a|an)?\s*(?:about|around)?\s*(\d{1,2}(?::\d{2}){0,2}(?:\.\d+)?)\s*(h|hr|hrs|hours?|min|mins|minutes)?/;

function plausible(seconds: number, goal: GoalDistance): boolean {
  const pace = seconds / GOAL_KM[goal];
  return pace >= TARGET_PACE_S_PER_KM.min && pace <= TARGET_PACE_S_PER_KM.max;
}

/**
 * The target time in seconds, `null` for "no target", undefined when none is said. `sub 2` is read in the
 * unit that gives a possible pace for the goal (hours for a half, minutes for a 5K).
 *
 * @example
 * targetFrom('sub 2 would be nice', 'half', false) // → 7200
 */
export function targetFrom(
  text: string,
  goal: GoalDistance,
  asked: 'target' | 'extras' | false,
): number | null | undefined {
  const cue = TARGET_CUE.exec(text);
  if (cue) {
    const raw = cue[1] ?? '';
    const unit = cue[2] ?? '';
    const readings: number[] = [];
    if (raw.includes(':')) {
      const parts = raw.split(':').map(Number);
      if (parts.length === 3) readings.push(parts[0]! * 3600 + parts[1]! * 60 + parts[2]!);
      else readings.push(parts[0]! * 3600 + parts[1]! * 60, parts[0]! * 60 + parts[1]!);
    } else {
      const n = Number(raw);
      if (/^h/.test(unit)) readings.push(n * 3600);
      else if (/^m/.test(unit)) readings.push(n * 60);
      else readings.push(n * 3600, n * 60);
    }
    const s = readings.find((r) => plausible(r, goal));
    if (s !== undefined) return Math.round(s);
  }
  if (!asked) return undefined;
  if (asked === 'target' && (NO_TARGET.test(text) || /^\s*(?:no|nope|nah|n\/a|-)\b/.test(text))) return null;
  // In the closing question's list ("41, no injuries") only an explicit "no target" is one.
  if (asked === 'extras' && NO_TARGET_IN_LIST.test(text)) return null;
  const found = extractDuration(text);
  const d = found.hit;
  // Only a time on its own ("1:55", "about 4 hours") is a target: "did a 10k in 50" is a race.
  if (
    !d ||
    !/^[\s~.!,]*(?:about|around|maybe|like|ideally|hopefully|ish|or so|\?)*[\s~.!,?]*$/.test(
      maskSpans(text, found.spans).replace(
        /\b(?:about|around|maybe|like|ideally|hopefully|ish|or so)\b/g,
        ' ',
      ),
    )
  )
    return undefined;
  const s = [d.seconds, d.asHoursMinutes].find((r) => r !== undefined && plausible(r, goal));
  return s;
}
