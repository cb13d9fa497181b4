import type { CorpusCase } from './case.js';

/** Soreness, stress and illness for the morning check-in. */
export const WELLNESS_CASES: readonly CorpusCase[] = [
  { text: 'legs are toast', intents: ['morning_checkin'], slots: { soreness: 7 } },
  { text: 'a bit sore today', intents: ['morning_checkin'], slots: { soreness: 3, date: '2026-11-24' } },
  { text: 'soreness 4/10', intents: ['morning_checkin'], slots: { soreness: 4 } },
  { text: 'stress 8/10 at work', intents: ['morning_checkin'], slots: { stress: 8 } },
  // A range is read at its higher end (the cautious reading), and its second number is no RPE.
  { text: 'soreness 3-4/10', intents: ['morning_checkin'], slots: { soreness: 4 } },
  { text: 'stress 4-5/10', intents: ['morning_checkin'], slots: { stress: 5 } },
  { text: 'legs sore 5 to 6 out of 10', intents: ['morning_checkin'], slots: { soreness: 6 } },
  { text: '2-3/10 soreness', intents: ['morning_checkin'], slots: { soreness: 3 } },
  { text: 'stressed out', intents: ['morning_checkin'], slots: { stress: 7 } },
  {
    text: 'sore throat and a runny nose',
    intents: ['morning_checkin'],
    slots: { illness: true, symptoms: ['sore throat', 'cold'] },
  },
  {
    text: 'I think I have the flu',
    intents: ['morning_checkin'],
    slots: { illness: true, symptoms: ['flu'] },
  },
  {
    text: 'feeling sick, fever last night',
    intents: ['morning_checkin'],
    slots: { illness: true, symptoms: ['fever'], date: '2026-11-23' },
  },
  { text: 'not sick anymore', intents: ['morning_checkin'], slots: { illness: false } },
  { text: 'soreness 15/10', intents: ['morning_checkin'], slots: {}, problems: ['SORENESS_OUT_OF_RANGE'] },
  { text: 'relaxed, legs fresh', intents: ['morning_checkin'], slots: { stress: 0, soreness: 0 } },
  { text: 'DOMS from the hills', intents: ['morning_checkin'], slots: { soreness: 5 } },
  { text: 'soreness 3/5', intents: ['morning_checkin'], slots: { soreness: 6 } },
  { text: 'very stressful week at work', intents: ['morning_checkin'], slots: { stress: 7 } },
  { text: 'got a cold', intents: ['morning_checkin'], slots: { illness: true, symptoms: ['cold'] } },
];
