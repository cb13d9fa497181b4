/**
 * A recent race in an onboarding answer: `did a 10k in 55 min last month`, `5k pb 24:30`, `parkrun
 * 27:40`, `ran the half in 1:58`, `24:30 for 5k`; or none: `never raced`, `no race`, `haven't raced`.
 * Pure.
 */
import { extractDuration } from '../duration.js';
import { SLOWEST_PACE_S_PER_KM, fastestPossibleSeconds } from '../limits.js';

export interface RaceHit {
  readonly distanceM: number;
  readonly durationS: number;
}

const DISTANCES: readonly (readonly [RegExp, number])[] = [
  [/\bhalf[- ]?marathon\b|\bhalf\b|\bhm\b|\b13\.1\b/, 21097.5],
  [/\bmarathon\b|\b26\.2\b/, 42195],
  [/\b10\s*miles?\b|\b10\s*mi\b/, 16093.44],
  [/\b10\s*k(?:m)?\b|\b10\s*kilomet(?:er|re)s?\b/, 10000],
  [/\b15\s*k(?:m)?\b/, 15000],
  [/\b5\s*k(?:m)?\b|\b5\s*kilomet(?:er|re)s?\b|\bparkrun\b/, 5000],
  [/\b(?:1|one|a)\s*mile\b/, 1609.344],
];

/** Says there is no recent race. */
export const NO_RACE =
  /\b(?:never (?:raced|done a race|run a race|ran a race|entered)|no (?:recent )?races?|not raced|haven'?t (?:raced|done (?:a|any) races?|run a race)|never done (?:one|any)|no race results?|don'?t race|not a racer)\b/;

/** Words that make a time a target, not a result. */
const TARGET_WORD = /\b(?:sub|under|target|aim(?:ing)?|goal|hoping|hope|break|want|wanna)\b/;
const TARGET_BEFORE = new RegExp(String.raw`${TARGET_WORD.source}[^,.;]*$`);

function possible(meters: number, seconds: number): boolean {
  return seconds >= fastestPossibleSeconds(meters) && seconds <= (SLOWEST_PACE_S_PER_KM * meters) / 1000;
}

/**
 * The first distance with a possible time within a few words after (or just before) it. A distance
 * followed by a week word (`25k a week`) is a volume, not a race.
 *
 * @example
 * raceFrom('did a 10k in 55 min last month') // → { distanceM: 10000, durationS: 3300 }
 */
export function raceFrom(text: string): RaceHit | undefined {
  const hits: (RaceHit & { at: number })[] = [];
  for (const [re, meters] of DISTANCES) {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) {
      const at = m.index ?? 0;
      const after = text.slice(at + m[0].length, at + m[0].length + 30);
      if (/^\s*(?:a|per|\/|each)?\s*(?:week|wk)\b|^\s*weekly\b/.test(after)) continue;
      const before = text.slice(Math.max(0, at - 40), at);
      if (TARGET_BEFORE.test(before)) continue;
      const clause = after.split(/[,;]|\band\b|\bbut\b/)[0] ?? '';
      const inClause = extractDuration(clause).hit;
      if (inClause && TARGET_WORD.test(clause.slice(0, inClause.start))) continue;
      const d = inClause ?? extractDuration(before.split(/[,;]/).pop() ?? '').hit;
      if (!d) continue;
      const s = [d.seconds, d.asHoursMinutes].find((x) => x !== undefined && possible(meters, x));
      if (s !== undefined) hits.push({ distanceM: meters, durationS: s, at });
    }
  }
  const first = hits.sort((a, b) => a.at - b.at)[0];
  return first ? { distanceM: first.distanceM, durationS: first.durationS } : undefined;
}
