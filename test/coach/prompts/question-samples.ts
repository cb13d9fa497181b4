/** Sample messages of the coaching-question kinds (issue 11 §5), with real cues from `midRunCue`. */
import type { CoachMessage } from '../../../coach/prompts/coach-message.js';
import { midRunCue } from '../../../coach/rules/in-run/mid-run-cue.js';
import type { Session } from '../../../coach/rules/plan/types.js';

export function questionSamples(easy: Session, tempo: Session): CoachMessage[] {
  const long: Session = { ...easy, kind: 'long', minutes: 90, km: 14 };
  return [
    { kind: 'today', date: easy.date, ahead: true, session: easy },
    { kind: 'today', date: '2027-01-22', ahead: true },
    { kind: 'long-run', weekStart: '2027-01-18', weekOffset: 1, session: long },
    { kind: 'long-run', weekStart: '2027-01-11', weekOffset: 0 },
    {
      kind: 'progress',
      weeksCompleted: 6,
      totalWeeks: 19,
      runsLogged: 21,
      km: 163.4,
      vdotBefore: 38.3,
      vdotNow: 39.4,
      paces: {
        easyBefore: { from: 368, to: 411 },
        easyNow: { from: 360, to: 402 },
        thresholdBefore: 316,
        thresholdNow: 309,
      },
    },
    {
      kind: 'progress',
      weeksCompleted: 0,
      totalWeeks: 19,
      runsLogged: 0,
      km: 0,
      vdotNow: 38.3,
      vdotBefore: 38.3,
    },
    { kind: 'progress', weeksCompleted: 2, totalWeeks: 19, runsLogged: 1, km: 8 },
    {
      kind: 'race-prediction',
      distance: 'half',
      vdot: 38.3,
      fastSeconds: 6960,
      slowSeconds: 7171,
      lowVolume: false,
    },
    {
      kind: 'race-prediction',
      distance: 'marathon',
      vdot: 38.3,
      fastSeconds: 14934,
      slowSeconds: 15828,
      lowVolume: true,
    },
    { kind: 'race-prediction', distance: '5k' },
    {
      kind: 'run-check',
      date: '2027-01-21',
      judgedAs: 'easy',
      verdict: 'too-fast',
      pace: { paceSPerKm: 320, band: { from: 368, to: 411 }, offSPerKm: -48, verdict: 'faster' },
      hr: { avgHr: 158, ceilingBpm: 154, verdict: 'above' },
    },
    {
      kind: 'run-check',
      date: '2027-01-21',
      judgedAs: 'easy',
      verdict: 'right',
      pace: { paceSPerKm: 390, band: { from: 368, to: 411 }, offSPerKm: 0, verdict: 'within' },
    },
    {
      kind: 'run-check',
      date: '2027-01-19',
      judgedAs: 'tempo',
      verdict: 'slower',
      hr: { avgHr: 160, band: { from: 160, to: 170 }, verdict: 'within' },
    },
    { kind: 'run-check', date: '2027-01-19', verdict: 'unknown' },
    { kind: 'run-check', verdict: 'unknown' },
    { kind: 'mid-run-cue', cue: midRunCue(easy, 0, { distanceKm: 3, hr: 165 }), sessionKind: 'easy' },
    { kind: 'mid-run-cue', cue: midRunCue(easy, 0, { distanceKm: 3, hr: 158 }), sessionKind: 'easy' },
    {
      kind: 'mid-run-cue',
      cue: midRunCue(tempo, 1, { elapsedSeconds: 1500, lapPaceSPerKm: 290 }),
      sessionKind: 'tempo',
    },
    {
      kind: 'mid-run-cue',
      cue: midRunCue(tempo, 1, { elapsedSeconds: 1500, lapPaceSPerKm: 340 }),
      sessionKind: 'tempo',
    },
    { kind: 'mid-run-cue', cue: midRunCue(easy, 0, { distanceKm: 2 }), sessionKind: 'easy' },
    {
      kind: 'mid-run-cue',
      cue: midRunCue(tempo, 1, { elapsedSeconds: 1500, painScore: 3 }),
      sessionKind: 'tempo',
    },
    { kind: 'mid-run-cue', cue: midRunCue(easy, 0, { distanceKm: 2, painScore: 7 }), sessionKind: 'easy' },
    { kind: 'mid-run-cue' },
    { kind: 'outside-coaching', topic: 'nutrition' },
    { kind: 'outside-coaching', topic: 'gear' },
    { kind: 'outside-coaching', topic: 'medical' },
  ];
}
