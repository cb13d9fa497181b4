/**
 * Decides what a parsed message asks for and runs the use cases, in a fixed order: clarify first (an
 * implausible value stores nothing), then pending questions, then facts (check-in, run, race), then
 * questions and settings. Several facts in one message are all recorded.
 */
import { toPersona } from '../prompts/persona.js';
import { answerDecision } from '../use-cases/answer-decision.js';
import { askDelete, changePersona, deleteMe, exportReady, pause, resume } from '../use-cases/account.js';
import { changeDays, changeGoal } from '../use-cases/replan.js';
import { askPaces, askToday, askWeek, askWhy } from '../use-cases/ask.js';
import { answerQuestion } from '../use-cases/answer-question.js';
import { logRun } from '../use-cases/log-run.js';
import { hasWellnessFacts, morningCheckin } from '../use-cases/morning-checkin.js';
import { rateRun } from '../use-cases/rate-run.js';
import { undoLast } from '../use-cases/undo.js';
import { limitDays, reschedule } from '../use-cases/reschedule.js';
import { onboardingTurn } from '../onboarding/onboarding-turn.js';
import { clarify } from '../turn/clarify.js';
import { combine, say, type Turn, type TurnContext } from '../turn/turn.js';

const BARE_RPE = /^\s*(10|[1-9])\s*(\/\s*10)?\s*[.!]?\s*$/;
/** A plain yes (or the Yes option), and nothing else: "delete that run" must never delete the runner. */
const CONFIRM_DELETE = /^\s*(y|yes|yeah|yep|yes,? delete (it|everything|me|all)|confirm)\s*[.!]*\s*$/i;

export async function route(ctx: TurnContext): Promise<Turn> {
  const draft = ctx.athlete.state.onboarding;
  if (draft) return onboardingTurn(ctx, draft);
  const { intents, slots, problems } = ctx.parsed;
  const has = (i: (typeof intents)[number]) => intents.includes(i);

  // Deleting everything needs a plain yes to the question just asked; anything else cancels it.
  if (ctx.state.pendingDelete) {
    const { pendingDelete: _asked, ...rest } = ctx.state;
    if (CONFIRM_DELETE.test(ctx.text)) return deleteMe(ctx);
    return combine({ messages: [], events: [], state: rest }, await route({ ...ctx, state: rest }));
  }

  // "undo" takes back the last stored fact before anything else in the message is read.
  if (has('undo')) return undoLast(ctx);
  if (problems.length > 0) {
    return {
      messages: [{ kind: 'clarify', problems, runnerText: ctx.text }],
      events: [{ type: 'clarification_needed', codes: problems.map((p) => p.code) }],
    };
  }
  // A run report inside a goal change: the parser keeps the goal's race out of the run's slots
  // (`goal-mention.ts`), so the run is logged; the goal is asked for on its own, never built from the run.
  if (has('change_goal') && (has('log_run') || has('race_result'))) {
    return combine(
      await logRun(ctx, has('race_result')),
      clarify({ code: 'GOAL_AND_RUN_TOGETHER', slot: 'distanceM' }),
    );
  }
  if (has('delete_me')) return askDelete(ctx);
  if (has('pause')) return await pause(ctx);
  if ((ctx.state.pendingDecisionIds?.length ?? 0) > 0) {
    if (has('accept')) return answerDecision(ctx, 'accepted');
    if (has('keep_original')) return answerDecision(ctx, 'kept');
  }

  const turns: Turn[] = [];
  let state = ctx.state;
  const next = (t: Turn) => {
    turns.push(t);
    if (t.state !== undefined) state = t.state;
  };

  // A return ("back after a work trip, slept 7h") is a resume and whatever else the message says.
  if (has('resume')) next(await resume({ ...ctx, state }));
  if (has('morning_checkin') || hasWellnessFacts(slots)) next(await morningCheckin({ ...ctx, state }));
  if (has('race_result')) next(await logRun({ ...ctx, state }, true));
  else if (has('log_run')) next(await logRun({ ...ctx, state }, false));
  else if (slots.rpe !== undefined && (has('rpe_checkin') || state.pendingRpe))
    next(await rateRun({ ...ctx, state }, slots.rpe));
  else if (state.pendingRpe && BARE_RPE.test(ctx.text))
    next(await rateRun({ ...ctx, state }, Number(BARE_RPE.exec(ctx.text)![1])));

  const persona = slots.persona ? toPersona(slots.persona) : undefined;
  if (has('change_persona') && persona) next(changePersona(ctx, persona));
  if (has('change_goal')) next(await changeGoal(ctx));
  else if (has('change_days')) next(await changeDays(ctx));
  if (has('move_session') && slots.reschedule) next(await reschedule({ ...ctx, state }, slots.reschedule));
  if (has('limit_days') && slots.dayLimit) next(await limitDays({ ...ctx, state }, slots.dayLimit));
  if (has('ask_today')) next(await askToday({ ...ctx, state }));
  if (has('ask_week')) next(await askWeek(ctx));
  if (has('ask_paces')) next(await askPaces(ctx));
  if (has('ask_why')) next(await askWhy(ctx));
  // Safety first: a red flag in a question gets the red-flag reply (the check-in above), never an answer.
  if (has('ask_question') && slots.question && slots.redFlags === undefined)
    next(await answerQuestion({ ...ctx, state }, slots.question));
  if (has('export')) next(await exportReady(ctx));

  if (turns.length === 0) {
    if (has('greeting')) return say({ kind: 'welcome', name: ctx.athlete.name });
    if (has('help')) return say({ kind: 'help' });
    // A question the coach has no answer for yet: said honestly, and nothing in it was stored.
    if (ctx.parsed.question === true) return say({ kind: 'cannot-answer-yet' });
    return say({ kind: 'not-understood', runnerText: ctx.text });
  }
  return combine(...turns);
}
