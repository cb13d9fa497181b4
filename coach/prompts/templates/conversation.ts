/** Conversation templates: welcome, help, persona change, clarify, not understood, error (onboarding questions: `onboarding.ts`). */
import { PERSONA_INFO } from '../persona.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';
import { ASK_ONLY_CODES, NOTHING_SAVED, problemQuestion } from './problem-words.js';
import { voiceOf } from './voices.js';

/** What the runner can say, listed by `help` and after a message the coach did not understand. */
export const HELP_LINES: readonly string[] = Object.freeze([
  '“today”: today’s session with paces and why',
  '“this week” or “my paces”',
  '“ran 8 km in 45:10, rpe 6”: log a run',
  '“slept 6 h, resting hr 52”: morning check-in',
  '“why?”: why today’s session or the last change',
  '“tomorrow?”, “how am I doing?”, “what could I run a half in?”, “was that too fast?”',
  '“pause” / “resume”, “coach: hype”, “export”, “delete me”',
]);

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

export const clarify: FamilyTemplate<'clarify'> = (m, { voice, persona, soft }) => {
  const questions = m.problems.map(problemQuestion).filter((q) => q.text !== '');
  const first = questions[0];
  // Nothing refused ("now tell me the goal", "the plan ends before then"): the question alone.
  if (first !== undefined && m.problems.every((p) => ASK_ONLY_CODES.includes(p.code))) {
    return { text: join(questions.map((q) => q.text)), spoken: first.spoken };
  }
  const opener = NOTHING_SAVED[soft ? 'neutral' : persona];
  return {
    text: join([questions.length > 0 ? opener.text : voice.confused, ...questions.map((q) => q.text)]),
    // The phone line: one short statement and the first question only (two sentences at most).
    spoken: first === undefined ? voice.confused : join([opener.spoken, first.spoken]),
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
