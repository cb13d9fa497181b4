/** Sample messages of the phone line (`messages/call.ts`), with cues from the real in-run rules. */
import type { CoachMessage } from '../../../coach/prompts/coach-message.js';
import { CALL_KEYS } from '../../../coach/calls/call-caller.js';
import { midRunCue } from '../../../coach/rules/in-run/mid-run-cue.js';
import type { Session } from '../../../coach/rules/plan/types.js';

/** Every line, and a cue of each kind the rules give on the tempo and easy samples. */
export function callSamples(easy: Session, tempo: Session): CoachMessage[] {
  const cues = [
    midRunCue(tempo, 1, { elapsedSeconds: 17 * 60, rollingPaceSPerKm: 290 }),
    midRunCue(tempo, 1, { elapsedSeconds: 17 * 60, rollingPaceSPerKm: 316 }),
    midRunCue(tempo, 1, { elapsedSeconds: 17 * 60, rollingPaceSPerKm: 340 }),
    midRunCue(tempo, 1, { elapsedSeconds: 17 * 60, painScore: 2 }),
    midRunCue(tempo, 1, { elapsedSeconds: 17 * 60, painScore: 7 }),
    midRunCue(easy, 0, { elapsedSeconds: 20 * 60, hr: 160 }),
    midRunCue(easy, 0, { elapsedSeconds: 20 * 60, hr: 175 }),
    midRunCue(easy, 0, { elapsedSeconds: 20 * 60, rollingPaceSPerKm: 420 }),
    midRunCue(easy, 0, {}),
  ];
  return [
    { kind: 'call', line: 'unknown-caller' },
    { kind: 'call', line: 'greeting', date: tempo.date, session: tempo },
    { kind: 'call', line: 'greeting', date: easy.date, session: easy },
    {
      kind: 'call',
      line: 'greeting',
      date: tempo.date,
      session: tempo,
      position: {
        minutesIn: 17,
        rep: 1,
        step: { stepIndex: 1, kind: 'rep', intensity: 'T', minutes: 7, pace: { from: 312, to: 320 } },
      },
    },
    { kind: 'call', line: 'greeting', date: tempo.date },
    { kind: 'call', line: 'greeting', date: tempo.date, noPlan: true },
    { kind: 'call', line: 'greeting', date: tempo.date, redFlagToday: true },
    { kind: 'call', line: 'listen', keys: CALL_KEYS },
    { kind: 'call', line: 'again' },
    { kind: 'call', line: 'keys', keys: CALL_KEYS },
    ...cues.map((cue): CoachMessage => ({
      kind: 'call',
      line: 'cue',
      cue,
      stepKind: 'rep',
      nextInMinutes: 2,
      ...(cue.correctionSecondsPerKm !== 0 ? { changeSPerKm: Math.abs(cue.correctionSecondsPerKm) } : {}),
    })),
    { kind: 'call', line: 'cue' },
    { kind: 'call', line: 'time-left', stepMinutesLeft: 2, sessionMinutesLeft: 29 },
    { kind: 'call', line: 'time-left' },
    { kind: 'call', line: 'time-left', noSession: true },
    { kind: 'call', line: 'next', next: cues[0]!.next, inMinutes: 2 },
    { kind: 'call', line: 'next', next: null },
    { kind: 'call', line: 'next', next: null, noSession: true },
    { kind: 'call', line: 'stopped' },
    { kind: 'call', line: 'rated', date: tempo.date, rpe: 6 },
  ];
}
