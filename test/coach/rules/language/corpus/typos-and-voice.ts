import type { CorpusCase } from './case.js';

/** Typos, texting shorthand and voice transcriptions. */
export const TYPO_AND_VOICE_CASES: readonly CorpusCase[] = [
  { text: 'ran 10 kms yesturday', intents: ['log_run'], slots: { distanceM: 10000, date: '2026-11-23' } },
  { text: 'slep 6 hrs', intents: ['morning_checkin'], slots: { sleepHours: 6 } },
  { text: 'avg hearth rate 150', intents: ['log_run'], slots: { avgHr: 150 } },
  { text: 'did 5 klicks', intents: ['log_run'], slots: { distanceM: 5000 } },
  { text: 'rpe 7 fealt hard', intents: ['rpe_checkin'], slots: { rpe: 7 } },
  { text: '10 kilometeres in 55 minuts', intents: ['log_run'], slots: { distanceM: 10000, durationS: 3300 } },
  {
    text: 'my kne hurts 5/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'knee', score: 5 }] },
  },
  { text: 'marthon in 4:10:00', intents: ['race_result'], slots: { distanceM: 42195, durationS: 15000 } },
  {
    text: 'i ran ten kilometers in fifty one minutes',
    intents: ['log_run'],
    slots: { distanceM: 10000, durationS: 3060 },
  },
  { text: 'my heart rate was about one fifty five', intents: ['log_run'], slots: { avgHr: 155 } },
  { text: 'i slept about six and a half hours', intents: ['morning_checkin'], slots: { sleepHours: 6.5 } },
  { text: 'rate of perceived effort seven', intents: ['rpe_checkin'], slots: { rpe: 7 } },
  {
    text: 'left knee pain about a four',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'knee', side: 'left', score: 4 }] },
  },
  {
    text: 'five k in twenty five minutes',
    intents: ['log_run'],
    slots: { distanceM: 5000, durationS: 1500 },
  },
  { text: 'ran for one hour and ten minutes', intents: ['log_run'], slots: { durationS: 4200 } },
  { text: 'RAN 10K IN 48:05!!!', intents: ['log_run'], slots: { distanceM: 10000, durationS: 2885 } },
  { text: 'ran 10km ysterday', intents: ['log_run'], slots: { distanceM: 10000, date: '2026-11-23' } },
  { text: 'Ｒan ５k', intents: ['log_run'], slots: { distanceM: 5000 } },
  {
    text: 'ran 10 kilomteres yesteday',
    intents: ['log_run'],
    slots: { distanceM: 10000, date: '2026-11-23' },
  },
  { text: 'marahton in 3:45:10', intents: ['race_result'], slots: { distanceM: 42195, durationS: 13510 } },
  { text: 'achilels sore', intents: ['morning_checkin'], slots: { pains: [{ location: 'achilles' }] } },
  { text: 'walked 10k steps', intents: ['unknown'], slots: {} },
  { text: 'heart rate a hundred and fifty', intents: ['log_run'], slots: { avgHr: 150 } },
];
