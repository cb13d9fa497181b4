import type { CorpusCase } from './case.js';

/**
 * Run reports and questions typed the way runners text: lowercase, emoji, "k", "mins", "hr", mixed
 * units, a report followed by a question, and the ways of saying "undo". A question that opens the
 * message never logs a run; a report followed by "was that too fast?" does.
 */
export const RUNNER_TEXT_CASES: readonly CorpusCase[] = [
  {
    text: '5k this morning 27:40 😅',
    intents: ['log_run'],
    slots: { distanceM: 5000, durationS: 1660, date: '2026-11-24' },
  },
  {
    text: 'did 8k easy, 46 mins, hr 142',
    intents: ['log_run'],
    slots: { avgHr: 142, distanceM: 8000, durationS: 2760 },
  },
  {
    text: 'ran 12km in 1:04:30, legs heavy',
    intents: ['log_run', 'morning_checkin'],
    slots: { soreness: 5, distanceM: 12000, durationS: 3870 },
  },
  {
    text: '10k, 58 mins. was that too fast for an easy run?',
    intents: ['log_run', 'ask_question'],
    slots: { distanceM: 10000, durationS: 3480, question: { kind: 'too-fast' } },
  },
  { text: 'is 5:45 too quick for easy?', intents: ['unknown'], slots: { durationS: 345 } },
  {
    // answered with this week's long run
    text: 'how long should my long run be',
    intents: ['ask_question'],
    slots: { question: { kind: 'long-run', weekOffset: 0 } },
  },
  { text: 'what pace for tempo tmrw?', intents: ['ask_paces'], slots: { date: '2026-11-25' } },
  {
    text: 'quick 3 miler before work, 26 min',
    intents: ['log_run'],
    slots: { distanceM: 4828, durationS: 1560 },
  },
  { text: '6 mi easy, avg hr 138 👍', intents: ['log_run'], slots: { avgHr: 138, distanceM: 9656.1 } },
  { text: 'treadmill 30 mins at 12kph', intents: ['log_run'], slots: { distanceM: 6000, durationS: 1800 } },
  { text: 'treadmill 40 min @ 6 mph', intents: ['log_run'], slots: { distanceM: 6437.4, durationS: 2400 } },
  { text: 'long run done 18k 1h52', intents: ['log_run'], slots: { distanceM: 18000, durationS: 6720 } },
  {
    text: '16km 1:38:20 avg hr 151 cadence 176',
    intents: ['log_run'],
    slots: { avgHr: 151, cadence: 176, distanceM: 16000, durationS: 5900 },
  },
  {
    text: 'Jogged 4k w the dog, rpe 3',
    intents: ['log_run', 'rpe_checkin'],
    slots: { rpe: 3, distanceM: 4000 },
  },
  { text: 'easy 5k. rpe 4', intents: ['log_run', 'rpe_checkin'], slots: { rpe: 4, distanceM: 5000 } },
  {
    text: 'run 10k 55min hr 150',
    intents: ['log_run'],
    slots: { avgHr: 150, distanceM: 10000, durationS: 3300 },
  },
  { text: 'ran 7.2 km, 41:10', intents: ['log_run'], slots: { distanceM: 7200, durationS: 2470 } },
  { text: 'parkrun 24:55 new pb!!', intents: ['race_result'], slots: { distanceM: 5000, durationS: 1495 } },
  { text: 'did 20 mins on the treadmill', intents: ['log_run'], slots: { durationS: 1200 } },
  { text: 'ran for an hour, maybe 9k', intents: ['log_run'], slots: { distanceM: 9000, durationS: 3600 } },
  {
    text: 'half marathon today 1:52:03 🎉',
    intents: ['race_result'],
    slots: { distanceM: 21097.5, durationS: 6723, date: '2026-11-24' },
  },
  { text: 'done 5km in 29mins', intents: ['log_run'], slots: { distanceM: 5000, durationS: 1740 } },
  { text: 'ran 6k, effort 7/10', intents: ['log_run', 'rpe_checkin'], slots: { rpe: 7, distanceM: 6000 } },
  {
    text: '8 km 44 min rpe 6, calves tight',
    intents: ['log_run', 'rpe_checkin'],
    slots: { pains: [{ location: 'calf' }], rpe: 6, distanceM: 8000, durationS: 2640 },
  },
  {
    text: 'legs dead after 14k, 1h20',
    intents: ['log_run', 'morning_checkin'],
    slots: { soreness: 7, distanceM: 14000, durationS: 4800 },
  },
  { text: 'why is my long run only 12k?', intents: ['ask_why'], slots: { distanceM: 12000 } },
  { text: 'do i run today?', intents: ['ask_today'], slots: { date: '2026-11-24' } },
  { text: "what's the point of strides", intents: ['ask_why'], slots: {} },
  { text: 'how come my paces changed?', intents: ['ask_paces', 'ask_why'], slots: {} },
  { text: 'ran -3 miles lol', intents: ['log_run'], slots: {}, problems: ['VALUE_NEGATIVE'] },
  { text: 'ran 5k in -25 min', intents: ['log_run'], slots: {}, problems: ['VALUE_NEGATIVE'] },
  { text: 'rpe 7.5', intents: ['rpe_checkin'], slots: {}, problems: ['RPE_OUT_OF_RANGE'] },
  { text: 'cadence 400', intents: ['unknown'], slots: {}, problems: ['CADENCE_OUT_OF_RANGE'] },
  {
    text: 'ran 5k, avg hr 20',
    intents: ['log_run'],
    slots: { distanceM: 5000 },
    problems: ['HR_OUT_OF_RANGE'],
  },
  { text: '4.5k recovery jog, 30 min', intents: ['log_run'], slots: { distanceM: 4500, durationS: 1800 } },
  {
    text: 'ran 10k 1 min',
    intents: ['log_run'],
    slots: { distanceM: 10000 },
    problems: ['PACE_FASTER_THAN_WORLD_RECORD'],
  },
  { text: 'scratch that', intents: ['undo'], slots: {} },
  { text: 'oops delete that', intents: ['undo'], slots: {} },
  { text: 'that was not a run, ignore it', intents: ['undo'], slots: {} },
  { text: 'undo that', intents: ['undo'], slots: {} },
  { text: 'back from holiday, ready to go', intents: ['resume'], slots: {} },
  {
    text: 'back after a work trip, legs feel fresh',
    intents: ['resume', 'morning_checkin'],
    slots: { soreness: 0 },
  },
  { text: 'work trip next week, cant run', intents: ['pause'], slots: { pauseReason: 'travel' } },
  { text: 'did 5k lunchtime, felt gd', intents: ['log_run'], slots: { distanceM: 5000 } },
  { text: 'ran 3.1 mi 28:10', intents: ['log_run'], slots: { distanceM: 4989, durationS: 1690 } },
  {
    text: '10km 52mins avg hr 155 rpe 6',
    intents: ['log_run', 'rpe_checkin'],
    slots: { avgHr: 155, rpe: 6, distanceM: 10000, durationS: 3120 },
  },
  { text: 'easy 45 mins, no watch', intents: ['log_run'], slots: { durationS: 2700 } },
  {
    text: 'ran 9k in 50 min, was that ok?',
    intents: ['log_run'],
    slots: { distanceM: 9000, durationS: 3000 },
  },
  { text: 'hr was 165 the whole way, is that bad?', intents: ['unknown'], slots: { avgHr: 165 } },
];
