/**
 * The coach voices a runner can pick, and the channels a reply goes out on. A persona changes how a reply
 * sounds, never what it says: numbers, options and safety text come from the engine and the templates.
 */

/** The four coach voices (issue 5 §3): three original personas plus a neutral one. */
export const PERSONAS = ['neutral', 'drill-sergeant', 'hype', 'best-friend'] as const;
export type Persona = (typeof PERSONAS)[number];

/** Where a reply is read or heard. Voice replies are spoken mid-run, so they are short. */
export const CHANNELS = ['chat', 'telegram', 'voice', 'terminal'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The runner's distance unit preference. */
export type Units = 'km' | 'mi';

/** Display names and one-line descriptions (used by onboarding and "change persona"). */
export const PERSONA_INFO: Readonly<Record<Persona, { readonly name: string; readonly blurb: string }>> =
  Object.freeze({
    neutral: { name: 'Neutral', blurb: 'plain and clear, just the facts and the why' },
    'drill-sergeant': {
      name: 'Drill Sergeant',
      blurb: 'tough, short orders, no excuses (but never reckless)',
    },
    hype: { name: 'Hype Coach', blurb: 'high energy, celebrates every step forward' },
    'best-friend': { name: 'Best Friend', blurb: 'warm, encouraging, in your corner' },
  });

const ALIASES: Readonly<Record<string, Persona>> = {
  neutral: 'neutral',
  plain: 'neutral',
  'drill-sergeant': 'drill-sergeant',
  drill: 'drill-sergeant',
  sergeant: 'drill-sergeant',
  tough: 'drill-sergeant',
  hype: 'hype',
  'hype-coach': 'hype',
  'best-friend': 'best-friend',
  friend: 'best-friend',
  bestfriend: 'best-friend',
  warm: 'best-friend',
};

/**
 * Maps a persona name as channels or the parser spell it (`'friend'`, `'drill'`, `'Hype Coach'`) to a
 * `Persona`, or `undefined` when it names none.
 *
 * @example
 * toPersona('friend');        // 'best-friend'
 * toPersona('Drill Sergeant'); // 'drill-sergeant'
 * toPersona('pirate');        // undefined
 */
export function toPersona(name: string): Persona | undefined {
  return ALIASES[
    name
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
  ];
}

/**
 * True when `value` is one of the four personas.
 *
 * @example
 * isPersona('hype'); // true
 */
export function isPersona(value: unknown): value is Persona {
  return typeof value === 'string' && (PERSONAS as readonly string[]).includes(value);
}
