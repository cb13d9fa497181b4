import type { CorpusCase } from './case.js';

/**
 * Messages the way runners text, read on Tuesday 2026-11-24 (issue 11): runs pasted from a watch app
 * ("Morning Run 8.02 km 42:17 5:16 /km 151 bpm"), lower case, typos, emoji, "tmrw", "wknd", "yday", "r",
 * voice dictation without punctuation, per-rep times, stated totals, check-ins, questions and quick
 * replies ("felt like a 6", "hard", "nah keep the original").
 */
export const TEXTED_CASES: readonly CorpusCase[] = [
  {
    text: 'Morning Run 8.02 km 42:17 5:16 /km 151 bpm',
    intents: ['log_run'],
    slots: { avgHr: 151, paceSPerKm: 316, distanceM: 8020, durationS: 2537 },
  },
  {
    text: 'Evening Run 5.01 km 26:40 5:19 /km avg hr 148',
    intents: ['log_run'],
    slots: { avgHr: 148, paceSPerKm: 319, distanceM: 5010, durationS: 1600 },
  },
  {
    text: 'Afternoon Run 12.1 km 1:03:40 5:16 /km',
    intents: ['log_run'],
    slots: { paceSPerKm: 316, distanceM: 12100, durationS: 3820 },
  },
  {
    text: 'Lunch Run · 6.4 km · 33:02 · 5:10/km',
    intents: ['log_run'],
    slots: { paceSPerKm: 310, distanceM: 6400, durationS: 1982 },
  },
  {
    text: 'ran 10k this morning in 52 min avg hr 149 felt gd',
    intents: ['log_run'],
    slots: { avgHr: 149, distanceM: 10000, durationS: 3120, date: '2026-11-24' },
  },
  {
    text: 'did 6 mi easy yday 9:45 pace',
    intents: ['log_run'],
    slots: { paceSPerKm: 363.5, distanceM: 9656.1, date: '2026-11-23' },
  },
  {
    text: 'ran 4 mi this am 36 min 🥵',
    intents: ['log_run'],
    slots: { distanceM: 6437.4, durationS: 2160, date: '2026-11-24' },
  },
  {
    text: 'did 5 miles yday avg hr 152',
    intents: ['log_run'],
    slots: { avgHr: 152, distanceM: 8046.7, date: '2026-11-23' },
  },
  {
    text: 'tempo 3 mi @ 7:45 felt strong 💪',
    intents: ['log_run'],
    slots: { paceSPerKm: 288.9, distanceM: 4828 },
  },
  {
    text: 'long run sunday 14 mi 2:05',
    intents: ['log_run'],
    slots: { distanceM: 22530.8, durationS: 7500, date: '2026-11-22' },
  },
  {
    text: '5k parkrun 23:48 pb!!! 🎉🎉',
    intents: ['race_result'],
    slots: { distanceM: 5000, durationS: 1428 },
  },
  { text: 'long run done 🙌 21k 1:58', intents: ['log_run'], slots: { distanceM: 21000, durationS: 7080 } },
  {
    text: 'did my long run 18 k in an hour fifty',
    intents: ['log_run'],
    slots: { distanceM: 18000, durationS: 6600 },
  },
  {
    text: 'so i ran about seven k this morning it took like forty minutes',
    intents: ['log_run'],
    slots: { distanceM: 7000, durationS: 2400, date: '2026-11-24' },
  },
  {
    text: 'went for a run this morning about 8 k took 45 minutes',
    intents: ['log_run'],
    slots: { distanceM: 8000, durationS: 2700, date: '2026-11-24' },
  },
  {
    text: 'ran ten k yesterday in fifty two minutes',
    intents: ['log_run'],
    slots: { distanceM: 10000, durationS: 3120, date: '2026-11-23' },
  },
  {
    text: 'i ran 10 k in 55 minutes avg heart rate 150 it felt hard',
    intents: ['log_run', 'rpe_checkin'],
    slots: { avgHr: 150, rpe: 5, distanceM: 10000, durationS: 3300 },
  },
  {
    text: 'just got back from a run 7k 38min',
    intents: ['log_run'],
    slots: { distanceM: 7000, durationS: 2280 },
  },
  { text: 'ran 3 miles in 27 mins', intents: ['log_run'], slots: { distanceM: 4828, durationS: 1620 } },
  { text: 'treadmill 5k 28:30', intents: ['log_run'], slots: { distanceM: 5000, durationS: 1710 } },
  { text: 'run walk 5k 38 min', intents: ['log_run'], slots: { distanceM: 5000, durationS: 2280 } },
  { text: 'recovery jog 25 min 4k', intents: ['log_run'], slots: { distanceM: 4000, durationS: 1500 } },
  {
    text: 'easy 5k hr 138 avg cadence 170',
    intents: ['log_run'],
    slots: { avgHr: 138, cadence: 170, distanceM: 5000 },
  },
  {
    text: '10 mi long run 1:32 avg hr 145',
    intents: ['log_run'],
    slots: { avgHr: 145, distanceM: 16093.4, durationS: 5520 },
  },
  { text: 'ran 10k 49:59 🔥🔥', intents: ['log_run'], slots: { distanceM: 10000, durationS: 2999 } },
  { text: 'did the intervals 6x800 in 3:20 each', intents: ['log_run'], slots: {} },
  { text: 'track session 8x400 w 200 jog, 35 min total', intents: ['log_run'], slots: { durationS: 2100 } },
  {
    text: 'hills today 10x30s, 50 min total',
    intents: ['log_run'],
    slots: { durationS: 3000, date: '2026-11-24' },
  },
  { text: 'legs r dead after yesterdays intervals', intents: ['morning_checkin'], slots: { soreness: 7 } },
  { text: 'slept like 5 hrs 😴 feeling rough', intents: ['morning_checkin'], slots: { sleepHours: 5 } },
  {
    text: 'kinda tired today slept maybe 6 hours',
    intents: ['morning_checkin'],
    slots: { sleepHours: 6, date: '2026-11-24' },
  },
  { text: 'slept 8h feel great, hrv 72', intents: ['morning_checkin'], slots: { hrvMs: 72, sleepHours: 8 } },
  {
    text: 'rhr 58 this am, usually 50',
    intents: ['morning_checkin'],
    slots: { restingHr: 58, date: '2026-11-24' },
  },
  { text: 'stressed af at work 8/10', intents: ['morning_checkin'], slots: { stress: 8 } },
  {
    text: 'hamstring a bit tight 3/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'hamstring', score: 3 }] },
  },
  {
    text: 'achilles sore this morning like 4/10',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'achilles', score: 4 }], date: '2026-11-24' },
  },
  {
    text: 'shins hurt after yesterday',
    intents: ['morning_checkin'],
    slots: { pains: [{ location: 'shin' }], date: '2026-11-23' },
  },
  {
    text: 'bit of a cold, sore throat',
    intents: ['morning_checkin'],
    slots: { illness: true, symptoms: ['sore throat', 'cold'] },
  },
  {
    text: 'feeling sick, fever, staying in bed',
    intents: ['morning_checkin'],
    slots: { illness: true, symptoms: ['fever'] },
  },
  { text: 'tmrw?', intents: ['ask_today'], slots: { date: '2026-11-25' } },
  { text: 'what do i have this wknd', intents: ['ask_week'], slots: {} },
  { text: 'whats the plan for wknd', intents: ['ask_week'], slots: {} },
  { text: 'what am i doing sat', intents: ['ask_today'], slots: { date: '2026-11-28' } },
  {
    text: 'can i swap tmrw and thurs',
    intents: ['move_session'],
    slots: { reschedule: { from: '2026-11-25', to: '2026-11-26' } },
  },
  {
    text: 'can i do the long run on sat instead of sun',
    intents: ['move_session'],
    slots: { reschedule: { session: 'long', from: '2026-11-29', to: '2026-11-28' } },
  },
  {
    text: 'should i run today my calves r sore',
    intents: ['ask_today'],
    slots: { pains: [{ location: 'calf' }], date: '2026-11-24' },
  },
  { text: 'should i do the intervals if my legs r sore?', intents: ['ask_today'], slots: {} },
  {
    text: 'can i run 15k on sunday',
    intents: ['ask_today'],
    slots: { distanceM: 15000, date: '2026-11-29' },
  },
  { text: 'is it ok to run twice tmrw', intents: ['unknown'], slots: { date: '2026-11-25' } },
  { text: 'how fast should my tempo be', intents: ['ask_paces'], slots: {} },
  { text: 'what pace for my long run', intents: ['ask_paces'], slots: {} },
  { text: "what's my easy pace again", intents: ['ask_paces'], slots: {} },
  {
    text: 'how long should my long run be this wknd',
    intents: ['ask_question'],
    slots: { question: { kind: 'long-run', weekOffset: 0 } },
  },
  { text: 'how am i doing', intents: ['ask_question'], slots: { question: { kind: 'progress' } } },
  {
    text: 'what time could i run a half now',
    intents: ['ask_question'],
    slots: { distanceM: 21097.5, question: { kind: 'prediction', distance: 'half' } },
  },
  {
    text: 'halfway thru my long run hr 160 ok?',
    intents: ['ask_question'],
    slots: { avgHr: 160, question: { kind: 'mid-run' } },
  },
  {
    text: 'what should i eat before my long run',
    intents: ['ask_question'],
    slots: { question: { kind: 'outside', topic: 'nutrition' } },
  },
  {
    text: 'only 3 days next wk',
    intents: ['limit_days'],
    slots: { dayLimit: { runDays: 3, weekOffset: 1 } },
  },
  { text: 'change my days to mon wed sat', intents: ['change_days'], slots: { days: ['mon', 'wed', 'sat'] } },
  { text: 'pause for a week, work trip', intents: ['pause'], slots: { pauseReason: 'travel' } },
  { text: 'that wasnt a run', intents: ['undo'], slots: {} },
  { text: 'k', intents: ['accept'], slots: {} },
  { text: 'ok sounds good 👍', intents: ['accept'], slots: {} },
  { text: 'yep lets do it', intents: ['accept'], slots: {} },
  { text: 'nah keep the original', intents: ['keep_original'], slots: {} },
  { text: 'no thanks', intents: ['keep_original'], slots: {} },
  { text: '7', intents: ['rpe_checkin'], slots: { rpe: 7 } },
  { text: '6/10', intents: ['rpe_checkin'], slots: { rpe: 6 } },
  { text: 'felt like a 6', intents: ['rpe_checkin'], slots: { rpe: 6 } },
  { text: 'prob a 7', intents: ['rpe_checkin'], slots: { rpe: 7 } },
  { text: 'hard', intents: ['rpe_checkin'], slots: { rpe: 5 } },
];
