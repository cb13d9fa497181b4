import type { CorpusCase } from './case.js';

/** Red flags (shared codes with coach/rules/safety), including negated ones that must not fire. */
export const RED_FLAG_CASES: readonly CorpusCase[] = [
  {
    text: 'chest pain on my run today',
    intents: ['morning_checkin'],
    slots: { redFlags: ['chest_pain'], date: '2026-11-24' },
  },
  {
    text: 'felt dizzy and nearly passed out',
    intents: ['morning_checkin'],
    slots: { redFlags: ['fainting', 'dizziness'] },
  },
  {
    text: "can't breathe properly since the run",
    intents: ['morning_checkin'],
    slots: { redFlags: ['unusual_breathlessness'] },
  },
  { text: 'no chest pain, no dizziness', intents: ['unknown'], slots: {} },
  { text: 'limping after 5k', intents: ['log_run'], slots: { redFlags: ['limping'], distanceM: 5000 } },
  { text: 'numbness in my toes', intents: ['morning_checkin'], slots: { redFlags: ['numbness'] } },
  {
    text: 'my ankle is swollen and it hurts',
    intents: ['morning_checkin'],
    slots: { redFlags: ['swelling'], pains: [{ location: 'ankle' }] },
  },
  { text: 'chest feels tight', intents: ['morning_checkin'], slots: { redFlags: ['chest_pain'] } },
  {
    text: "didn't faint but felt light headed",
    intents: ['morning_checkin'],
    slots: { redFlags: ['dizziness'] },
  },
];
