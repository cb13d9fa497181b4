import type { CoachingQuestion } from '../../../../../coach/rules/language/index.js';
import type { CorpusCase } from './case.js';

/** Tomorrow, Wednesday 25 November 2026, and the days after TODAY (Tuesday 24 November). */
const TOMORROW = '2026-11-25';
const FRIDAY = '2026-11-27';
const SATURDAY = '2026-11-28';

const q = (question: CoachingQuestion) => ({ question });
const HALF = 21097.5;

/**
 * Coaching questions the coach answers from its own data (issue 11 §5), written the way runners text:
 * lowercase, typos, emoji, no question mark. None of them is a run, a rating or a check-in, except where
 * the runner also reports a run done or a red flag.
 */
export const QUESTION_CASES: readonly CorpusCase[] = [
  // The examples.
  { text: 'what about tomorrow?', intents: ['ask_today'], slots: { date: TOMORROW } },
  {
    text: "what's my long run next week?",
    intents: ['ask_question'],
    slots: q({ kind: 'long-run', weekOffset: 1 }),
  },
  { text: 'what am I doing on saturday?', intents: ['ask_today'], slots: { date: SATURDAY } },
  { text: 'how am I doing?', intents: ['ask_question'], slots: q({ kind: 'progress' }) },
  {
    text: 'what time can I run for the half now?',
    intents: ['ask_question'],
    slots: { distanceM: HALF, ...q({ kind: 'prediction', distance: 'half' }) },
  },
  { text: 'was that too fast?', intents: ['ask_question'], slots: q({ kind: 'too-fast' }) },
  { text: 'was that too fast for an easy run?', intents: ['ask_question'], slots: q({ kind: 'too-fast' }) },
  {
    text: "I'm 3k in, HR 165, should I slow down?",
    intents: ['ask_question'],
    slots: { avgHr: 165, distanceM: 3000, ...q({ kind: 'mid-run' }) },
  },
  {
    text: 'what should I eat before my long run?',
    intents: ['ask_question'],
    slots: q({ kind: 'outside', topic: 'nutrition' }),
  },
  // Safety first: a red flag is a check-in (the red-flag reply), never a cue.
  {
    text: 'chest pain, should I keep going?',
    intents: ['morning_checkin'],
    slots: { redFlags: ['chest_pain'] },
  },
  {
    text: 'dizzy, 4k in, should i keep going?',
    intents: ['morning_checkin', 'ask_question'],
    slots: { redFlags: ['dizziness'], distanceM: 4000, ...q({ kind: 'mid-run' }) },
  },
  // A day.
  { text: 'and tomorrow?', intents: ['ask_today'], slots: { date: TOMORROW } },
  { text: 'saturday?', intents: ['ask_today'], slots: { date: SATURDAY } },
  { text: 'whats on tmrw', intents: ['ask_today'], slots: { date: TOMORROW } },
  { text: 'what do i have on friday?', intents: ['ask_today'], slots: { date: FRIDAY } },
  // The long run of a week.
  {
    text: 'whats my long run next week',
    intents: ['ask_question'],
    slots: q({ kind: 'long-run', weekOffset: 1 }),
  },
  {
    text: 'how long is the long run this weekend?',
    intents: ['ask_question'],
    slots: q({ kind: 'long-run', weekOffset: 0 }),
  },
  // Progress.
  { text: 'hows my progress', intents: ['ask_question'], slots: q({ kind: 'progress' }) },
  { text: 'how am i doing so far??', intents: ['ask_question'], slots: q({ kind: 'progress' }) },
  { text: 'am i getting fitter?', intents: ['ask_question'], slots: q({ kind: 'progress' }) },
  { text: 'am i on track', intents: ['ask_question'], slots: q({ kind: 'progress' }) },
  { text: 'how’s training going 🙂', intents: ['ask_question'], slots: q({ kind: 'progress' }) },
  { text: 'Am I improving coach?', intents: ['ask_question'], slots: q({ kind: 'progress' }) },
  // A race prediction now.
  {
    text: 'what could i run a 10k in now?',
    intents: ['ask_question'],
    slots: { distanceM: 10000, ...q({ kind: 'prediction', distance: '10k' }) },
  },
  {
    text: 'what time could i do a marathon in',
    intents: ['ask_question'],
    slots: { distanceM: 42195, ...q({ kind: 'prediction', distance: 'marathon' }) },
  },
  {
    text: 'predict my 5k time',
    intents: ['ask_question'],
    slots: { distanceM: 5000, ...q({ kind: 'prediction', distance: '5k' }) },
  },
  {
    text: 'how fast could i race a half right now?',
    intents: ['ask_question'],
    slots: { distanceM: HALF, ...q({ kind: 'prediction', distance: 'half' }) },
  },
  {
    text: 'whats my marathon prediction',
    intents: ['ask_question'],
    slots: { distanceM: 42195, ...q({ kind: 'prediction', distance: 'marathon' }) },
  },
  // Was that too fast?
  { text: 'was that too fast', intents: ['ask_question'], slots: q({ kind: 'too-fast' }) },
  {
    text: 'was my run too fast yesterday?',
    intents: ['ask_question'],
    slots: { date: '2026-11-23', ...q({ kind: 'too-fast' }) },
  },
  { text: 'did i go out too hard?', intents: ['ask_question'], slots: q({ kind: 'too-fast' }) },
  {
    text: 'was that too quick for an easy run? 😬',
    intents: ['ask_question'],
    slots: q({ kind: 'too-fast' }),
  },
  { text: 'was it too fast for a long run', intents: ['ask_question'], slots: q({ kind: 'too-fast' }) },
  {
    text: 'ran 10k in 52 min, was that too fast?',
    intents: ['log_run', 'ask_question'],
    slots: { distanceM: 10000, durationS: 3120, ...q({ kind: 'too-fast' }) },
  },
  // Mid-run.
  {
    text: 'im 5k in hr 170 should i slow down',
    intents: ['ask_question'],
    slots: { avgHr: 170, distanceM: 5000, ...q({ kind: 'mid-run' }) },
  },
  {
    text: "i'm 20 min in, heart rate 158, ok?",
    intents: ['ask_question'],
    slots: { avgHr: 158, durationS: 1200, ...q({ kind: 'mid-run' }) },
  },
  {
    text: 'halfway through my long run, hr 162, should i walk?',
    intents: ['ask_question'],
    slots: { avgHr: 162, ...q({ kind: 'mid-run' }) },
  },
  {
    text: 'mid run: hr 175 should i back off',
    intents: ['ask_question'],
    slots: { avgHr: 175, ...q({ kind: 'mid-run' }) },
  },
  {
    text: '2k in and feeling rough, should i stop?',
    intents: ['ask_question'],
    slots: { distanceM: 2000, ...q({ kind: 'mid-run' }) },
  },
  {
    text: '5k in, hr 170, is that ok?',
    intents: ['ask_question'],
    slots: { avgHr: 170, distanceM: 5000, ...q({ kind: 'mid-run' }) },
  },
  // Outside coaching.
  {
    text: 'what should i eat the night before a race?',
    intents: ['ask_question'],
    slots: q({ kind: 'outside', topic: 'nutrition' }),
  },
  {
    text: 'any tips on gels for the marathon?',
    intents: ['ask_question'],
    slots: { distanceM: 42195, ...q({ kind: 'outside', topic: 'nutrition' }) },
  },
  {
    text: 'what shoes should i buy?',
    intents: ['ask_question'],
    slots: q({ kind: 'outside', topic: 'gear' }),
  },
  {
    text: 'is coffee ok before a run?',
    intents: ['ask_question'],
    slots: q({ kind: 'outside', topic: 'nutrition' }),
  },
  {
    text: 'should i take ibuprofen after my long run?',
    intents: ['ask_question'],
    slots: q({ kind: 'outside', topic: 'medical' }),
  },
  {
    text: 'how much water should i drink on a long run',
    intents: ['ask_question'],
    slots: q({ kind: 'outside', topic: 'nutrition' }),
  },
];
