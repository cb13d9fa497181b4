/**
 * Onboarding templates: the questions, the one-line confirmation of what the runner's last message gave,
 * and the note when a message was a question or a run report rather than an answer.
 */
import type { ExtraAsk, OnboardingStep, OnboardingUnderstood, ReplyOption } from '../coach-message.js';
import type { CoachMessage } from '../coach-message.js';
import {
  formatClock,
  formatDate,
  formatDistance,
  formatMinutes,
  oneDecimal,
  WEEKDAY_NAMES,
} from '../format.js';
import { offer, PERSONA_OPTIONS } from '../options.js';
import { PERSONAS, PERSONA_INFO } from '../persona.js';
import type { Units } from '../persona.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';

type Asked = Extract<CoachMessage, { kind: 'onboarding-question' }>;

interface Question {
  readonly text: (units: Units, m: Asked) => string;
  /** The short (phone) form; the text's first sentence when absent. */
  readonly spoken?: (units: Units, m: Asked) => string;
  readonly options?: readonly ReplyOption[];
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const DAY_NAMES = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const GOAL_NAMES = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  fitness: 'general fitness',
};

function monthName(m: { year: number; month: number }): string {
  return `${MONTH_NAMES[m.month - 1] ?? ''} ${m.year}`;
}
function count(c: { min: number; max: number }): string {
  return c.min === c.max ? `${c.min}` : `${c.min} or ${c.max}`;
}

/** The example answer the closing question shows (the onboarding corpus checks it is understood). */
export const EXTRAS_EXAMPLE = '52, sore left knee, target 1:50:00, neutral coach';

const EXTRA_WORDS: Readonly<Record<ExtraAsk, string>> = {
  target: 'a target time',
  'longest-run': 'your longest recent run',
  age: 'your age',
  injuries: 'any injury in the last three months',
  'heart-rate': 'your max or resting heart rate',
  persona: 'which coach voice you want',
};

const QUESTIONS: Readonly<Record<OnboardingStep, Question>> = Object.freeze({
  name: { text: () => 'What should I call you?' },
  timezone: { text: () => 'Which timezone are you in? A city works, e.g. Europe/Berlin.' },
  units: {
    text: () => 'Kilometres or miles?',
    options: [offer('km', { kind: 'units', units: 'km' }), offer('mi', { kind: 'units', units: 'mi' })],
  },
  race: {
    text: () =>
      'Have you raced recently? Give me the distance and time (e.g. 5k in 25:00), or say “no race”.',
    options: [offer('No race', { kind: 'none', step: 'race' })],
  },
  goal: {
    text: () => 'What are you training for?',
    options: [
      offer('5K', { kind: 'goal', goal: '5k' }),
      offer('10K', { kind: 'goal', goal: '10k' }),
      offer('Half marathon', { kind: 'goal', goal: 'half' }),
      offer('Marathon', { kind: 'goal', goal: 'marathon' }),
      offer('General fitness', { kind: 'goal', goal: 'fitness' }),
    ],
  },
  'race-date': {
    text: (_u, m) =>
      m.raceMonth
        ? `Which day in ${monthName(m.raceMonth)} is the race? The day of the month is enough, e.g. 18.`
        : 'When is the race? A date like 18 April or 2027-04-18 is perfect.',
  },
  'target-time': {
    text: () => 'Do you have a target time (e.g. 1:50:00)? Or say “no target”.',
    options: [offer('No target', { kind: 'none', step: 'target-time' })],
  },
  days: {
    text: (_u, m) =>
      m.dayCount
        ? `Which ${count(m.dayCount)} days suit you? For example: tue thu sat sun.`
        : 'Which days can you run? For example: tue thu sat sun, or weekdays except friday.',
  },
  'long-day': {
    text: () => 'Which day suits your long run?',
    options: [offer('Sat', { kind: 'long-day', day: 'sat' }), offer('Sun', { kind: 'long-day', day: 'sun' })],
  },
  volume: {
    text: (u) => `How much do you run per week right now, in ${u === 'km' ? 'km' : 'miles'} or minutes?`,
  },
  'longest-run': {
    text: (u) => `What is your longest run in the last few weeks, in ${u === 'km' ? 'km' : 'miles'}?`,
  },
  experience: {
    text: () => 'How would you describe yourself as a runner?',
    options: [
      offer('Beginner', { kind: 'level', level: 'beginner' }),
      offer('Intermediate', { kind: 'level', level: 'intermediate' }),
      offer('Advanced', { kind: 'level', level: 'advanced' }),
    ],
  },
  age: { text: () => 'How old are you? It lets me estimate your heart-rate zones.' },
  injuries: {
    text: () => 'Any injuries in the last three months? Tell me where, or say “none”.',
    options: [offer('None', { kind: 'none', step: 'injuries' })],
  },
  'heart-rate': {
    text: () =>
      'Do you know your max or resting heart rate, or your LTHR? Say e.g. “max 185 rest 52”, or “skip”.',
    options: [offer('Skip', { kind: 'none', step: 'heart-rate' })],
  },
  persona: {
    text: () =>
      `Last one: pick your coach.\n${PERSONAS.map((p) => `• ${PERSONA_INFO[p].name}: ${PERSONA_INFO[p].blurb}`).join('\n')}`,
    options: PERSONA_OPTIONS,
  },
  extras: {
    text: (_u, m) => {
      const asks = m.asks ?? [];
      const list = asks.map((a) => EXTRA_WORDS[a]);
      const said = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? '');
      return join([
        said === '' ? 'Anything else that shapes the plan?' : `Anything else that shapes the plan: ${said}?`,
        `For example “${EXTRAS_EXAMPLE}”, or say “that’s all”.`,
        asks.includes('persona')
          ? `\n${PERSONAS.map((p) => `• ${PERSONA_INFO[p].name}: ${PERSONA_INFO[p].blurb}`).join('\n')}`
          : undefined,
      ]);
    },
    spoken: () => 'Anything else, like your age, an injury or a target time? Or say that’s all.',
    options: [...PERSONA_OPTIONS, offer('That’s all', { kind: 'none', step: 'extras' })],
  },
});

