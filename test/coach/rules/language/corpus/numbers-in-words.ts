import type { CorpusCase } from './case.js';
import { mi } from './case.js';

/** Numbers said as words, as voice transcriptions deliver them. */
export const NUMBER_WORD_CASES: readonly CorpusCase[] = [
  {
    text: 'ran ten k in fifty two thirty',
    intents: ['log_run'],
    slots: { distanceM: 10000, durationS: 3150 },
  },
  { text: 'five forty per k', intents: ['log_run'], slots: { paceSPerKm: 340 } },
  { text: 'average heart rate one sixty two', intents: ['log_run'], slots: { avgHr: 162 } },
  { text: 'six point two miles', intents: ['log_run'], slots: { distanceM: mi(6.2) } },
  { text: 'slept five hours', intents: ['morning_checkin'], slots: { sleepHours: 5 } },
  { text: 'rpe eight', intents: ['rpe_checkin'], slots: { rpe: 8 } },
  {
    text: 'half marathon in one forty five',
    intents: ['race_result'],
    slots: { distanceM: 21097.5, durationS: 6300 },
  },
  {
    text: 'twenty one point one k in one fifty',
    intents: ['log_run'],
    slots: { distanceM: 21097.5, durationS: 6600 },
  },
  {
    text: 'ran twelve kilometres at five fifteen a kilometre',
    intents: ['log_run'],
    slots: { distanceM: 12000, paceSPerKm: 315 },
  },
  {
    text: 'left knee six out of ten',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'knee', side: 'left', score: 6 }] },
  },
  {
    text: 'ran three miles in twenty four minutes',
    intents: ['log_run'],
    slots: { distanceM: mi(3), durationS: 1440 },
  },
  {
    text: 'one oh five ten for the half',
    intents: ['race_result'],
    slots: { distanceM: 21097.5, durationS: 3910 },
  },
  { text: 'resting heart rate fifty two', intents: ['morning_checkin'], slots: { restingHr: 52 } },
  { text: 'a tough one today', intents: ['rpe_checkin'], slots: { rpe: 5, date: '2026-11-24' } },
];
