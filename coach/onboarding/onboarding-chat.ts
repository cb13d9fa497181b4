/**
 * Onboarding as a conversation, for channels where the runner answers one question at a time (terminal,
 * Telegram, phone). Each answer is read with the language parser plus a few step-specific words; a
 * sloppy answer gets the same question again, saying so. After the last answer the plan is built.
 */
import type { Athlete, AthletePatch, Persona } from '../model/athlete.js';
import type { OnboardingStep } from '../prompts/coach-message.js';
import { toPersona } from '../prompts/persona.js';
import { WEEKDAYS, type Weekday } from '../rules/calendar/weekday.js';
import { parseMessage } from '../rules/language/parse-message.js';
import type { Level } from '../rules/plan/plan-input.js';
import type { GoalDistance } from '../rules/plan/types.js';
import { formatDuration } from '../rules/units/duration.js';
import { METERS_PER_MILE } from '../rules/units/race-distance.js';
import { birthYearFromAge, type OnboardingProfile } from './profile.js';

/** What the runner has answered so far (kept in the athlete's profile between messages). */
export interface OnboardingDraft {
  readonly step: OnboardingStep;
  readonly units?: 'km' | 'mi';
  readonly race?: { readonly distance: string; readonly time: string } | null;
  readonly goal?: GoalDistance;
  readonly raceDate?: string;
  readonly targetTime?: string | null;
  readonly days?: readonly Weekday[];
  readonly longDay?: Weekday;
  readonly weeklyKm?: number;
  readonly weeklyMinutes?: number;
  readonly longestRunKm?: number;
  readonly level?: Level;
  readonly age?: number;
  readonly injuries?: readonly {
    readonly area: string;
    readonly recent: boolean;
    readonly recurring: boolean;
  }[];
  readonly maxHr?: number;
  readonly restingHr?: number;
  readonly persona?: Persona;
}

/** The questions in order; race-date and target-time are skipped for general fitness. */
export const ONBOARDING_STEPS: readonly OnboardingStep[] = [
  'units',
  'race',
  'goal',
  'race-date',
  'target-time',
  'days',
  'long-day',
  'volume',
  'longest-run',
  'experience',
  'age',
  'injuries',
  'heart-rate',
  'persona',
];

function stepsFor(draft: OnboardingDraft): OnboardingStep[] {
  return ONBOARDING_STEPS.filter(
    (s) => draft.goal !== 'fitness' || (s !== 'race-date' && s !== 'target-time'),
  );
}

/** How many questions follow `step`. */
export function remainingAfter(draft: OnboardingDraft): number {
  const steps = stepsFor(draft);
  return steps.length - 1 - steps.indexOf(draft.step);
}

const NO = /^\s*(no|none|nope|nothing|skip|no[- ]race|no[- ]target|n\/a|-)\b/i;
const GOALS: Readonly<Record<string, GoalDistance>> = {
  '5k': '5k',
  '10k': '10k',
  half: 'half',
  'half marathon': 'half',
  hm: 'half',
  marathon: 'marathon',
  full: 'marathon',
  fitness: 'fitness',
  'general fitness': 'fitness',
  general: 'fitness',
};
const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];
const INJURY_OLD = /\b(old|past|healed|last year|long ago)\b/i;
const INJURY_RECURRING = /\b(recurring|keeps coming back|again|chronic|on and off)\b/i;

type Answer = { ok: true; draft: OnboardingDraft } | { ok: false };

