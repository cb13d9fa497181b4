import type { CorpusCase } from './case.js';
import { mi, MILE_RUNNER, TODAY } from './case.js';

/** Distances as runners text them: k, km, miles, decimal commas, race names, bare numbers. */
export const DISTANCE_CASES: readonly CorpusCase[] = [
  { text: 'Ran 10k this morning', intents: ['log_run'], slots: { distanceM: 10000, date: TODAY } },
  { text: 'did 6.2 mi', intents: ['log_run'], slots: { distanceM: mi(6.2) } },
  { text: '12,5 km easy', intents: ['log_run'], slots: { distanceM: 12500 } },
  { text: 'Just finished a half marathon!!', intents: ['log_run'], slots: { distanceM: 21097.5 } },
  { text: 'ran 5 miles', intents: ['log_run'], slots: { distanceM: mi(5) } },
  { text: '8k recovery jog yesterday', intents: ['log_run'], slots: { distanceM: 8000, date: '2026-11-23' } },
  { text: '6x800m on the track', intents: ['log_run'], slots: {} },
  { text: 'did 10 today', intents: ['log_run'], slots: { distanceM: 10000, date: TODAY } },
  {
    text: 'did 10 today',
    context: MILE_RUNNER,
    intents: ['log_run'],
    slots: { distanceM: mi(10), date: TODAY },
  },
  { text: 'long run 18 miles', intents: ['log_run'], slots: { distanceM: mi(18) } },
  { text: 'parkrun this morning', intents: ['log_run'], slots: { distanceM: 5000, date: TODAY } },
  { text: 'Ran 1000 km', intents: ['log_run'], slots: {}, problems: ['DISTANCE_IMPLAUSIBLE'] },
  { text: '3 mile shakeout', intents: ['log_run'], slots: { distanceM: mi(3) } },
  { text: '21.1k', intents: ['log_run'], slots: { distanceM: 21097.5 } },
  {
    // the cool-down is part of the run; the 10K is its main part
    text: 'ran 10K + 2k cool down',
    intents: ['log_run'],
    slots: { distanceM: 12000, segment: { distanceM: 10000 } },
  },
  { text: 'did a 10 miler', intents: ['log_run'], slots: { distanceM: mi(10) } },
  { text: 'Ran 400m', intents: ['log_run'], slots: { distanceM: 400 } },
  { text: 'ran 7km w/ the club', intents: ['log_run'], slots: { distanceM: 7000 } },
  { text: 'TEN K DONE', intents: ['log_run'], slots: { distanceM: 10000 } },
  { text: '5k', intents: ['log_run'], slots: { distanceM: 5000 } },
  { text: 'ran 0.05 km', intents: ['log_run'], slots: {}, problems: ['DISTANCE_IMPLAUSIBLE'] },
  { text: 'ran 15.5km on the canal', intents: ['log_run'], slots: { distanceM: 15500 } },
];
