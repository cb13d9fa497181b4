import type { CorpusCase } from './case.js';

/**
 * Rescheduling within a week and short-term limits (issue 11 §4), written the way runners text: lower
 * case, typos, "tmrw", "sat", "wk", "wknd". TODAY is Tuesday 24 November 2026, so "tomorrow" is the 25th,
 * "thursday" the 26th, "saturday" the 28th and "sunday" the 29th. A one-off move or limit is never
 * `change_days`; talk of the runner's days in general ("mondays now", "3 days a week") still is.
 */
export const RESCHEDULE_CASES: readonly CorpusCase[] = [
  {
    text: 'do the intervals tomorrow',
    intents: ['move_session'],
    slots: { reschedule: { session: 'intervals', to: '2026-11-25' } },
  },
  {
    text: 'can I do the intervals tomorrow instead?',
    intents: ['move_session'],
    slots: { reschedule: { session: 'intervals', to: '2026-11-25' } },
  },
  {
    text: 'move my long run to saturday this week',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', to: '2026-11-28' } },
  },
  {
    text: 'swap tuesday and thursday',
    intents: ['move_session'],
    slots: { reschedule: { from: '2026-11-24', to: '2026-11-26' } },
  },
  {
    text: 'long run on saturday this week',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', to: '2026-11-28' } },
  },
  {
    text: 'can i run my long run on sat instead of sun',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', from: '2026-11-29', to: '2026-11-28' } },
  },
  {
    text: 'I can only run 3 days next week',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 1 } },
  },
  {
    text: 'only 2 runs this week, work is crazy',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 2, weekOffset: 0 } },
  },
  {
    text: 'just 3 days next wk',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 1 } },
  },
  { text: 'I can run mondays now', intents: ['change_days'], slots: { days: ['mon'] } },
  { text: 'change my days to mon wed fri', intents: ['change_days'], slots: { days: ['mon', 'wed', 'fri'] } },
  { text: 'move my long run to saturday', intents: ['change_days'], slots: { longDay: 'sat' } },
  {
    text: 'can i do my tempo tmrw instead',
    intents: ['move_session'],
    slots: { reschedule: { session: 'tempo', to: '2026-11-25' } },
  },
  {
    text: 'can we move the long run to sat this wk',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', to: '2026-11-28' } },
  },
  {
    text: 'pls move lr to saturday this weekend',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', to: '2026-11-28' } },
  },
  {
    text: 'could i swap thurs and sat this week',
    intents: ['move_session'],
    slots: { reschedule: { from: '2026-11-26', to: '2026-11-28' } },
  },
  {
    text: 'switch my intervals to friday this week',
    intents: ['move_session'],
    slots: { reschedule: { session: 'intervals', to: '2026-11-27' } },
  },
  {
    text: 'do my long run tomorow instead of sunday',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', from: '2026-11-29', to: '2026-11-25' } },
  },
  {
    text: 'long run sat instead of sun?',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', from: '2026-11-29', to: '2026-11-28' } },
  },
  {
    text: 'can i push the tempo to thursday this week',
    intents: ['move_session'],
    slots: { reschedule: { session: 'tempo', to: '2026-11-26' } },
  },
  {
    text: "move tomorrow's workout to friday",
    intents: ['move_session'],
    slots: { reschedule: { session: 'quality', from: '2026-11-25', to: '2026-11-27' } },
  },
  {
    text: 'can i do intervals today instead of thursday',
    intents: ['move_session'],
    slots: { reschedule: { session: 'intervals', from: '2026-11-26', to: '2026-11-24' } },
  },
  {
    text: 'swap my tempo and long run this week? tempo sat long sun',
    intents: ['move_session'],
    slots: { reschedule: { from: '2026-11-28', to: '2026-11-29' } },
  },
  {
    text: 'flip wed and fri',
    intents: ['move_session'],
    slots: { reschedule: { from: '2026-11-25', to: '2026-11-27' } },
  },
  {
    text: "I'd rather do my long one on saturday this week",
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', to: '2026-11-28' } },
  },
  {
    text: 'bump the session to tomorrow',
    intents: ['move_session'],
    slots: { reschedule: { session: 'quality', to: '2026-11-25' } },
  },
  {
    text: 'gonna do the tempo run on fri instead',
    intents: ['move_session'],
    slots: { reschedule: { session: 'tempo', to: '2026-11-27' } },
  },
  {
    text: 'can i do the reps on thursday instead',
    intents: ['move_session'],
    slots: { reschedule: { session: 'intervals', to: '2026-11-26' } },
  },
  {
    text: 'reschedule my long run to sat this wk',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', to: '2026-11-28' } },
  },
  {
    text: 'can i switch tues and weds',
    intents: ['move_session'],
    slots: { reschedule: { from: '2026-11-24', to: '2026-11-25' } },
  },
  {
    text: 'only 3 runs next week, travelling for work',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 1 } },
  },
  {
    text: 'at most 2 days this week',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 2, weekOffset: 0 } },
  },
  {
    text: 'can only do 4 runs next week',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 4, weekOffset: 1 } },
  },
  {
    text: 'i can only manage 3 days this week',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 0 } },
  },
  {
    text: 'just 2 days this wk sorry',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 2, weekOffset: 0 } },
  },
  {
    text: 'i can only run 2 days next week bc of work',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 2, weekOffset: 1 } },
  },
  {
    text: 'this week i can only run 3 days',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 0 } },
  },
  {
    text: 'i can only run three days next week',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 1 } },
  },
  {
    text: 'only 1 run this week, crazy busy',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 1, weekOffset: 0 } },
  },
  {
    text: 'next week only 3 days possible',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 1 } },
  },
  {
    text: 'no more than 3 runs next week',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 1 } },
  },
  { text: 'only 4 days a week from now on', intents: ['change_days'], slots: {} },
  { text: 'I can only run 3 days a week', intents: ['change_days'], slots: {} },
  {
    text: "what's my long run this week?",
    intents: ['ask_question'],
    slots: { question: { kind: 'long-run', weekOffset: 0 } },
  },
  { text: 'long run on saturday?', intents: ['change_days'], slots: { longDay: 'sat' } },
  { text: 'what am I doing on saturday?', intents: ['ask_today'], slots: { date: '2026-11-28' } },
  { text: 'i can run tue thu and sun now', intents: ['change_days'], slots: { days: ['tue', 'thu', 'sun'] } },
  { text: 'ran 10k yesterday', intents: ['log_run'], slots: { distanceM: 10000, date: '2026-11-23' } },
  {
    text: 'can i do the long run saturday this week instead, wedding on sunday',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', to: '2026-11-28' } },
  },
  {
    text: 'easy run tomorrow instead of today?',
    intents: ['move_session'],
    slots: { reschedule: { session: 'easy', from: '2026-11-24', to: '2026-11-25' } },
  },
  {
    text: 'cn i do my intervals on wed instead of thurs',
    intents: ['move_session'],
    slots: { reschedule: { session: 'intervals', from: '2026-11-26', to: '2026-11-25' } },
  },
  {
    text: 'move the tempo to tmrw pls',
    intents: ['move_session'],
    slots: { reschedule: { session: 'tempo', to: '2026-11-25' } },
  },
  {
    text: 'long run sat this wknd instead of sun',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', from: '2026-11-29', to: '2026-11-28' } },
  },
  {
    text: 'swap fri and sat this week',
    intents: ['move_session'],
    slots: { reschedule: { from: '2026-11-27', to: '2026-11-28' } },
  },
  {
    text: 'do intervals tonight instead of tomorrow',
    intents: ['move_session'],
    slots: { reschedule: { session: 'intervals', from: '2026-11-25', to: '2026-11-24' } },
  },
  {
    text: 'only 2 days next week, on holiday',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 2, weekOffset: 1 } },
  },
  {
    text: 'just 3 runs this week',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 0 } },
  },
  {
    text: 'ran 10k today, can i do the intervals tomorrow instead?',
    intents: ['log_run', 'move_session'],
    slots: { distanceM: 10000, reschedule: { session: 'intervals', to: '2026-11-25' }, date: '2026-11-24' },
  },
  {
    text: 'ran 5k yesterday, move my long run to sat this week',
    intents: ['log_run', 'move_session'],
    slots: { distanceM: 5000, reschedule: { session: 'long', to: '2026-11-28' }, date: '2026-11-23' },
  },
  {
    text: 'move my 8 mile long run to sat this week',
    intents: ['move_session'],
    slots: { distanceM: 12874.8, reschedule: { session: 'long', to: '2026-11-28' } },
  },
];
