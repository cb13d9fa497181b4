/** Conversation templates: welcome, help, onboarding questions, persona change, clarify, not understood, error. */
import type { OnboardingStep, ReplyOption } from '../coach-message.js';
import { choices, PERSONA_OPTIONS } from '../options.js';
import { PERSONAS, PERSONA_INFO } from '../persona.js';
import type { Units } from '../persona.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';
import { voiceOf } from './voices.js';

/** What the runner can say, listed by `help` and after a message the coach did not understand. */
export const HELP_LINES: readonly string[] = Object.freeze([
  '“today”: today’s session with paces and why',
  '“this week” or “my paces”',
  '“ran 8 km in 45:10, rpe 6”: log a run',
  '“slept 6 h, resting hr 52”: morning check-in',
  '“why?”: why today’s session or the last change',
  '“pause” / “resume”, “coach: hype”, “export”, “delete me”',
]);

interface Question {
  readonly text: (units: Units) => string;
  readonly options?: readonly ReplyOption[];
}

const QUESTIONS: Readonly<Record<OnboardingStep, Question>> = Object.freeze({
  name: { text: () => 'What should I call you?' },
  timezone: { text: () => 'Which timezone are you in? A city works, e.g. Europe/Berlin.' },
  units: { text: () => 'Kilometres or miles?', options: choices(['km', 'mi']) },
  race: {
    text: () =>
      'Have you raced recently? Give me the distance and time (e.g. 5k in 25:00), or say “no race”.',
    options: [{ label: 'No race', value: 'no-race' }],
  },
  goal: {
    text: () => 'What are you training for?',
    options: [
      { label: '5K', value: '5k' },
      { label: '10K', value: '10k' },
      { label: 'Half marathon', value: 'half' },
      { label: 'Marathon', value: 'marathon' },
      { label: 'General fitness', value: 'fitness' },
    ],
  },
  'race-date': { text: () => 'When is the race? A date like 2027-04-18 is perfect.' },
  'target-time': {
    text: () => 'Do you have a target time (e.g. 1:50:00)? Or say “no target”.',
    options: [{ label: 'No target', value: 'no-target' }],
  },
  days: { text: () => 'Which days can you run? For example: tue thu sat sun.' },
  'long-day': {
    text: () => 'Which day suits your long run?',
    options: choices(['Sat', 'Sun']),
  },
  volume: {
    text: (u) => `How much do you run per week right now, in ${u === 'km' ? 'km' : 'miles'} or minutes?`,
  },
  'longest-run': {
    text: (u) => `What is your longest run in the last few weeks, in ${u === 'km' ? 'km' : 'miles'}?`,
  },
  experience: {
    text: () => 'How would you describe yourself as a runner?',
    options: choices(['Beginner', 'Intermediate', 'Advanced']),
  },
  age: { text: () => 'How old are you? It lets me estimate your heart-rate zones.' },
  injuries: {
    text: () => 'Any injuries in the last three months? Tell me where, or say “none”.',
    options: [{ label: 'None', value: 'none' }],
  },
  'heart-rate': {
    text: () =>
      'Do you know your max or resting heart rate, or your LTHR? Say e.g. “max 185 rest 52”, or “skip”.',
    options: [{ label: 'Skip', value: 'skip' }],
  },
  persona: {
    text: () =>
      `Last one: pick your coach.\n${PERSONAS.map((p) => `• ${PERSONA_INFO[p].name}: ${PERSONA_INFO[p].blurb}`).join('\n')}`,
    options: PERSONA_OPTIONS,
  },
});

export const welcome: FamilyTemplate<'welcome'> = (m, { voice }) => ({
  text: join([
    voice.hello(m.name),
    'I’m your running coach: I build your plan, adapt it to how you feel, and always tell you why.',
    'A few quick questions and we’re off.',
  ]),
  spoken: join([voice.hello(m.name), 'I’m your running coach.']),
});

export const help: FamilyTemplate<'help'> = (_m, { voice }) => ({
  text: join(
    ['Here is what you can tell me:', HELP_LINES.map((l) => `• ${l}`).join('\n'), voice.signOff],
    '\n',
  ),
  spoken: 'Ask for today, this week or your paces, or tell me about your run.',
});

export const onboardingQuestion: FamilyTemplate<'onboarding-question'> = (m, { voice, units }) => {
  const q = QUESTIONS[m.step];
  const left =
    m.remaining !== undefined && m.remaining > 0
      ? `(${m.remaining} more after this.)`
      : m.remaining === 0
        ? '(Last question.)'
        : undefined;
  const text = join([m.retry === true ? voice.confused : undefined, q.text(units), left]);
  return q.options === undefined ? { text } : { text, options: q.options };
};

export const personaChanged: FamilyTemplate<'persona-changed'> = (m) => ({
  text: join([`Coach voice: ${PERSONA_INFO[m.persona].name}.`, voiceOf(m.persona, false).intro]),
});

export const notUnderstood: FamilyTemplate<'not-understood'> = (_m, { voice }) => ({
  text: join(
    [
      voice.confused,
      'You can tell me:',
      HELP_LINES.slice(0, 4)
        .map((l) => `• ${l}`)
        .join('\n'),
    ],
    '\n',
  ),
  spoken: join([voice.confused, 'Say today, this week, or tell me about your run.']),
});

export const clarify: FamilyTemplate<'clarify'> = (m, { voice }) => {
  const questions = m.problems.map((p) => p.message.trim()).filter((q) => q !== '');
  return {
    text: join([
      questions.length > 0 ? 'Something in that doesn’t add up, so I saved nothing yet.' : voice.confused,
      ...questions,
    ]),
  };
};

export const error: FamilyTemplate<'error'> = (m, { voice }) => ({
  text: join([
    'Sorry, something went wrong on my side and nothing was changed.',
    `Please try again in a moment (code ${m.code}).`,
    voice.signOff,
  ]),
  spoken: 'Sorry, something went wrong on my side. Please try again.',
});
