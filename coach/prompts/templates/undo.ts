/** Undo and honest "not yet" templates: what was taken back, nothing to take back, a question not covered. */
import { formatClock, formatDate, formatDistance } from '../format.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';

const FACT_WORDS = { run: 'the run', rpe: 'the effort rating', checkin: 'the check-in' } as const;

export const undone: FamilyTemplate<'undone'> = (m, { voice, units }) => {
  const what =
    m.fact === 'run' && m.km !== undefined
      ? `the ${formatDistance(m.km, units)} run${m.seconds !== undefined ? ` in ${formatClock(m.seconds)}` : ''}`
      : m.fact === 'run' && m.seconds !== undefined
        ? `the ${formatClock(m.seconds)} run`
        : m.fact === 'rpe' && m.rpe !== undefined
          ? `the RPE ${m.rpe}`
          : FACT_WORDS[m.fact];
  const withdrawn =
    m.withdrawn === 0
      ? undefined
      : m.withdrawn === 1
        ? 'The plan change it caused is withdrawn.'
        : `The ${m.withdrawn} plan changes it caused are withdrawn.`;
  return {
    text: join([voice.undone, `I took out ${what} on ${formatDate(m.date)}.`, withdrawn]),
    spoken: join([voice.undone, `I took out ${what}.`]),
  };
};

export const nothingToUndo: FamilyTemplate<'nothing-to-undo'> = () => ({
  text: 'There is nothing from the last day to take back.',
});

export const cannotAnswerYet: FamilyTemplate<'cannot-answer-yet'> = (_m, { voice }) => ({
  text: join([
    voice.cannotAnswer,
    'Nothing was logged. I can tell you today’s session, this week, your paces, or why a session is what it is.',
  ]),
  spoken: join([voice.cannotAnswer, 'Ask me for today, this week or your paces.']),
});
