import type { CorpusCase } from './case.js';
import { mi, perMile } from './case.js';

/** Several facts in one message, the way runners actually report. */
export const MIXED_CASES: readonly CorpusCase[] = [
  {
    text: 'Ran 12.5km in 1:05:10 yesterday, avg HR 152, RPE 6, left calf a bit tight 2/10',
    intents: ['log_run', 'rpe_checkin'],
    slots: {
      distanceM: 12500,
      durationS: 3910,
      avgHr: 152,
      rpe: 6,
      pains: [{ location: 'calf', side: 'left', score: 2 }],
      date: '2026-11-23',
    },
  },
  {
    text: 'morning check in: slept 6h, rhr 54, hrv 48, stress 6/10, legs a bit sore',
    intents: ['morning_checkin'],
    slots: { sleepHours: 6, restingHr: 54, hrvMs: 48, stress: 6, soreness: 3 },
  },
  {
    text: 'Did 8 miles @ 8:45/mi, HR 148, felt easy',
    intents: ['log_run', 'rpe_checkin'],
    slots: { distanceM: mi(8), paceSPerKm: perMile('8:45'), avgHr: 148, rpe: 2 },
  },
  {
    text: 'tempo 10k 45:30 max hr 181 felt very hard',
    intents: ['log_run', 'rpe_checkin'],
    slots: { distanceM: 10000, durationS: 2730, maxHr: 181, rpe: 7 },
  },
  {
    text: 'parkrun PB!! 22:48, felt brutal',
    intents: ['race_result', 'rpe_checkin'],
    slots: { distanceM: 5000, durationS: 1368, rpe: 8 },
  },
  {
    text: 'slept 4 hours, sore throat, rhr up to 62',
    intents: ['morning_checkin'],
    slots: { sleepHours: 4, illness: true, symptoms: ['sore throat'], restingHr: 62 },
  },
  {
    text: 'hey coach, ran 5k this morning in 27:10, easy peasy',
    intents: ['log_run', 'rpe_checkin', 'greeting'],
    slots: { distanceM: 5000, durationS: 1630, rpe: 1, date: '2026-11-24' },
  },
  {
    text: 'Ran 10 km yesterday in 49:58 avg hr 165 max 183, knee 3/10',
    intents: ['log_run'],
    slots: {
      distanceM: 10000,
      durationS: 2998,
      avgHr: 165,
      maxHr: 183,
      pains: [{ location: 'knee', score: 3 }],
      date: '2026-11-23',
    },
  },
  {
    text: 'half marathon today 1:52:30!! new PR',
    intents: ['race_result'],
    slots: { distanceM: 21097.5, durationS: 6750, date: '2026-11-24' },
  },
  {
    text: 'ran 6k but had to stop, chest pain',
    intents: ['log_run'],
    slots: { distanceM: 6000, redFlags: ['chest_pain'] },
  },
  {
    text: 'Ran 5 miles, 42:30, HR 155. Slept badly tho',
    intents: ['log_run', 'morning_checkin'],
    slots: { distanceM: mi(5), durationS: 2550, avgHr: 155, sleepQuality: 'poor' },
  },
  {
    text: 'feeling sick, skipped my run, resting hr 68',
    intents: ['morning_checkin'],
    slots: { illness: true, symptoms: ['unwell'], restingHr: 68 },
  },
  {
    text: 'did 12,5 km in 1h05, rpe 6',
    intents: ['log_run', 'rpe_checkin'],
    slots: { distanceM: 12500, durationS: 3900, rpe: 6 },
  },
  {
    text: 'ran 10k in 52:30, hr 300??',
    intents: ['log_run'],
    slots: { distanceM: 10000, durationS: 3150 },
    problems: ['HR_OUT_OF_RANGE'],
  },
  {
    text: 'ran 10k in 52:30 yesterday, felt hard, avg hr 158',
    intents: ['log_run', 'rpe_checkin'],
    slots: { distanceM: 10000, durationS: 3150, avgHr: 158, rpe: 5, date: '2026-11-23' },
  },
  {
    text: 'long run sunday 28k 2:45:00 hr 142 rpe 6, hamstring tight but ok',
    intents: ['log_run', 'rpe_checkin'],
    slots: {
      distanceM: 28000,
      durationS: 9900,
      avgHr: 142,
      rpe: 6,
      date: '2026-11-22',
      pains: [{ location: 'hamstring' }],
    },
  },
  {
    text: 'Race result: 10k in 41:12, felt all out',
    intents: ['race_result', 'rpe_checkin'],
    slots: { distanceM: 10000, durationS: 2472, rpe: 10 },
  },
];
