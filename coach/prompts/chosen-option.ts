/**
 * A quick reply the runner chose, as a typed value: what a button, a keypad choice or a numbered line
 * means. The conversation core handles it directly (`coach/conversation/route-option.ts`), never as words.
 * `encodeOption` / `decodeOption` give it a stable string for channels that carry strings (Telegram
 * callback data, a `value` in the HTTP API); they round-trip, and a malformed string is refused with a code.
 */
import type { Weekday } from '../rules/calendar/weekday.js';
import type { Level } from '../rules/plan/plan-input.js';
import type { GoalDistance } from '../rules/plan/types.js';
import { err, ok, type Result } from '../rules/result.js';
import { isPersona, type Persona, type Units } from './persona.js';

/** Onboarding questions whose option says "nothing to give" (no race, no target, no injuries, skip, that's all). */
export const NONE_STEPS = ['race', 'target-time', 'injuries', 'heart-rate', 'extras'] as const;
export type NoneStep = (typeof NONE_STEPS)[number];

export const GOAL_CHOICES = [
  '5k',
  '10k',
  'half',
  'marathon',
  'fitness',
] as const satisfies readonly GoalDistance[];
export const LEVEL_CHOICES = ['beginner', 'intermediate', 'advanced'] as const satisfies readonly Level[];
export const LONG_DAY_CHOICES = ['sat', 'sun'] as const satisfies readonly Weekday[];
export const UNIT_CHOICES = ['km', 'mi'] as const satisfies readonly Units[];

export type ChosenOption =
  /** Session RPE, 1–10 (Foster's CR-10), for the run the coach asked about. */
  | { readonly kind: 'rpe'; readonly value: number }
  /** Accept or keep the original after an adaptation; `ids`: the decisions offered (absent: all pending). */
  | { readonly kind: 'decision'; readonly answer: 'accept' | 'keep'; readonly ids?: readonly string[] }
  /** Yes / No to "delete everything?". */
  | { readonly kind: 'confirm'; readonly answer: 'yes' | 'no' }
  | { readonly kind: 'persona'; readonly persona: Persona }
  /** Onboarding choices: each fills its slot. */
  | { readonly kind: 'units'; readonly units: (typeof UNIT_CHOICES)[number] }
  | { readonly kind: 'goal'; readonly goal: (typeof GOAL_CHOICES)[number] }
  | { readonly kind: 'level'; readonly level: (typeof LEVEL_CHOICES)[number] }
  | { readonly kind: 'long-day'; readonly day: (typeof LONG_DAY_CHOICES)[number] }
  /** "No race", "No target", "None", "Skip", "That's all": the question's slot has nothing to give. */
  | { readonly kind: 'none'; readonly step: NoneStep };

export type OptionDecodeError = 'OPTION_MALFORMED';

/** Decision ids as the repositories make them (UUIDs); nothing else may ride in an encoded option. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longest encoded option read, in characters (a handful of decision ids). */
export const MAX_ENCODED_OPTION_LENGTH = 512;

const DECISION_WORDS = { accept: 'accept', keep: 'keep_original' } as const;

const includes = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/**
 * The stable string for an option.
 *
 * @example
 * encodeOption({ kind: 'rpe', value: 6 });                   // 'rpe:6'
 * encodeOption({ kind: 'decision', answer: 'keep' });        // 'keep_original'
 * encodeOption({ kind: 'decision', answer: 'accept', ids: [id] }); // `accept:${id}`
 * encodeOption({ kind: 'none', step: 'race' });              // 'none:race'
 */
export function encodeOption(option: ChosenOption): string {
  switch (option.kind) {
    case 'rpe':
      return `rpe:${option.value}`;
    case 'decision': {
      const word = DECISION_WORDS[option.answer];
      return option.ids && option.ids.length > 0 ? `${word}:${option.ids.join(',')}` : word;
    }
    case 'confirm':
      return option.answer;
    case 'persona':
      return `persona:${option.persona}`;
    case 'units':
      return `units:${option.units}`;
    case 'goal':
      return `goal:${option.goal}`;
    case 'level':
      return `level:${option.level}`;
    case 'long-day':
      return `long-day:${option.day}`;
    case 'none':
      return `none:${option.step}`;
  }
}

const malformed = (value: string) =>
  err('OPTION_MALFORMED' as const, 'That is not an option the coach offers.', {
    value: value.slice(0, 64),
  });

/**
 * The option an encoded string stands for; `OPTION_MALFORMED` for anything `encodeOption` cannot produce.
 *
 * @example
 * decodeOption('rpe:6');   // ok({ kind: 'rpe', value: 6 })
 * decodeOption('rpe:11');  // err('OPTION_MALFORMED', …)
 * decodeOption('accept');  // ok({ kind: 'decision', answer: 'accept' })
 */
export function decodeOption(value: string): Result<ChosenOption, OptionDecodeError> {
  if (value.length === 0 || value.length > MAX_ENCODED_OPTION_LENGTH) return malformed(value);
  if (value === 'yes' || value === 'no') return ok({ kind: 'confirm', answer: value });
  const colon = value.indexOf(':');
  const head = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? undefined : value.slice(colon + 1);
  const answer = head === 'accept' ? 'accept' : head === 'keep_original' ? 'keep' : undefined;
  if (answer) {
    if (rest === undefined) return ok({ kind: 'decision', answer });
    const ids = rest.split(',');
    if (!ids.every((id) => ID.test(id))) return malformed(value);
    return ok({ kind: 'decision', answer, ids });
  }
  if (rest === undefined) return malformed(value);
  switch (head) {
    case 'rpe': {
      if (!/^(10|[1-9])$/.test(rest)) return malformed(value);
      return ok({ kind: 'rpe', value: Number(rest) });
    }
    case 'persona':
      return isPersona(rest) ? ok({ kind: 'persona', persona: rest }) : malformed(value);
    case 'units':
      return includes(UNIT_CHOICES, rest) ? ok({ kind: 'units', units: rest }) : malformed(value);
    case 'goal':
      return includes(GOAL_CHOICES, rest) ? ok({ kind: 'goal', goal: rest }) : malformed(value);
    case 'level':
      return includes(LEVEL_CHOICES, rest) ? ok({ kind: 'level', level: rest }) : malformed(value);
    case 'long-day':
      return includes(LONG_DAY_CHOICES, rest) ? ok({ kind: 'long-day', day: rest }) : malformed(value);
    case 'none':
      return includes(NONE_STEPS, rest) ? ok({ kind: 'none', step: rest }) : malformed(value);
    default:
      return malformed(value);
  }
}
