import type { CorpusCase } from './case.js';
import { TODAY } from './case.js';

/**
 * Misreads of issue 11 still open on Tuesday 2026-11-24: a stated total wins over warm-up and cool-down,
 * a tempo's segment is not the run, a question about a day looks ahead, "next friday" is next week's, a
 * goal mentioned with a run is not the run, "3k in" alone is asked about, a fact inside a question is
 * not a check-in, and "long run next week" is a question.
 */
export const MISREAD_CASES: readonly CorpusCase[] = [
  {
    text: 'intervals 6x800m, 10 min wu 10 min cd, 45 min total',
    intents: ['log_run'],
    slots: { durationS: 2700 },
  },
  {
    text: 'tempo run: 2k wu, 5k @ 4:50, 2k cd',
    intents: ['log_run'],
    slots: { distanceM: 9000, segment: { distanceM: 5000, paceSPerKm: 290 } },
  },
  {
    // answered with the coming Sunday's session
    text: 'can i run 15k on sunday?',
    intents: ['ask_today'],
    slots: { distanceM: 15000, date: '2026-11-29' },
  },
  { text: 'ran 15k on sunday', intents: ['log_run'], slots: { distanceM: 15000, date: '2026-11-22' } },
  { text: 'what about next friday?', intents: ['ask_today'], slots: { date: '2026-12-04' } },
  { text: 'what about this friday?', intents: ['ask_today'], slots: { date: '2026-11-27' } },
  { text: 'friday?', intents: ['ask_today'], slots: { date: '2026-11-27' } },
  {
    text: 'ran 10k yesterday in 50 min, training for a half in april',
    intents: ['log_run'],
    slots: { distanceM: 10000, durationS: 3000, date: '2026-11-23' },
  },
  { text: '3k in', intents: ['log_run'], slots: {}, problems: ['RUN_POSITION_AMBIGUOUS'] },
  { text: 'im 20 min in', intents: ['log_run'], slots: {}, problems: ['RUN_POSITION_AMBIGUOUS'] },
  {
    text: '3k in, hr 165',
    intents: ['ask_question'],
    slots: { avgHr: 165, distanceM: 3000, question: { kind: 'mid-run' } },
  },
  { text: 'should i do the tempo if i slept 5h?', intents: ['ask_today'], slots: {} },
  {
    text: 'slept 5h, should i still run today?',
    intents: ['morning_checkin', 'ask_today'],
    slots: { sleepHours: 5, date: TODAY },
  },
  {
    text: 'Long run next week',
    intents: ['ask_question'],
    slots: { question: { kind: 'long-run', weekOffset: 1 } },
  },
  {
    text: 'long run next week?',
    intents: ['ask_question'],
    slots: { question: { kind: 'long-run', weekOffset: 1 } },
  },
  {
    text: 'long run this wknd?',
    intents: ['ask_question'],
    slots: { question: { kind: 'long-run', weekOffset: 0 } },
  },
];
