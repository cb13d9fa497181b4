import type { CorpusCase } from './case.js';

/** Pain: location, side, 0–10 score, negation, trend, and scores off the scale. */
export const PAIN_CASES: readonly CorpusCase[] = [
  {
    text: 'left knee 6/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'knee', side: 'left', score: 6 }] },
  },
  { text: 'left knee 12/10', intents: ['morning_checkin'], slots: {}, problems: ['PAIN_OUT_OF_RANGE'] },
  // A range is read at its higher end, whichever way round: for pain the cautious reading.
  {
    text: 'knee pain 2-3/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'knee', score: 3 }] },
  },
  {
    text: 'left achilles 4 - 3 out of 10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'achilles', side: 'left', score: 4 }] },
  },
  {
    text: 'ran 8k, right calf tight, 2-3/10',
    intents: ['log_run'],
    slots: { distanceM: 8000, pains: [{ location: 'calf', side: 'right', score: 3 }] },
  },
  { text: 'hip pain 3 to 12/10', intents: ['morning_checkin'], slots: {}, problems: ['PAIN_OUT_OF_RANGE'] },
  {
    text: 'my right achilles hurts',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'achilles', side: 'right' }] },
  },
  {
    text: 'shin pain at a 4',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'shin', score: 4 }] },
  },
  { text: 'no knee pain today', intents: ['morning_checkin'], slots: { pains: [], date: '2026-11-24' } },
  {
    text: 'ran 8k, right calf tight, 3/10',
    intents: ['log_run'],
    slots: { distanceM: 8000, pains: [{ location: 'calf', side: 'right', score: 3 }] },
  },
  {
    text: 'left knee 6/10 and right hip 3/10',
    intents: ['morning_checkin'],
    slots: {
      pains: [
        { location: 'knee', side: 'left', score: 6 },
        { location: 'hip', side: 'right', score: 3 },
      ],
    },
  },
  {
    text: 'sharp pain in my left foot',
    intents: ['morning_checkin'],
    slots: { redFlags: ['sharp_pain'], pains: [{ location: 'foot', side: 'left' }] },
  },
  { text: 'knee is fine', intents: ['morning_checkin'], slots: { pains: [] } },
  {
    text: 'lower back a bit achy 2/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'lower back', score: 2 }] },
  },
  {
    text: 'IT band niggle on the left',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'it band', side: 'left' }] },
  },
  {
    text: 'hamstring tweaked, pain 5',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'hamstring', score: 5 }] },
  },
  {
    text: 'knee pain getting worse',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'knee' }], painTrend: 'worse' },
  },
  { text: 'my left knee is swollen', intents: ['morning_checkin'], slots: { redFlags: ['swelling'] } },
  {
    text: 'ouch, right shin 7/10 after the run',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'shin', side: 'right', score: 7 }] },
  },
  {
    text: 'plantar fascia pain 3/10 in the morning',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'plantar fascia', score: 3 }] },
  },
  {
    text: 'achilles a bit better today, 2/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'achilles', score: 2 }], painTrend: 'better', date: '2026-11-24' },
  },
  { text: 'pain free!', intents: ['morning_checkin'], slots: { pains: [] } },
];
