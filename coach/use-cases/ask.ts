/** Questions about the plan: today's session, this week, my paces, and why. */
import type { PlanOverview } from '../ports/plan-repository.js';
import type { Progress } from '../prompts/coach-message.js';
import { addDays } from '../rules/calendar/add-days.js';
import { recoveryDays } from '../rules/adapt/recovery-rules.js';
import { trainingPaces } from '../rules/paces/training-paces.js';
import { assessHistory } from '../rules/assess/assess-history.js';
import { assessedDistribution, easyShares } from '../rules/assess/distribution.js';
import { EASY_SHARE_TARGET } from '../rules/load/intensity-distribution.js';
import { loadHistory } from '../history.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';
import { weekIndexOf } from './progress.js';

const noPlan = (): Turn => say({ kind: 'error', code: 'NO_PLAN' });

async function progressOf(ctx: TurnContext, plan: PlanOverview): Promise<Progress> {
  const [history, runsLogged] = await Promise.all([
    ctx.repos.fitness.history(ctx.athlete.id),
    ctx.repos.activities.count(ctx.athlete.id, { from: plan.plan.weeks[0]?.start ?? ctx.today }),
  ]);
  const first = history[0]?.vdot;
  const now = history.at(-1)?.vdot;
  return {
    weeksCompleted: Math.max(0, weekIndexOf(plan, ctx.today)),
    totalWeeks: plan.plan.weeks.length,
    runsLogged,
    ...(first !== undefined && now !== undefined && now !== first ? { vdotBefore: first, vdotNow: now } : {}),
  };
}

export async function askToday(ctx: TurnContext): Promise<Turn> {
  if (ctx.state.paused)
    return say({ kind: 'paused', from: ctx.state.paused.from, reason: ctx.state.paused.reason });
  // Today's session and where the runner stands, not the whole plan.
  const plan = await ctx.repos.plans.overview(ctx.athlete.id);
  if (!plan) return noPlan();
  // "what about tomorrow?", "what am I doing on saturday?": the day asked for, when it is ahead.
  const asked = ctx.parsed.slots.date;
  const date = asked !== undefined && asked > ctx.today ? asked : ctx.today;
  const [session, race, progress] = await Promise.all([
    ctx.repos.plans.sessionOn(ctx.athlete.id, date),
    raceOn(ctx, date),
    progressOf(ctx, plan),
  ]);
  return say({
    kind: 'today',
    date,
    ...(date !== ctx.today ? { ahead: true } : {}),
    ...(session ? { session } : {}),
    ...(race ? { race } : {}),
    progress,
  });
}

/** The race logged on `date`, if any: the day is done by it, with the last easy day it earns. */
async function raceOn(
  ctx: TurnContext,
  date: string,
): Promise<{ km: number; seconds: number; recoveryUntil?: string } | undefined> {
  const runs = await ctx.repos.activities.list(ctx.athlete.id, { from: date, to: date });
  const race = runs.filter((a) => a.race === true).at(-1);
  if (race === undefined) return undefined;
  const km = (race.distanceMeters ?? 0) / 1000;
  const days = recoveryDays(km);
  return {
    km,
    seconds: race.durationSeconds ?? 0,
    ...(days > 0 ? { recoveryUntil: addDays(date, days) } : {}),
  };
}

export async function askWeek(ctx: TurnContext): Promise<Turn> {
  const plan = await ctx.repos.plans.active(ctx.athlete.id);
  if (!plan) return noPlan();
  const index = Math.max(0, weekIndexOf(plan, ctx.today));
  const week = plan.plan.weeks[index];
  if (!week) return noPlan();
  const history = await loadHistory(ctx.repos, ctx.athlete, ctx.today);
  const runs = assessHistory(
    plan.plan,
    history.activities.filter((a) => a.date <= ctx.today),
  );
  const shares = easyShares(assessedDistribution(runs, ctx.today));
  return say({
    kind: 'week',
    weekStart: week.start,
    weekNumber: index + 1,
    totalWeeks: plan.plan.weeks.length,
    phase: week.phase,
    downWeek: week.downWeek,
    km: week.km,
    minutes: week.minutes,
    sessions: week.sessions,
    ...(shares.last7EasyShare !== undefined || shares.last28EasyShare !== undefined
      ? { distribution: { ...shares, targetShare: EASY_SHARE_TARGET } }
      : {}),
  });
}

export async function askPaces(ctx: TurnContext): Promise<Turn> {
  const plan = await ctx.repos.plans.overview(ctx.athlete.id);
  if (!plan) return noPlan();
  const vdot = plan.plan.vdot;
  if (vdot === undefined) return say({ kind: 'paces' });
  const p = trainingPaces(vdot);
  return say({
    kind: 'paces',
    vdot,
    paces: {
      easy: p.easy,
      marathon: p.marathon,
      threshold: p.threshold,
      interval: p.interval,
      repetition: p.repetition,
    },
    progress: await progressOf(ctx, plan),
  });
}

export async function askWhy(ctx: TurnContext): Promise<Turn> {
  const [session, decisions] = await Promise.all([
    ctx.repos.plans.sessionOn(ctx.athlete.id, ctx.today),
    ctx.repos.decisions.list(ctx.athlete.id),
  ]);
  const last = [...decisions].reverse().find((d) => !d.rule.startsWith('plan.'));
  return say({
    kind: 'why',
    date: ctx.today,
    ...(session ? { purpose: session.purpose, sessionKind: session.kind } : {}),
    ...(last ? { decision: last } : {}),
  });
}
