import type { CorpusCase } from './case.js';

/** Session RPE: numbers, x/10, a lone number, and feeling words mapped on the CR-10 scale. */
export const RPE_CASES: readonly CorpusCase[] = [
  { text: 'rpe 7', intents: ['rpe_checkin'], slots: { rpe: 7 } },
  { text: '7/10', intents: ['rpe_checkin'], slots: { rpe: 7 } },
  { text: 'felt hard', intents: ['rpe_checkin'], slots: { rpe: 5 } },
  { text: 'easy peasy', intents: ['rpe_checkin'], slots: { rpe: 1 } },
  { text: 'RPE: 8', intents: ['rpe_checkin'], slots: { rpe: 8 } },
  { text: 'effort was 6 out of 10', intents: ['rpe_checkin'], slots: { rpe: 6 } },
  { text: 'that was brutal', intents: ['rpe_checkin'], slots: { rpe: 8 } },
  {
    text: '10k done, felt really hard',
    intents: ['log_run', 'rpe_checkin'],
    slots: { distanceM: 10000, rpe: 7 },
  },
  { text: 'rpe 15', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: '15', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: '4', intents: ['rpe_checkin'], slots: { rpe: 4 } },
  { text: 'rpe seven', intents: ['rpe_checkin'], slots: { rpe: 7 } },
  { text: 'pretty easy tbh', intents: ['rpe_checkin'], slots: { rpe: 2 } },
  { text: 'felt comfortable', intents: ['rpe_checkin'], slots: { rpe: 2 } },
  { text: 'easy run, rpe 3', intents: ['rpe_checkin'], slots: { rpe: 3 } },
  {
    text: 'all out effort at parkrun 21:30',
    intents: ['race_result', 'rpe_checkin'],
    slots: { distanceM: 5000, durationS: 1290, rpe: 10 },
  },
  { text: 'piece of cake', intents: ['rpe_checkin'], slots: { rpe: 1 } },
  { text: 'rpe 0', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: 'effort 12/10 lol', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: 'struggled through 8k', intents: ['log_run', 'rpe_checkin'], slots: { distanceM: 8000, rpe: 7 } },
  { text: 'felt somewhat hard', intents: ['rpe_checkin'], slots: { rpe: 4 } },
  { text: 'it was not hard at all', intents: ['unknown'], slots: {} },
  // A range is not one rating: asked again, between its two ends.
  { text: 'rpe 6-7', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: '6-7', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: 'effort 7 - 8/10', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
];
