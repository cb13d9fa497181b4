/**
 * The "why" of each session as a code with facts; coach/prompts words it (`templates/purpose-words.ts`)
 * in the runner's persona and channel. The builder's code follows the session's role; the week's note
 * (a down week, the taper) and the race's name ride along as facts.
 */
import type { GoalDistance, Phase, Purpose, PurposeCode } from './types.js';
import { PURPOSE_CODES } from './types.js';

export type PurposeKey =
  | 'easy'
  | 'easy-strides'
  | 'long'
  | 'medium-long'
  | 'recovery'
  | 'long-marathon-pace'
  | 'long-threshold'
  | 'run-walk'
  | 'long-run-walk'
  | 'tempo'
  | 'cruise'
  | 'intervals'
  | 'repetitions'
  | 'marathon-pace'
  | 'hills'
  | 'shakeout'
  | 'race';

const CODES: Readonly<Record<PurposeKey, PurposeCode>> = {
  easy: 'EASY',
  'easy-strides': 'EASY_STRIDES',
  long: 'LONG',
  'medium-long': 'MEDIUM_LONG',
  recovery: 'RECOVERY',
  'long-marathon-pace': 'LONG_MARATHON_PACE',
  'long-threshold': 'LONG_THRESHOLD',
  'run-walk': 'RUN_WALK',
  'long-run-walk': 'LONG_RUN_WALK',
  tempo: 'TEMPO',
  cruise: 'CRUISE',
  intervals: 'INTERVALS',
  repetitions: 'REPETITIONS',
  'marathon-pace': 'MARATHON_PACE',
  hills: 'HILLS',
  shakeout: 'SHAKEOUT',
  race: 'RACE',
};

/** The builder's purposes whose line names the goal race (the `goal` fact). */
const NAMES_GOAL: ReadonlySet<PurposeKey> = new Set([
  'long',
  'medium-long',
  'long-marathon-pace',
  'long-threshold',
  'race',
]);

/** A session without a purpose (a rest day the rules added). */
export const NO_PURPOSE: Purpose = { code: 'NONE' };

/**
 * A purpose of `code` with its facts (none: no `facts` key, so the JSON stays small).
 *
 * @example
 * purposeOf('BACK_AFTER_BREAK', { daysOff: 9, keepPercent: 70, easyOnly: 1 });
 */
export function purposeOf(code: PurposeCode, facts?: Readonly<Record<string, number | string>>): Purpose {
  return facts === undefined || Object.keys(facts).length === 0 ? { code } : { code, facts };
}

/**
 * The purpose for a session the builder plans: its role's code, the goal where the line names it, and the
 * week's note (`down` before `taper`; the race carries none).
 *
 * @example
 * sessionPurpose('long', 'half', 'build', false); // { code: 'LONG', facts: { goal: 'half' } }
 * sessionPurpose('easy', '10k', 'base', true);    // { code: 'EASY', facts: { week: 'down' } }
 */
export function sessionPurpose(
  key: PurposeKey,
  goal: GoalDistance,
  phase: Phase,
  downWeek: boolean,
): Purpose {
  const facts: Record<string, string> = {};
  if (NAMES_GOAL.has(key)) facts.goal = goal;
  if (key !== 'race') {
    if (downWeek) facts.week = 'down';
    else if (phase === 'taper') facts.week = 'taper';
  }
  return purposeOf(CODES[key], facts);
}

const CODE_SET: ReadonlySet<string> = new Set(PURPOSE_CODES);

/**
 * A stored purpose read back: a code with facts as it is, an English line stored before purposes were
 * codes as `LEGACY` carrying its text (shown as it was), an empty or missing one as `NONE`.
 *
 * @example
 * readPurpose('Aerobic base, easy.'); // { code: 'LEGACY', facts: { text: 'Aerobic base, easy.' } }
 * readPurpose({ code: 'EASY' });      // { code: 'EASY' }
 */
export function readPurpose(raw: unknown): Purpose {
  if (typeof raw === 'string') {
    const text = raw.trim();
    return text === '' ? NO_PURPOSE : { code: 'LEGACY', facts: { text: raw } };
  }
  if (typeof raw !== 'object' || raw === null) return NO_PURPOSE;
  const { code, facts } = raw as { code?: unknown; facts?: unknown };
  if (typeof code !== 'string' || !CODE_SET.has(code)) return NO_PURPOSE;
  if (typeof facts !== 'object' || facts === null) return { code: code as PurposeCode };
  const kept: Record<string, number | string> = {};
  let n = 0;
  for (const k in facts) {
    if (!Object.hasOwn(facts, k)) continue;
    const v = (facts as Record<string, unknown>)[k];
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) {
      kept[k] = v;
      n++;
    }
  }
  // As `purposeOf`: no facts kept, no `facts` key.
  return n === 0 ? { code: code as PurposeCode } : { code: code as PurposeCode, facts: kept };
}

/**
 * A purpose as clients send a session back (the `runloop plan --json` and API shape: `purpose` text with
 * `purposeCode` and `purposeFacts`): the code and facts when there is a code, else the text as `LEGACY`.
 *
 * @example
 * clientPurpose({ purpose: 'Easy, conversational …', purposeCode: 'EASY' }); // { code: 'EASY' }
 * clientPurpose({ purpose: 'Aerobic base, easy.' }); // { code: 'LEGACY', facts: { text: 'Aerobic base, easy.' } }
 */
export function clientPurpose(session: {
  readonly purpose?: unknown;
  readonly purposeCode?: unknown;
  readonly purposeFacts?: unknown;
}): Purpose {
  if (
    typeof session.purposeCode === 'string' &&
    session.purposeCode !== 'LEGACY' &&
    CODE_SET.has(session.purposeCode)
  )
    return readPurpose({ code: session.purposeCode, facts: session.purposeFacts });
  return readPurpose(session.purpose);
}
