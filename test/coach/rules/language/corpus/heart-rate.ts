import type { CorpusCase } from './case.js';

/** Average, max and resting heart rate and HRV, including impossible values. */
export const HEART_RATE_CASES: readonly CorpusCase[] = [
  { text: 'hr 150', intents: ['log_run'], slots: { avgHr: 150 } },
  { text: 'avg heart rate 150', intents: ['log_run'], slots: { avgHr: 150 } },
  { text: 'max hr 182', intents: ['log_run'], slots: { maxHr: 182 } },
  { text: 'resting hr 48', intents: ['morning_checkin'], slots: { restingHr: 48 } },
  { text: 'rhr 52 hrv 61', intents: ['morning_checkin'], slots: { restingHr: 52, hrvMs: 61 } },
  { text: 'hr 300', intents: ['log_run'], slots: {}, problems: ['HR_OUT_OF_RANGE'] },
  {
    text: '10k, avg 152 bpm, max 178',
    intents: ['log_run'],
    slots: { distanceM: 10000, avgHr: 152, maxHr: 178 },
  },
  { text: 'heart rate one sixty', intents: ['log_run'], slots: { avgHr: 160 } },
  { text: 'hr averaged 145', intents: ['log_run'], slots: { avgHr: 145 } },
  {
    text: 'resting heart rate this morning was 58',
    intents: ['morning_checkin'],
    slots: { restingHr: 58, date: '2026-11-24' },
  },
  {
    text: 'max 150 bpm, average hr 160',
    intents: ['log_run'],
    slots: { avgHr: 160 },
    problems: ['MAX_HR_BELOW_AVG_HR'],
  },
  { text: 'resting hr 15', intents: ['morning_checkin'], slots: {}, problems: ['RESTING_HR_OUT_OF_RANGE'] },
  { text: 'hrv 400', intents: ['morning_checkin'], slots: {}, problems: ['HRV_OUT_OF_RANGE'] },
  // A range is read cautiously: a resting HR at its higher end, an HRV at its lower one (Buchheit 2014).
  {
    text: 'slept 7h resting hr 50-52',
    intents: ['morning_checkin'],
    slots: { restingHr: 52, sleepHours: 7 },
  },
  {
    text: 'rhr 48 to 51 this morning',
    intents: ['morning_checkin'],
    slots: { restingHr: 51, date: '2026-11-24' },
  },
  { text: 'hrv 40-45 ms, rhr 55–53', intents: ['morning_checkin'], slots: { hrvMs: 40, restingHr: 55 } },
  {
    text: 'rhr 48 - 10k easy',
    intents: ['log_run', 'morning_checkin'],
    slots: { restingHr: 48, distanceM: 10000 },
  },
  {
    text: 'resting hr 49 - 10 min shakeout later',
    intents: ['log_run', 'morning_checkin'],
    slots: { restingHr: 49, durationS: 600 },
  },
  {
    text: 'avg hr 148 max hr 176 for 12k in 1:02:00',
    intents: ['log_run'],
    slots: { distanceM: 12000, durationS: 3720, avgHr: 148, maxHr: 176 },
  },
  { text: 'heart rate one forty five', intents: ['log_run'], slots: { avgHr: 145 } },
  { text: 'hrmax 195', intents: ['log_run'], slots: { maxHr: 195 } },
  { text: 'max heart rate 260', intents: ['log_run'], slots: {}, problems: ['MAX_HR_OUT_OF_RANGE'] },
];
