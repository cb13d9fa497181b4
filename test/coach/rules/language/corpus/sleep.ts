import type { CorpusCase } from './case.js';

/** Hours slept and sleep quality words. */
export const SLEEP_CASES: readonly CorpusCase[] = [
  { text: 'slept 5h', intents: ['morning_checkin'], slots: { sleepHours: 5 } },
  { text: '5 hours sleep', intents: ['morning_checkin'], slots: { sleepHours: 5 } },
  { text: 'slept badly', intents: ['morning_checkin'], slots: { sleepQuality: 'poor' } },
  { text: 'slept 7.5 hours, felt great', intents: ['morning_checkin'], slots: { sleepHours: 7.5 } },
  { text: 'only got 4 hours of sleep', intents: ['morning_checkin'], slots: { sleepHours: 4 } },
  {
    text: 'slept like a baby, 9 hours',
    intents: ['morning_checkin'],
    slots: { sleepHours: 9, sleepQuality: 'good' },
  },
  { text: 'slept 30 hours', intents: ['morning_checkin'], slots: {}, problems: ['SLEEP_OUT_OF_RANGE'] },
  {
    text: "didn't sleep at all",
    intents: ['morning_checkin'],
    slots: { sleepHours: 0, sleepQuality: 'poor' },
  },
  { text: 'slept 6,5h', intents: ['morning_checkin'], slots: { sleepHours: 6.5 } },
  { text: 'sleep was ok, 7h', intents: ['morning_checkin'], slots: { sleepHours: 7, sleepQuality: 'ok' } },
  {
    text: 'rough night, 4 hrs sleep',
    intents: ['morning_checkin'],
    slots: { sleepHours: 4, sleepQuality: 'poor' },
  },
  { text: 'slept 5 and a half hours', intents: ['morning_checkin'], slots: { sleepHours: 5.5 } },
  { text: 'slept well', intents: ['morning_checkin'], slots: { sleepQuality: 'good' } },
  {
    text: 'Slept 8hrs, rhr 47, legs fresh',
    intents: ['morning_checkin'],
    slots: { sleepHours: 8, restingHr: 47, soreness: 0 },
  },
  { text: 'slept 7:30', intents: ['morning_checkin'], slots: { sleepHours: 7.5 } },
  // A range of hours keeps its lower end (the cautious reading), never a negative run time.
  { text: 'slept 6-7h', intents: ['morning_checkin'], slots: { sleepHours: 6 } },
  { text: 'slept 5.5-6 hours', intents: ['morning_checkin'], slots: { sleepHours: 5.5 } },
];
