import type { CorpusCase } from './case.js';

/** Durations: m:ss, h:mm:ss, minutes, hours, 1h05, words, and the m:ss / h:mm ambiguity. */
export const DURATION_CASES: readonly CorpusCase[] = [
  { text: '52:30 for 10k', intents: ['log_run'], slots: { distanceM: 10000, durationS: 3150 } },
  {
    text: 'ran 1:05:10 for a half',
    intents: ['race_result'],
    slots: { distanceM: 21097.5, durationS: 3910 },
  },
  { text: '45 min easy run', intents: ['log_run'], slots: { durationS: 2700 } },
  { text: 'ran for an hour', intents: ['log_run'], slots: { durationS: 3600 } },
  { text: '1h05 around the park', intents: ['log_run'], slots: { durationS: 3900 } },
  { text: 'ran 1.5 hours', intents: ['log_run'], slots: { durationS: 5400 } },
  { text: 'ran for half an hour', intents: ['log_run'], slots: { durationS: 1800 } },
  { text: '90 minutes on the trails', intents: ['log_run'], slots: { durationS: 5400 } },
  { text: 'ran 52 mins 30 secs', intents: ['log_run'], slots: { durationS: 3150 } },
  { text: 'did 1 hr 10 min', intents: ['log_run'], slots: { durationS: 4200 } },
  { text: 'ran 1:45', intents: ['log_run'], slots: { durationS: 6300 } },
  { text: 'half in 1:45', intents: ['race_result'], slots: { distanceM: 21097.5, durationS: 6300 } },
  { text: 'Marathon 3:59:12', intents: ['race_result'], slots: { distanceM: 42195, durationS: 14352 } },
  {
    text: '10k in 3 min',
    intents: ['log_run'],
    slots: { distanceM: 10000 },
    problems: ['PACE_FASTER_THAN_WORLD_RECORD'],
  },
  {
    text: 'ran 5k in 5 hours',
    intents: ['log_run'],
    slots: { distanceM: 5000 },
    problems: ['PACE_TOO_SLOW'],
  },
  { text: 'ran for 100 hours', intents: ['log_run'], slots: {}, problems: ['DURATION_IMPLAUSIBLE'] },
  { text: "45' steady", intents: ['log_run'], slots: { durationS: 2700 } },
  {
    text: 'an hour and a half long run sunday',
    intents: ['log_run'],
    slots: { durationS: 5400, date: '2026-11-22' },
  },
  { text: '5k 23:41', intents: ['log_run'], slots: { distanceM: 5000, durationS: 1421 } },
  { text: 'ran an hour and 5 min', intents: ['log_run'], slots: { durationS: 3900 } },
  { text: 'jogged 25 minutes with the dog', intents: ['log_run'], slots: { durationS: 1500 } },
];
