/**
 * The answers of a call turn: the cue for a report (stored with its reasons on the call), the call's own
 * asks ("how long left", "what's next", "repeat"), the runner stopping, and the safety stop.
 */
import { applyAdaptation } from '../adaptation/apply-adaptation.js';
import type { Athlete } from '../model/athlete.js';
import type { CallPatch, CallRecord, CallReportRecord } from '../ports/call-repository.js';
import type { Repositories } from '../ports/repositories.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import { midRunCue } from '../rules/in-run/mid-run-cue.js';
import type { MidRunCue, RunReport } from '../rules/in-run/run-report.js';
import { minutesUntil, repStartSeconds, timeLeft } from '../rules/in-run/session-position.js';
import type { CallAsk, CallSpeech } from '../rules/language/call-speech.js';
import { classifyRedFlags } from '../rules/safety/red-flags.js';
import type { Session } from '../rules/plan/types.js';
import { nothingPlanned } from './call-position.js';

/** What a turn says, and whether the call ends after it. */
export interface TurnDone {
  readonly messages: readonly CoachMessage[];
  readonly hangup: boolean;
}

export interface TurnCtx {
  readonly repos: Repositories;
  readonly athlete: Athlete;
  readonly call: CallRecord;
  readonly at: Date;
  readonly said: { readonly speech?: string; readonly digits?: string };
  /** Today's session, read once per turn by `callTurn` (the whole plan is the costly read). */
  readonly session: Session | undefined;
}

/** Where the runner is: said now ("twenty minutes in", "rep three"), else from the call's clock. */
function position(call: CallRecord, session: Session | undefined, speech: CallSpeech, at: Date) {
  const stated =
    speech.elapsedSeconds ??
    (speech.rep !== undefined && session ? repStartSeconds(session, speech.rep) : undefined);
  if (stated !== undefined)
    return { elapsed: stated, runStartedAt: new Date(at.getTime() - stated * 1000).toISOString() };
  if (call.runStartedAt === undefined) return {};
  return { elapsed: Math.max(0, (at.getTime() - Date.parse(call.runStartedAt)) / 1000) };
}

function reportOf(speech: CallSpeech, elapsed: number | undefined, call: CallRecord): RunReport {
  return {
    ...(elapsed !== undefined ? { elapsedSeconds: elapsed } : {}),
    ...(speech.distanceKm !== undefined && elapsed === undefined ? { distanceKm: speech.distanceKm } : {}),
    ...(speech.paceSPerKm !== undefined ? { rollingPaceSPerKm: speech.paceSPerKm } : {}),
    ...(speech.hr !== undefined ? { hr: speech.hr } : {}),
    ...(speech.feel !== undefined ? { feel: speech.feel } : {}),
    ...(speech.rpe !== undefined ? { rpe: speech.rpe } : {}),
    ...(speech.painScore !== undefined ? { painScore: speech.painScore } : {}),
    ...(speech.redFlags !== undefined ? { redFlags: speech.redFlags } : {}),
    ...(call.previousCue !== undefined ? { previousCue: call.previousCue } : {}),
  };
}

/** Stores the turn on the call (its report and cue, what was said) and returns what to say. */
async function done(
  ctx: TurnCtx,
  messages: CoachMessage[],
  patch: CallPatch,
  record?: { report: RunReport; cue: MidRunCue },
  hangup = false,
): Promise<TurnDone> {
  const entry: CallReportRecord | undefined = record
    ? { at: ctx.at.toISOString(), ...ctx.said, ...record }
    : undefined;
  await ctx.repos.calls.update(ctx.call.callSid, {
    retries: 0,
    lastMessages: messages,
    ...(entry ? { reports: [...ctx.call.reports, entry] } : {}),
    ...patch,
  });
  return { messages, hangup };
}

