/**
 * Coaching questions answered from the coach's own data (issue 11 §5): the long run of a week, progress,
 * a race prediction now, "was that too fast?", a mid-run cue, and an honest "not my field" for questions
 * outside coaching. Reads only: a question stores nothing.
 */
import type { CoachingQuestion } from '../rules/language/coaching-questions.js';
import { addDays } from '../rules/calendar/add-days.js';
import { clarify } from '../turn/clarify.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';
import { askMidRun } from './mid-run-question.js';
import { askProgress, weekIndexOf } from './progress.js';
import { askRacePrediction } from './race-prediction.js';
import { askRunCheck } from './run-check.js';

async function askLongRun(ctx: TurnContext, weekOffset: 0 | 1): Promise<Turn> {
  const plan = await ctx.repos.plans.active(ctx.athlete.id);
  if (!plan) return say({ kind: 'error', code: 'NO_PLAN' });
  const weeks = plan.plan.weeks;
  const week = weeks[Math.max(0, weekIndexOf(plan, ctx.today)) + weekOffset];
  const last = weeks[weeks.length - 1];
  // Asked in the plan's last week (or after it): the plan ends before then, which is not an error.
  if (!week && last)
    return clarify({ code: 'PLAN_ENDS_BEFORE', slot: 'date', facts: { planEnd: addDays(last.start, 6) } });
  if (!week) return say({ kind: 'error', code: 'NO_PLAN' });
  const session = week.sessions.find((s) => s.kind === 'long');
  return say({ kind: 'long-run', weekStart: week.start, weekOffset, ...(session ? { session } : {}) });
}

export async function answerQuestion(ctx: TurnContext, question: CoachingQuestion): Promise<Turn> {
  switch (question.kind) {
    case 'long-run':
      return askLongRun(ctx, question.weekOffset);
    case 'progress':
      return askProgress(ctx);
    case 'prediction':
      return askRacePrediction(ctx, question.distance);
    case 'too-fast':
      return askRunCheck(ctx);
    case 'mid-run':
      return askMidRun(ctx);
    case 'outside':
      return say({ kind: 'outside-coaching', topic: question.topic });
    case 'day':
      return say({ kind: 'not-understood', runnerText: ctx.text });
  }
}
