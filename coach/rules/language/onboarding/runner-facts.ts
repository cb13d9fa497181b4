/**
 * Facts about the runner in an onboarding answer: units (`miles pls`), experience (`somewhere in
 * between, been running 2 years`), age (`i'm 41`), injuries (`dodgy left knee on and off`, `none`),
 * heart rate (`max 185 rest 52`). Pure.
 */
import { AGE_YEARS } from '../../plan/plan-limits.js';
import { MAX_HR_MAX, MAX_HR_MIN, RESTING_HR_MAX, RESTING_HR_MIN } from '../limits.js';
import { LOCATIONS } from '../pain.js';
import type { InjuryFact, Level } from './types.js';

/** The unit the runner asks for, or writes a weekly volume in. */
export function unitsFrom(text: string, asked: boolean): 'km' | 'mi' | undefined {
  if (/\b(?:imperial|in miles|miles please|miles pls|mpw)\b/.test(text)) return 'mi';
  if (/\b(?:metric|in km|km please|km pls|kilomet(?:er|re)s please)\b/.test(text)) return 'km';
  if (!asked) return undefined;
  if (/^\s*(?:mi|miles?|mile|m|imperial)\b/.test(text)) return 'mi';
  if (/^\s*(?:km|kms|k|kilomet(?:er|re)s?|kilos?|metric)\b/.test(text)) return 'km';
  return undefined;
}

const BEGINNER =
  /\b(?:beginner|newbie|novice|new to (?:running|this|it)|just (?:started|starting|getting started)|(?:total|complete|absolute) beginner|couch to 5k|c25k|never run|not really a runner|starting out|starting from scratch|returning after years)\b/;
const INTERMEDIATE =
  /\b(?:intermediate|in between|in the middle|somewhere in the middle|middle|mid|average|decent|regular runner|run regularly|fairly experienced|moderate(?:ly)?)\b/;
const ADVANCED = /\b(?:advanced|very experienced|experienced|competitive|elite|club runner|seasoned)\b/;
/** Running history below which a runner is a beginner, months (the first year of regular running). */
export const BEGINNER_BELOW_MONTHS = 12;
const YEARS =
  /\b(?:running|run|ran|been at it|jogging)\b[^.,;]{0,20}?\b(\d{1,2}(?:\.\d)?)\s*(years?|yrs?|months?|mos?)\b|\b(\d{1,2}(?:\.\d)?)\s*(years?|yrs?|months?)\s*(?:of running|running)\b/;

/**
 * The runner's level: a level word first (`beginner`, `somewhere in between`, `advanced`), else the
 * years of running (under a year → beginner, else intermediate; years alone never make a runner advanced).
 *
 * @example
 * levelFrom('somewhere in between, been running 2 years') // → 'intermediate'
 */
export function levelFrom(text: string, asked: boolean): Level | undefined {
  if (BEGINNER.test(text)) return 'beginner';
  if (ADVANCED.test(text) && !/\bnot (?:very |that )?(?:experienced|advanced)\b/.test(text))
    return 'advanced';
  if (asked ? INTERMEDIATE.test(text) : /\b(?:intermediate|somewhere in between|in between)\b/.test(text))
    return 'intermediate';
  const y = YEARS.exec(text);
  if (!y) return undefined;
  const n = Number(y[1] ?? y[3]);
  const months = /^y/.test(y[2] ?? y[4] ?? '') ? n * 12 : n;
  return months < BEGINNER_BELOW_MONTHS ? 'beginner' : 'intermediate';
}

/** The age: `i'm 41`, `41 years old`, `41yo`, `age 41`; with `asked`, a number standing alone. */
export function ageFrom(text: string, asked: boolean): number | undefined {
  const m =
    /\b(?:i'?m|i am|age[d:]?|aged)\s*(\d{2})\b(?!\s*(?:k|km|miles?|min|:|\/|bpm|%|next|soon|in \d))|\b(\d{2})\s*(?:years? old|yrs? old|yo|y\/o|y\.o\.?)\b/.exec(
      text,
    ) ?? (asked ? /(?:^|,|;|\band\b)\s*(\d{2})\s*(?:$|,|;|\band\b|\.)/.exec(text) : null);
  if (!m) return undefined;
  const age = Number(m[1] ?? m[2]);
  return age >= AGE_YEARS.min && age <= AGE_YEARS.max ? age : undefined;
}

const NO_INJURY =
  /\b(?:no injur(?:y|ies)|injury[- ]free|not injured|nothing|none|all good|healthy|no issues|no problems|no niggles|touch wood|fit and healthy)\b/;
const LOCATION = new RegExp(
  String.raw`\b(?:(left|right)\s+)?(shin splints|runner'?s knee|plantar fasciitis|stress fracture|${LOCATIONS.map(([w]) => w).join('|')})s?\b`,
);
const OLD =
  /\b(?:(?<!years? |yrs? )old|past|healed|last year|years? ago|long ago|used to|fine now|recovered)\b/;
const RECURRING =
  /\b(?:recurring|keeps? coming back|again|chronic|on and off|on off|flares? up|every so often)\b/;

/**
 * Injuries: `[]` for none, one entry for the area named (recent unless called old, recurring when it
 * comes back). Only read when the runner names a body part, or says "none" to the question.
 */
export function injuriesFrom(text: string, asked: boolean): InjuryFact[] | undefined {
  const m = LOCATION.exec(text);
  if (m) {
    const area = LOCATIONS.find(([w]) => w === m[2])?.[1] ?? m[2] ?? '';
    const side = m[1] ? `${m[1]} ` : '';
    return [{ area: `${side}${area}`, recent: !OLD.test(text), recurring: RECURRING.test(text) }];
  }
  if (/\bno injur(?:y|ies)\b|\binjury[- ]free\b|\bnot injured\b/.test(text)) return [];
  if (asked && (NO_INJURY.test(text) || /^\s*(?:no|nope|nah|n\/a|-)\b/.test(text))) return [];
  return undefined;
}

/** Max and resting heart rate: `max 185 rest 52`, `maxhr 190`, `rhr 48`, `resting 55`. */
export function heartRatesFrom(text: string): { maxHr?: number; restingHr?: number } {
  const max = Number(
    /\bmax(?:imum)?\s*(?:hr|heart ?rate)?\s*(?:is|of|=|:|~|about)?\s*(\d{3})\b/.exec(text)?.[1] ?? NaN,
  );
  const rest = Number(
    /\b(?:rest(?:ing)?|rhr)\s*(?:hr|heart ?rate)?\s*(?:is|of|=|:|~|about)?\s*(\d{2,3})\b/.exec(text)?.[1] ??
      NaN,
  );
  const okMax = max >= MAX_HR_MIN && max <= MAX_HR_MAX;
  const okRest = rest >= RESTING_HR_MIN && rest <= RESTING_HR_MAX && (!okMax || rest < max);
  return { ...(okMax ? { maxHr: max } : {}), ...(okRest ? { restingHr: rest } : {}) };
}