/** A report → the cue; a stop cue (serious pain) goes the safety way. */
export async function coachReport(ctx: TurnCtx, speech: CallSpeech): Promise<TurnDone> {
  const session = ctx.session;
  const where = position(ctx.call, session, speech, ctx.at);
  const report = reportOf(speech, where.elapsed, ctx.call);
  const cue = midRunCue(session ?? nothingPlanned(ctx.call.sessionDate), ctx.call.stepIndex, report);
  if (cue.cue === 'stop') return stopForSafety(ctx, speech, { report, cue });
  const inSeconds = cue.next?.inSeconds;
  const message: CoachMessage = session
    ? {
        kind: 'call',
        line: 'cue',
        cue,
        ...(cue.correctionSecondsPerKm !== 0 ? { changeSPerKm: Math.abs(cue.correctionSecondsPerKm) } : {}),
        ...(session.steps[cue.stepIndex] ? { stepKind: session.steps[cue.stepIndex]!.kind } : {}),
        ...(inSeconds !== undefined ? { nextInMinutes: minutesUntil(inSeconds) } : {}),
      }
    : { kind: 'call', line: 'cue' };
  return done(
    ctx,
    [message],
    {
      stepIndex: cue.stepIndex,
      previousCue: cue.cue,
      ...(where.runStartedAt !== undefined ? { runStartedAt: where.runStartedAt } : {}),
    },
    { report, cue },
  );
}

/** "how long left", "what's next", "repeat". */
export async function answerAsk(ctx: TurnCtx, speech: CallSpeech, ask: CallAsk): Promise<TurnDone> {
  if (ask === 'repeat') return done(ctx, [...ctx.call.lastMessages], {});
  const session = ctx.session;
  const where = position(ctx.call, session, speech, ctx.at);
  const anchor = where.runStartedAt !== undefined ? { runStartedAt: where.runStartedAt } : {};
  if (!session) {
    const none: CoachMessage =
      ask === 'next'
        ? { kind: 'call', line: 'next', next: null, noSession: true }
        : { kind: 'call', line: 'time-left', noSession: true };
    return done(ctx, [none], anchor);
  }
  if (ask === 'time-left') {
    const left = where.elapsed !== undefined ? timeLeft(session, where.elapsed) : undefined;
    const message: CoachMessage = left
      ? {
          kind: 'call',
          line: 'time-left',
          stepMinutesLeft: left.stepMinutes,
          sessionMinutesLeft: left.sessionMinutes,
        }
      : { kind: 'call', line: 'time-left' };
    return done(ctx, [message], { ...anchor, ...(left ? { stepIndex: left.stepIndex } : {}) });
  }
  const cue = midRunCue(
    session,
    ctx.call.stepIndex,
    where.elapsed !== undefined ? { elapsedSeconds: where.elapsed } : {},
  );
  const inSeconds = cue.next?.inSeconds;
  return done(
    ctx,
    [
      {
        kind: 'call',
        line: 'next',
        next: cue.next,
        ...(inSeconds !== undefined ? { inMinutes: minutesUntil(inSeconds) } : {}),
      },
    ],
    { ...anchor, stepIndex: cue.stepIndex },
  );
}

/** Key 9 or "I'm stopping": the session ends for today, politely. */
export async function stopSession(ctx: TurnCtx, _speech: CallSpeech): Promise<TurnDone> {
  return done(ctx, [{ kind: 'call', line: 'stopped' }], { status: 'stopped' }, undefined, true);
}

/**
 * A red flag or serious pain: stop running now, with the emergency advice. A check-in with the red flags
 * (and pain) is stored, adaptation stops the day's training, and the call ends. Never a diagnosis.
 */
export async function stopForSafety(
  ctx: TurnCtx,
  speech: CallSpeech,
  decided?: { report: RunReport; cue: MidRunCue },
): Promise<TurnDone> {
  const { repos, athlete, call } = ctx;
  const report = decided?.report ?? reportOf(speech, undefined, call);
  const cue = decided?.cue ?? midRunCue(nothingPlanned(call.sessionDate), call.stepIndex, report);
  const flags = classifyRedFlags(speech.redFlags ?? []);
  const checkin = await repos.checkins.add({
    athleteId: athlete.id,
    date: call.sessionDate,
    redFlags: flags,
    ...(speech.painScore !== undefined ? { pain: { score: speech.painScore } } : {}),
  });
  await applyAdaptation(repos, athlete, call.sessionDate);
  const messages: CoachMessage[] =
    flags.length > 0
      ? [{ kind: 'red-flag', date: call.sessionDate, flags }]
      : [{ kind: 'call', line: 'cue', cue }];
  return done(
    ctx,
    messages,
    { status: 'red-flag', previousCue: 'stop', checkinId: checkin.id },
    { report, cue },
    true,
  );
}
