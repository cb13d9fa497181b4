/**
 * "How am I doing?": weeks done, runs and km logged, the VDOT trend and the paces that moved with it,
 * all from stored data (plan versions, fitness snapshots, activities). Stores nothing.
 */
import type { StoredPlan } from '../ports/plan-repository.js';
import { trainingPaces } from '../rules/paces/training-paces.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';

/** Index of the plan week holding `date` (-1 before the plan starts). */
export function weekIndexOf(
  plan: { readonly plan: { readonly weeks: readonly { readonly start: string }[] } },
  date: string,
): number {
  const weeks = plan.plan.weeks;
  let index = -1;
  for (let i = 0; i < weeks.length; i++) if (weeks[i]!.start <= date) index = i;
  return index;
}

/** VDOT to one decimal, as stored and shown. */
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The first VDOT the runner had (the first plan version's, else the first fitness snapshot) and the one
 * the paces follow now (the active plan's, else the latest snapshot).
 */
async function vdotTrend(ctx: TurnContext, plan: StoredPlan): Promise<{ before?: number; now?: number }> {
  const [versions, history] = await Promise.all([
    ctx.repos.plans.versions(ctx.athlete.id),
    ctx.repos.fitness.history(ctx.athlete.id),
  ]);
  const before = versions.find((v) => v.plan.vdot !== undefined)?.plan.vdot ?? history[0]?.vdot;
  const now = plan.plan.vdot ?? history.at(-1)?.vdot;
  return {
    ...(before !== undefined ? { before: round1(before) } : {}),
    ...(now !== undefined ? { now: round1(now) } : {}),
  };
}

export async function askProgress(ctx: TurnContext): Promise<Turn> {
  const plan = await ctx.repos.plans.active(ctx.athlete.id);
  if (!plan) return say({ kind: 'error', code: 'NO_PLAN' });
  const from = plan.plan.weeks[0]?.start ?? ctx.today;
  const [runs, vdot] = await Promise.all([
    ctx.repos.activities.list(ctx.athlete.id, { from, to: ctx.today }),
    vdotTrend(ctx, plan),
  ]);
  const km = Math.round(runs.reduce((sum, a) => sum + (a.distanceMeters ?? 0), 0) / 100) / 10;
  const moved = vdot.before !== undefined && vdot.now !== undefined && vdot.before !== vdot.now;
  const was = moved ? trainingPaces(vdot.before!) : undefined;
  const is = moved ? trainingPaces(vdot.now!) : undefined;
  return say({
    kind: 'progress',
    weeksCompleted: Math.max(0, weekIndexOf(plan, ctx.today)),
    totalWeeks: plan.plan.weeks.length,
    runsLogged: runs.length,
    km,
    ...(vdot.before !== undefined ? { vdotBefore: vdot.before } : {}),
    ...(vdot.now !== undefined ? { vdotNow: vdot.now } : {}),
    ...(was && is
      ? {
          paces: {
            easyBefore: was.easy,
            easyNow: is.easy,
            thresholdBefore: was.threshold,
            thresholdNow: is.threshold,
          },
        }
      : {}),
  });
}
