import type { CorpusCase } from './case.js';

/**
 * Issue 11 §3, "nothing stored from a question or a misparse": every example of the issue. A question
 * carries no run intent; impossible values raise a problem; a treadmill speed gives the distance; a
 * recovery jog keeps its minutes; cadence and a "like 6/10" pain score are read.
 */
export const STORED_OR_NOT_CASES: readonly CorpusCase[] = [
  {
    text: 'why do my easy runs have to be so slow? 6:30 feels like walking',
    intents: ['ask_why'],
    slots: { durationS: 390 },
  },
  {
    text: 'back after a work trip, slept 7h',
    intents: ['resume', 'morning_checkin'],
    slots: { sleepHours: 7 },
  },
  { text: 'ran -5 km', intents: ['log_run'], slots: {}, problems: ['VALUE_NEGATIVE'] },
  {
    text: 'ran 10k in 3 min',
    intents: ['log_run'],
    slots: { distanceM: 10000 },
    problems: ['PACE_FASTER_THAN_WORLD_RECORD'],
  },
  { text: 'rpe 6.5', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: 'rpe 11', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  {
    text: 'ran 8k avg hr 300',
    intents: ['log_run'],
    slots: { distanceM: 8000 },
    problems: ['HR_OUT_OF_RANGE'],
  },
  { text: '30 min recovery jog 4.2km', intents: ['log_run'], slots: { distanceM: 4200, durationS: 1800 } },
  {
    text: 'Run: 7.5km / 40:05 / avg HR 139 / cadence 172',
    intents: ['log_run'],
    slots: { avgHr: 139, cadence: 172, distanceM: 7500, durationS: 2405 },
  },
  { text: 'Treadmill 45 min at 10 km/h', intents: ['log_run'], slots: { distanceM: 7500, durationS: 2700 } },
  {
    text: 'my left knee hurts, like 6/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'knee', side: 'left', score: 6 }] },
  },
  { text: 'undo', intents: ['undo'], slots: {} },
  { text: "that wasn't a run", intents: ['undo'], slots: {} },
  // A run report inside a goal change carries both intents, the goal's race kept out of the run's slots:
  // the conversation logs the run and asks for the goal on its own.
  {
    text: 'change my goal to a marathon, ran 10k in 45 min yesterday',
    intents: ['log_run', 'change_goal'],
    slots: { distanceM: 10000, durationS: 2700, date: '2026-11-23' },
  },
];
