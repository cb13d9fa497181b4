/**
 * Rescheduling at the runner's request (issue 11 §4): move or swap one session this week, or cut one week
 * to fewer run days. The rule runs on the active plan (no rebuild); the changed days are stored through
 * the plan repository (the originals kept), the Decision is stored `proposed` and offered with Accept /
 * Keep original, which restores every day it changed (`adaptation/changed-dates.ts`).
 */
import type { CoachEvent } from '../turn/events.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';
import { limitRunDays } from '../rules/adapt/limit-days.js';
import { moveSession } from '../rules/adapt/move-session.js';
import { addDays } from '../rules/calendar/add-days.js';
import type { Decision } from '../rules/decision.js';
import type { DayLimitAsk, RescheduleAsk } from '../rules/language/reschedule-types.js';
import type { Session } from '../rules/plan/types.js';

/** Days in a week: "next week" is today + 7. */
const WEEK_DAYS = 7;

const refused = (code: string, facts: Readonly<Record<string, unknown>> = {}): Turn =>
  say({ kind: 'reschedule-refused', code, facts });

async function store(
  ctx: TurnContext,
  decision: Decision,
  sessions: readonly Session[],
  asked: unknown,
): Promise<Turn> {
  for (const s of sessions) await ctx.repos.plans.placeSession(ctx.athlete.id, s);
  const stored = await ctx.repos.decisions.add({
    ...decision,
    athleteId: ctx.athlete.id,
    status: 'proposed',
    inputs: { today: ctx.today, asked },
  });
  const events: CoachEvent[] = [
    {
      type: 'plan_adapted',
      decisions: [{ id: stored.id, rule: stored.rule, date: stored.date, status: stored.status }],
    },
  ];
  const pending = [...new Set([...(ctx.state.pendingDecisionIds ?? []), stored.id])];
  return {
    messages: [{ kind: 'rescheduled', decision }],
    events,
    state: { ...ctx.state, pendingDecisionIds: pending },
  };
}

/** "can I do the intervals tomorrow instead?", "swap tuesday and thursday". */
export async function reschedule(ctx: TurnContext, ask: RescheduleAsk): Promise<Turn> {
  const active = await ctx.repos.plans.active(ctx.athlete.id);
  if (!active) return refused('NO_PLAN');
  const session = ask.from !== undefined ? { date: ask.from } : { kind: ask.session ?? ('quality' as const) };
  const r = moveSession({ plan: active.plan, today: ctx.today, session, to: ask.to });
  if (!r.ok) return refused(r.code, r.facts);
  return store(ctx, r.value.decision, r.value.sessions, ask);
}

/** "I can only run 3 days next week". */
export async function limitDays(ctx: TurnContext, ask: DayLimitAsk): Promise<Turn> {
  const active = await ctx.repos.plans.active(ctx.athlete.id);
  if (!active) return refused('NO_PLAN');
  const weekOf = addDays(ctx.today, ask.weekOffset * WEEK_DAYS);
  const r = limitRunDays({ plan: active.plan, today: ctx.today, weekOf, runDays: ask.runDays });
  if (!r.ok) return refused(r.code, r.facts);
  return store(ctx, r.value.decision, r.value.sessions, ask);
}