/** One line of what the runner's message gave, in their units. */
export function understoodLine(u: OnboardingUnderstood, units: Units): string | undefined {
  const parts: string[] = [];
  if (u.goal) {
    const when = u.raceDate
      ? ` on ${formatDate(u.raceDate)}`
      : u.raceMonth
        ? ` in ${monthName(u.raceMonth)}`
        : '';
    parts.push(`${GOAL_NAMES[u.goal]}${when}`);
  } else if (u.raceDate) parts.push(`race on ${formatDate(u.raceDate)}`);
  else if (u.raceMonth) parts.push(`race in ${monthName(u.raceMonth)}`);
  if (u.targetSeconds === null) parts.push('no target time');
  else if (u.targetSeconds !== undefined) parts.push(`target ${formatClock(u.targetSeconds)}`);
  if (u.race === null) parts.push('no recent race');
  else if (u.race) parts.push(`recent ${formatDistance(u.race.km, units)} in ${formatClock(u.race.seconds)}`);
  if (u.days) parts.push(`running ${u.days.map((d) => DAY_NAMES[d]).join(' ')}`);
  else if (u.dayCount) parts.push(`${count(u.dayCount)} days a week`);
  if (u.longDay) parts.push(`long run on ${WEEKDAY_NAMES[u.longDay]}`);
  if (u.weeklyKm !== undefined) parts.push(`${formatDistance(u.weeklyKm, units)} a week`);
  if (u.weeklyMinutes !== undefined)
    parts.push(
      u.weeklyMinutes >= 60 && u.weeklyMinutes % 30 === 0
        ? `${oneDecimal(u.weeklyMinutes / 60)} h a week`
        : `${formatMinutes(u.weeklyMinutes)} a week`,
    );
  if (u.longestRunKm !== undefined) parts.push(`longest run ${formatDistance(u.longestRunKm, units)}`);
  if (u.level) parts.push(u.level);
  if (u.age !== undefined) parts.push(`${u.age} years old`);
  if (u.injuries) parts.push(u.injuries.length === 0 ? 'no injuries' : `injury: ${u.injuries.join(', ')}`);
  if (u.maxHr !== undefined) parts.push(`max HR ${u.maxHr}`);
  if (u.restingHr !== undefined) parts.push(`resting HR ${u.restingHr}`);
  if (u.persona) parts.push(`coach: ${PERSONA_INFO[u.persona].name}`);
  if (u.units && parts.length === 0) parts.push(u.units === 'km' ? 'kilometres' : 'miles');
  return parts.length > 0 ? `${parts.join(', ')}.` : undefined;
}

const ASIDES = {
  question: 'I’ll answer questions like that once your plan is ready; first I need this.',
  'run-report': 'I’ll log runs once your plan is built, so I didn’t save that one yet.',
} as const;

export const onboardingQuestion: FamilyTemplate<'onboarding-question'> = (m, { voice, units }) => {
  const q = QUESTIONS[m.step];
  const left =
    m.remaining !== undefined && m.remaining > 0
      ? `(${m.remaining} more after this.)`
      : m.remaining === 0
        ? '(Last question.)'
        : undefined;
  const got = m.understood ? understoodLine(m.understood, units) : undefined;
  const confirm = got === undefined ? undefined : `${voice.gotIt} ${got}`;
  const aside = m.aside ? ASIDES[m.aside] : undefined;
  const text = join([m.retry === true ? voice.confused : undefined, aside, confirm, q.text(units, m), left]);
  const spokenQuestion = q.spoken ? q.spoken(units, m) : (q.text(units, m).split('\n')[0] ?? '');
  const spoken = join([confirm ?? aside ?? (m.retry === true ? voice.confused : undefined), spokenQuestion]);
  return q.options === undefined ? { text, spoken } : { text, spoken, options: q.options };
};
