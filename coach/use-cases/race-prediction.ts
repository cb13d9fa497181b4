/**
 * "What time can I run for the half now?": the race range from CURRENT fitness (`racePace`, conservative
 * end included), never a predicted gain. Low volume is judged on this week's planned km, so a runner early
 * in a build is predicted from the slow side. Stores nothing.
 */
import type { PredictedDistance } from '../rules/language/coaching-questions.js';
import { racePace } from '../rules/plan/race-pace.js';
import { RACE_DISTANCE_METERS } from '../rules/units/race-distance.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';
import { weekIndexOf } from './progress.js';

export async function askRacePrediction(
  ctx: TurnContext,
  asked: PredictedDistance | undefined,
): Promise<Turn> {
  const [plan, fitness] = await Promise.all([
    ctx.repos.plans.active(ctx.athlete.id),
    ctx.repos.fitness.current(ctx.athlete.id, ctx.today),
  ]);
  const goal = plan?.plan.goal.distance;
  const distance: PredictedDistance = asked ?? (goal !== undefined && goal !== 'fitness' ? goal : '5k');
  const vdot = plan?.plan.vdot ?? fitness?.vdot;
  if (vdot === undefined) return say({ kind: 'race-prediction', distance });
  const meters = RACE_DISTANCE_METERS[distance];
  const week = plan ? plan.plan.weeks[Math.max(0, weekIndexOf(plan, ctx.today))] : undefined;
  const r = racePace(distance, meters, vdot, week?.km);
  const km = meters / 1000;
  return say({
    kind: 'race-prediction',
    distance,
    vdot: Math.round(vdot * 10) / 10,
    fastSeconds: Math.round(r.pace.from * km),
    slowSeconds: Math.round(r.pace.to * km),
    lowVolume: r.lowVolume,
  });
}
