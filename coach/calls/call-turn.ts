/**
 * One turn of a call: what the runner said (or pressed) → the in-run cue against today's session, an
 * answer to the call's own asks, or a fallback. Safety first: a red flag or serious pain stops the run,
 * stores a check-in, stops the day's training and hangs up. Runs in one unit of work with the call locked.
 */
import type { CoachDeps } from '../coach-deps.js';
import type { Athlete } from '../model/athlete.js';
import type { CallRecord } from '../ports/call-repository.js';
import type { Session } from '../rules/plan/types.js';
import type { Repositories } from '../ports/repositories.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import { callHints } from '../prompts/templates/call-hints.js';
import { readCallSpeech, type CallSpeech } from '../rules/language/call-speech.js';
import type { CallStep, CallTurn } from './call-types.js';
import { CALL_KEYS, isCallersLine, MIN_SPEECH_CONFIDENCE, NOBODY, sessionOn, speak } from './call-caller.js';
import { answerAsk, coachReport, stopSession, stopForSafety, type TurnDone } from './call-answers.js';

/** What a key means: a feel, or stop. */
const KEY_MEANS: Readonly<Record<string, CallSpeech>> = {
  [String(CALL_KEYS.easy)]: { feel: 'easy' },
  [String(CALL_KEYS.ok)]: { feel: 'ok' },
  [String(CALL_KEYS.hard)]: { feel: 'hard' },
  [String(CALL_KEYS.stop)]: { stop: true },
};

type Outcome = { readonly done: TurnDone; readonly athlete: Athlete; readonly hints: string[] } | 'unknown';

export async function callTurn(deps: CoachDeps, turn: CallTurn): Promise<CallStep> {
  const at = turn.at ?? deps.clock.now();
  const outcome = await deps.unitOfWork.run(async (repos): Promise<Outcome> => {
    const call = await repos.calls.lockForUpdate(turn.callSid);
    const athlete = call ? await repos.athletes.findById(call.athleteId) : undefined;
    if (!call || !athlete || !isCallersLine(athlete, turn.from, turn.clientIdentityOf)) return 'unknown';
    const { session } = await sessionOn(repos, athlete.id, call.sessionDate);
    const done = await decide(repos, athlete, call, turn, at, session);
    return { done, athlete, hints: callHints(session, athlete.units) };
  });
  if (outcome === 'unknown')
    return { lines: await speak(NOBODY, [{ kind: 'call', line: 'unknown-caller' }]), next: 'hangup' };
  const { done, athlete, hints } = outcome;
  const lines = await speak(athlete, done.messages);
  return done.hangup ? { lines, next: 'hangup' } : { lines, next: 'gather', hints, keys: true };
}

/** What the turn heard: a report, or nothing usable. */
function heard(turn: CallTurn, date: string, units: Athlete['units']): CallSpeech | undefined {
  const input = turn.input;
  if ('silence' in input) return undefined;
  if ('digits' in input) return KEY_MEANS[input.digits.trim().charAt(0)];
  if (input.confidence !== undefined && input.confidence < MIN_SPEECH_CONFIDENCE) return undefined;
  const speech = readCallSpeech(input.speech, { today: date, units });
  return Object.keys(speech).length > 0 ? speech : undefined;
}

async function decide(
  repos: Repositories,
  athlete: Athlete,
  call: CallRecord,
  turn: CallTurn,
  at: Date,
  session: Session | undefined,
): Promise<TurnDone> {
  if (call.status !== 'active') return { messages: [{ kind: 'call', line: 'stopped' }], hangup: true };
  const speech = heard(turn, call.sessionDate, athlete.units);
  const said = {
    ...('speech' in turn.input ? { speech: turn.input.speech } : {}),
    ...('digits' in turn.input ? { digits: turn.input.digits } : {}),
  };
  if (speech === undefined) {
    // Not understood: ask again once, then offer the keys.
    const messages: CoachMessage[] =
      call.retries === 0
        ? [{ kind: 'call', line: 'again' }]
        : [{ kind: 'call', line: 'keys', keys: CALL_KEYS }];
    await repos.calls.update(call.callSid, { retries: call.retries + 1 });
    return { messages, hangup: false };
  }
  const ctx = { repos, athlete, call, at, said, session };
  if ((speech.redFlags?.length ?? 0) > 0) return stopForSafety(ctx, speech);
  if (speech.stop === true) return stopSession(ctx, speech);
  if (speech.ask !== undefined) return answerAsk(ctx, speech, speech.ask);
  return coachReport(ctx, speech);
}