/** Reads the answer to the current step; `{ ok: false }` when it cannot be used (ask again). */
export function answerStep(draft: OnboardingDraft, raw: string, today: string): Answer {
  const text = raw.trim().toLowerCase();
  const units = draft.units ?? 'km';
  const parsed = parseMessage(raw, { today, units });
  const s = parsed.slots;
  const yes = (next: Partial<OnboardingDraft>): Answer => ({ ok: true, draft: { ...draft, ...next } });
  const perUnitKm = units === 'mi' ? METERS_PER_MILE / 1000 : 1;
  const bareNumber = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text)?.[1]?.replace(',', '.');

  switch (draft.step) {
    case 'units':
      if (/\b(mi|miles?|imperial)\b/.test(text)) return yes({ units: 'mi' });
      if (/\b(km|kilomet(er|re)s?|metric)\b/.test(text)) return yes({ units: 'km' });
      return { ok: false };
    case 'race':
      if (NO.test(text)) return yes({ race: null });
      if (s.distanceM !== undefined && s.durationS !== undefined && parsed.problems.length === 0) {
        return yes({ race: { distance: `${s.distanceM}m`, time: formatDuration(s.durationS) } });
      }
      return { ok: false };
    case 'goal': {
      const goal = GOALS[text.replace(/[^a-z0-9 ]/g, '').trim()];
      return goal ? yes({ goal }) : { ok: false };
    }
    case 'race-date': {
      const iso =
        /\b(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1] ?? (s.date && s.date > today ? s.date : undefined);
      return iso && iso > today ? yes({ raceDate: iso }) : { ok: false };
    }
    case 'target-time':
      if (NO.test(text)) return yes({ targetTime: null });
      return s.durationS !== undefined ? yes({ targetTime: formatDuration(s.durationS) }) : { ok: false };
    case 'days': {
      const days = s.days ?? WEEKDAYS.filter((d) => new RegExp(`\\b${d}`).test(text));
      return days.length > 0 ? yes({ days: WEEKDAYS.filter((d) => days.includes(d)) }) : { ok: false };
    }
    case 'long-day': {
      const day = s.longDay ?? s.days?.[0] ?? WEEKDAYS.find((d) => new RegExp(`\\b${d}`).test(text));
      if (!day) return { ok: false };
      return yes({
        longDay: day,
        days: draft.days?.includes(day) ? draft.days : [...(draft.days ?? []), day],
      });
    }
    case 'volume':
      if (/\bmin/.test(text) && s.durationS !== undefined)
        return yes({ weeklyMinutes: Math.round(s.durationS / 60) });
      if (s.distanceM !== undefined) return yes({ weeklyKm: s.distanceM / 1000 });
      if (bareNumber !== undefined) return yes({ weeklyKm: Number(bareNumber) * perUnitKm });
      return NO.test(text) ? yes({ weeklyKm: 0 }) : { ok: false };
    case 'longest-run':
      if (s.distanceM !== undefined) return yes({ longestRunKm: s.distanceM / 1000 });
      if (bareNumber !== undefined) return yes({ longestRunKm: Number(bareNumber) * perUnitKm });
      return NO.test(text) ? yes({ longestRunKm: 0 }) : { ok: false };
    case 'experience': {
      const level = LEVELS.find((l) => text.includes(l.slice(0, 5)));
      return level ? yes({ level }) : { ok: false };
    }
    case 'age': {
      const age = Number(/\b(\d{2})\b/.exec(text)?.[1]);
      return age >= 12 && age <= 100 ? yes({ age }) : { ok: false };
    }
    case 'injuries': {
      if (NO.test(text)) return yes({ injuries: [] });
      const area =
        s.pains?.[0]?.location ??
        text
          .replace(/[^a-z ]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 40);
      if (area.length === 0) return { ok: false };
      return yes({
        injuries: [{ area, recent: !INJURY_OLD.test(text), recurring: INJURY_RECURRING.test(text) }],
      });
    }
    case 'heart-rate': {
      if (NO.test(text)) return yes({});
      const max = s.maxHr ?? Number(/\bmax\D{0,5}(\d{3})/.exec(text)?.[1] ?? NaN);
      const rest = s.restingHr ?? Number(/\b(rest|resting|rhr)\D{0,5}(\d{2,3})/.exec(text)?.[2] ?? NaN);
      const next: Partial<OnboardingDraft> = {
        ...(max >= 120 && max <= 230 ? { maxHr: max } : {}),
        ...(rest >= 30 && rest <= 100 && (!(max >= 120) || rest < max) ? { restingHr: rest } : {}),
      };
      return Object.keys(next).length > 0 ? yes(next) : { ok: false };
    }
    case 'persona': {
      const persona =
        toPersona(text.replace(/^persona:/, '')) ?? (s.persona ? toPersona(s.persona) : undefined);
      return persona ? yes({ persona }) : { ok: false };
    }
    default:
      return { ok: false };
  }
}

/** The step after the current one, or undefined when the draft is complete. */
export function nextStep(draft: OnboardingDraft): OnboardingStep | undefined {
  const steps = stepsFor(draft);
  return steps[steps.indexOf(draft.step) + 1];
}

/** The finished draft as the plan builder's profile plus what belongs on the athlete record. */
export function completeDraft(
  draft: OnboardingDraft,
  athlete: Athlete,
  today: string,
): { profile: OnboardingProfile; patch: AthletePatch } {
  const days = draft.days ?? ['tue', 'thu', 'sat', 'sun'];
  const longDay = draft.longDay ?? days.at(-1)!;
  const profile: OnboardingProfile = {
    goal: {
      distance: draft.goal ?? 'fitness',
      ...(draft.raceDate ? { raceDate: draft.raceDate } : {}),
      ...(draft.targetTime ? { targetTime: draft.targetTime } : {}),
    },
    days,
    longDay,
    level: draft.level ?? 'beginner',
    ...(draft.race ? { race: draft.race } : {}),
    ...(draft.weeklyMinutes !== undefined ? { weeklyMinutes: draft.weeklyMinutes } : {}),
    ...(draft.weeklyKm !== undefined ? { weeklyKm: draft.weeklyKm } : {}),
    ...(draft.longestRunKm !== undefined ? { longestRunKm: draft.longestRunKm } : {}),
    ...(draft.age !== undefined ? { age: draft.age } : {}),
    ...(draft.injuries ? { injuries: draft.injuries } : {}),
  };
  const patch: AthletePatch = {
    units: draft.units ?? athlete.units,
    persona: draft.persona ?? athlete.persona,
    ...(draft.age !== undefined ? { birthYear: birthYearFromAge(draft.age, today) } : {}),
    ...(draft.maxHr !== undefined ? { maxHr: draft.maxHr } : {}),
    ...(draft.restingHr !== undefined ? { restingHr: draft.restingHr } : {}),
  };
  return { profile, patch };
}
