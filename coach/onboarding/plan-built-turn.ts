import type { Turn } from '../turn/turn.js';
import type { StoredPlan } from '../ports/plan-repository.js';

/** The reply to a newly built plan (first plan or replan): goal, feasibility and the first session. */
export function planBuiltTurn(stored: StoredPlan, today: string, replan: boolean): Turn {
  const plan = stored.plan;
  const start = plan.notes?.find((n) => n.code === 'START_ABOVE_STATED_VOLUME');
  const injury = plan.notes?.find((n) => n.code === 'INJURY_ADJUSTED');
  const firstSession = stored.sessions.find((s) => s.date >= today && s.kind !== 'rest');
  return {
    messages: [
      {
        kind: 'plan-built',
        goal: plan.goal,
        weeks: plan.weeks.length,
        ...(plan.vdot !== undefined ? { vdot: plan.vdot } : {}),
        feasibility: plan.feasibility,
        ...(start === undefined ? {} : { startVolume: start.facts }),
        ...(injury === undefined ? {} : { injury: injury.facts }),
        ...(firstSession ? { firstSession } : {}),
        ...(replan ? { replan } : {}),
      },
    ],
    events: [{ type: 'plan_built', version: stored.version, weeks: plan.weeks.length }],
  };
}
