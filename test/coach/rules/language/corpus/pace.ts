import type { CorpusCase } from './case.js';
import { mi, MILE_RUNNER, perMile } from './case.js';

/** Paces per km and per mile (converted to s/km), with and without a unit, and impossible ones. */
export const PACE_CASES: readonly CorpusCase[] = [
  { text: '5:15/km', intents: ['log_run'], slots: { paceSPerKm: 315 } },
  { text: '8:30 per mile', intents: ['log_run'], slots: { paceSPerKm: perMile('8:30') } },
  { text: 'easy 10k at 5:40 pace', intents: ['log_run'], slots: { distanceM: 10000, paceSPerKm: 340 } },
  {
    text: 'ran 6 miles at 9:00/mi',
    intents: ['log_run'],
    slots: { distanceM: mi(6), paceSPerKm: perMile('9:00') },
  },
  { text: `5'15"/km tempo`, intents: ['log_run'], slots: { paceSPerKm: 315 } },
  { text: 'averaged 4:55 per k', intents: ['log_run'], slots: { paceSPerKm: 295 } },
  {
    text: '7 min miles for 5 miles',
    intents: ['log_run'],
    slots: { distanceM: mi(5), paceSPerKm: perMile('7:00') },
  },
  { text: 'tempo at 4.50/km', intents: ['log_run'], slots: { paceSPerKm: 290 } },
  { text: 'pace 1:30/km', intents: ['log_run'], slots: {}, problems: ['PACE_FASTER_THAN_WORLD_RECORD'] },
  {
    text: 'ran 10k at 2:30/km',
    intents: ['log_run'],
    slots: { distanceM: 10000 },
    problems: ['PACE_FASTER_THAN_WORLD_RECORD'],
  },
  {
    text: 'walked 3k at 25:00/km',
    intents: ['log_run'],
    slots: { distanceM: 3000 },
    problems: ['PACE_TOO_SLOW'],
  },
  { text: '5:40 pace', context: MILE_RUNNER, intents: ['log_run'], slots: { paceSPerKm: perMile('5:40') } },
  {
    text: 'ran 8 miles at 8:15',
    intents: ['log_run'],
    slots: { distanceM: mi(8), paceSPerKm: perMile('8:15') },
  },
  { text: 'did 10 k at five thirty a k', intents: ['log_run'], slots: { distanceM: 10000, paceSPerKm: 330 } },
  { text: 'six minute kilometres', intents: ['log_run'], slots: { paceSPerKm: 360 } },
  { text: 'intervals at 3:50 min/km', intents: ['log_run'], slots: { paceSPerKm: 230 } },
];
