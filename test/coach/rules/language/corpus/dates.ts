import type { CorpusCase } from './case.js';
import { mi, TODAY } from './case.js';

/** Dates relative to Tuesday 2026-11-24: never a future date for a run. */
export const DATE_CASES: readonly CorpusCase[] = [
  { text: 'ran 10k yesterday', intents: ['log_run'], slots: { distanceM: 10000, date: '2026-11-23' } },
  { text: 'ran 5k on sunday', intents: ['log_run'], slots: { distanceM: 5000, date: '2026-11-22' } },
  { text: 'did 8k last tuesday', intents: ['log_run'], slots: { distanceM: 8000, date: '2026-11-17' } },
  { text: 'ran 6 miles 3 days ago', intents: ['log_run'], slots: { distanceM: mi(6), date: '2026-11-21' } },
  {
    text: 'parkrun saturday 24:10',
    intents: ['race_result'],
    slots: { distanceM: 5000, durationS: 1450, date: '2026-11-21' },
  },
  {
    text: 'ran 10k tomorrow',
    intents: ['log_run'],
    slots: { distanceM: 10000 },
    problems: ['FUTURE_RUN_DATE'],
  },
  { text: "what's the plan for tomorrow?", intents: ['ask_today'], slots: { date: '2026-11-25' } },
  { text: 'ran 5k on 2026-11-20', intents: ['log_run'], slots: { distanceM: 5000, date: '2026-11-20' } },
  {
    text: 'ran 8k the day before yesterday',
    intents: ['log_run'],
    slots: { distanceM: 8000, date: '2026-11-22' },
  },
  { text: 'did a 10k on nov 20th', intents: ['log_run'], slots: { distanceM: 10000, date: '2026-11-20' } },
  {
    text: 'ran 5k tonight',
    context: { today: TODAY, timezoneNow: { date: TODAY, hour: 9 }, units: 'km' },
    intents: ['log_run'],
    slots: { distanceM: 5000 },
    problems: ['FUTURE_RUN_DATE'],
  },
  {
    text: 'ran 5k tonight',
    context: { today: TODAY, timezoneNow: { date: TODAY, hour: 21 }, units: 'km' },
    intents: ['log_run'],
    slots: { distanceM: 5000, date: TODAY },
  },
  { text: 'ran 10k last night', intents: ['log_run'], slots: { distanceM: 10000, date: '2026-11-23' } },
  { text: 'what am I running on saturday?', intents: ['ask_today'], slots: { date: '2026-11-28' } },
  { text: 'ran 5k this morning', intents: ['log_run'], slots: { distanceM: 5000, date: TODAY } },
  {
    text: 'ran 7k yesterday',
    context: { today: TODAY, timezoneNow: { date: '2026-11-25', hour: 0 }, units: 'km' },
    intents: ['log_run'],
    slots: { distanceM: 7000, date: TODAY },
  },
  { text: 'ran 12k on the 1st', intents: ['log_run'], slots: { distanceM: 12000, date: '2026-11-01' } },
];
