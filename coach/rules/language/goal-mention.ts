/**
 * A goal race named beside a run report ("ran 10k in 50 min, training for a half in april", "change my
 * goal to a marathon, ran 10k in 45"): its distance, date and target describe the goal, never the run.
 * Pure, never throws.
 */
import type { Span } from './scan.js';

/** Words that name the goal the runner has, as opposed to changing it. */
const CONTEXT = String.raw`(?:training for|train for|prepping for|prep for|aiming for|going for)`;
const LEAD = String.raw`(?:${CONTEXT}|signed up for|registered for|entered|(?:change|changed|update|switch|set|move) (?:my |the )?(?:goal|target)(?: race)? to|new goal(?: is)?:?|(?:my )?goal(?: race)? is|(?:my )?target(?: race)? is)`;
const RACE = String.raw`(?:half marathon|half|marathon|hm|ultra|parkrun|\d{1,3}(?:\.\d)?\s*(?:k|km|miles|mile|mi)\b)(?:\s+race)?`;
const TAIL = String.raw`(?:\s+(?:(?:in|on|this|next)\s+[a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|on\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|the\s+\d{1,2}(?:st|nd|rd|th)?)|(?:in|under|sub)\s+\d[\d:.]*(?:\s*(?:min|h|hours))?))*`;
/** A run reported beside the goal: a distance, a time or a past running verb. */
/** A goal mention that opens with the goal the runner has (`CONTEXT`). */
const OPENS_WITH_CONTEXT = new RegExp(String.raw`^${CONTEXT}`);
const RUN = /\d\s*(?:k|km|miles|mi|min|m)\b|\d:\d\d|\b(?:ran|did|jogged|done|finished)\b/;
const GOAL = new RegExp(
  String.raw`\b${LEAD}\s+(?:(?:a|an|the|my|first|another)\s+)*(?:sub[- ]?\d[\d:.]*\s*(?:h\s*)?)?${RACE}${TAIL}`,
);

/**
 * Where a goal race is named. A goal change on its own ("change my goal to a marathon on 2027-04-18") is left to be read
 * as it is (its distance is the new goal's); beside a run, or said as context ("training for a half in
 * april"), it is masked.
 *
 * @example
 * goalMentionSpan('ran 10k in 50 min, training for a half in april') // → { start: 19, end: 47 }
 */
export function goalMentionSpan(text: string): Span | undefined {
  const m = GOAL.exec(text);
  if (!m) return undefined;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  const context = OPENS_WITH_CONTEXT.test(m[0]);
  return context || RUN.test(rest) ? { start: m.index, end: m.index + m[0].length } : undefined;
}
