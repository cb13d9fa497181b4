/**
 * A call comes in: a known runner hears today's session (and where they should be, from the day's first
 * call), then the coach listens; anyone else hears how to link a phone and is hung up on.
 */
import type { CoachDeps } from '../coach-deps.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import { callHints } from '../prompts/templates/call-hints.js';
import { midRunCue } from '../rules/in-run/mid-run-cue.js';
import type { CallStart, CallStep } from './call-types.js';
import { CALL_KEYS, callDate, findCaller, NOBODY, redFlagOn, sessionOn, speak } from './call-caller.js';
import { stepAt } from './call-position.js';

export async function startCall(deps: CoachDeps, start: CallStart): Promise<CallStep> {
  const at = start.at ?? deps.clock.now();
  const repos = deps.repositories;
  // A channel that identified the caller (the browser page's link) names the runner; else the phone does.
  const athlete =
    start.athleteId !== undefined
      ? await repos.athletes.findById(start.athleteId)
      : await findCaller(repos, start.from);
  if (!athlete)
    return { lines: await speak(NOBODY, [{ kind: 'call', line: 'unknown-caller' }]), next: 'hangup' };
  const date = callDate(athlete, at);
  const [{ session, noPlan }, redFlagToday, first] = await Promise.all([
    sessionOn(repos, athlete.id, date),
    redFlagOn(repos, athlete.id, date),
    repos.calls.firstOfDay(athlete.id, date, start.callSid),
  ]);
  // The day's first call started the clock: a later call knows how far in the runner should be.
  const runStartedAt = first ? (first.runStartedAt ?? first.startedAt) : undefined;
  const elapsed = runStartedAt ? (at.getTime() - Date.parse(runStartedAt)) / 1000 : undefined;
  const cue =
    session && elapsed !== undefined ? midRunCue(session, 0, { elapsedSeconds: elapsed }) : undefined;
  const position =
    session && cue && elapsed !== undefined
      ? {
          minutesIn: Math.floor(elapsed / 60),
          step: stepAt(session, cue.stepIndex),
          ...(cue.rep !== undefined ? { rep: cue.rep } : {}),
        }
      : undefined;
  const greeting: CoachMessage = {
    kind: 'call',
    line: 'greeting',
    date,
    ...(session && !redFlagToday ? { session } : {}),
    ...(noPlan ? { noPlan } : {}),
    ...(redFlagToday ? { redFlagToday } : {}),
    ...(position && !redFlagToday ? { position } : {}),
  };
  const messages: CoachMessage[] = [greeting, { kind: 'call', line: 'listen', keys: CALL_KEYS }];
  await repos.calls.start({
    callSid: start.callSid,
    athleteId: athlete.id,
    sessionDate: date,
    startedAt: at.toISOString(),
    ...(runStartedAt ? { runStartedAt } : {}),
    ...(cue ? { stepIndex: cue.stepIndex } : {}),
    lastMessages: messages,
  });
  return {
    lines: await speak(athlete, messages),
    next: 'gather',
    hints: callHints(session, athlete.units),
    keys: true,
  };
}
