/**
 * A reply to the RPE question, as runners type it: a leading 1–10 score, maybe hedged ("prob a 7"),
 * maybe out of ten ("4/10 tbh"), maybe followed by words ("4, felt ok"). Read only while the coach waits
 * for an RPE: out of that context "4, felt ok" is not a rating.
 */
import { RPE_MAX, RPE_MIN } from './limits.js';

const HEDGE = String.raw`(?:prob(?:ably)?|maybe|about|around|roughly|like|i'?d say|i guess|say|hmm+|um+|uh+|erm+|ok(?:ay)?|so|idk|honestly|tbh|a)`;
const REPLY = new RegExp(
  String.raw`^(?:${HEDGE}[\s,.]+)*(\d{1,2})(?:\s*(?:\/|out of)\s*10)?(?=$|[\s,.;:!?)~-])(.*)$`,
  's',
);
/** Words right after the number that make it a distance, a time or a count, not a rating. */
const NOT_A_RATING =
  /^\s*(?:k|km|kms|kilomet\w*|mi|miles?|m|min|mins|minutes?|h|hrs?|hours?|sec\w*|x|reps?|am|pm|days?|weeks?|times|bpm|laps?|:\d)\b/i;

/**
 * The RPE (1–10) a reply to the RPE question gives, or undefined when it does not start with one.
 *
 * @example
 * readRpeReply('4, felt ok'); // 4
 * readRpeReply('prob a 7');   // 7
 * readRpeReply('5k easy');    // undefined (a distance)
 * readRpeReply('11');         // undefined (out of the scale; the parser asks again)
 */
export function readRpeReply(text: string): number | undefined {
  const match = REPLY.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const value = Number(match[1]);
  const rest = match[2] ?? '';
  if (value < RPE_MIN || value > RPE_MAX) return undefined;
  if (NOT_A_RATING.test(rest) || /\d/.test(rest)) return undefined;
  return value;
}
