/** The runner's own settings and data: persona, days (replan), pause/resume, export, delete. */
import type { Persona } from '../model/athlete.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';
import { daysBetween } from '../rules/calendar/days-between.js';

/** The new voice words this reply already: handle-message saves it with the state. */
export function changePersona(_ctx: TurnContext, persona: Persona): Turn {
  return {
    messages: [{ kind: 'persona-changed', persona }],
    events: [{ type: 'persona_changed', persona }],
    runner: { athlete: { persona } },
  };
}

/** Pausing and resuming change what the coach prescribes, so each is a Decision in the audit log. */
export async function pause(ctx: TurnContext): Promise<Turn> {
  const reason = ctx.parsed.slots.pauseReason ?? 'other';
  const from = ctx.state.paused?.from ?? ctx.today;
  if (!ctx.state.paused) {
    await ctx.repos.decisions.add({
      athleteId: ctx.athlete.id,
      rule: 'plan.pause',
      date: ctx.today,
      action: 'pause',
      before: null,
      after: { paused: true, reason },
      reasons: [{ code: 'RUNNER_PAUSED', facts: { reason } }],
    });
  }
  return {
    messages: [{ kind: 'paused', from, reason }],
    events: [{ type: 'paused', from, reason }],
    state: { ...ctx.state, paused: { from, reason } },
  };
}

export async function resume(ctx: TurnContext): Promise<Turn> {
  const from = ctx.state.paused?.from ?? ctx.today;
  const daysOff = Math.max(0, daysBetween(from, ctx.today));
  const { paused: _was, ...rest } = ctx.state;
  if (ctx.state.paused) {
    await ctx.repos.decisions.add({
      athleteId: ctx.athlete.id,
      rule: 'plan.resume',
      date: ctx.today,
      action: 'resume',
      before: { paused: true, since: from },
      after: { paused: false },
      reasons: [{ code: 'RUNNER_RESUMED', facts: { daysOff } }],
    });
  }
  return {
    messages: [{ kind: 'resumed', date: ctx.today, daysOff }],
    events: [{ type: 'resumed', date: ctx.today }],
    state: rest,
    adapt: true,
  };
}

export async function exportReady(ctx: TurnContext): Promise<Turn> {
  const [activities, checkins, decisions] = await Promise.all([
    ctx.repos.activities.list(ctx.athlete.id),
    ctx.repos.checkins.list(ctx.athlete.id),
    ctx.repos.decisions.list(ctx.athlete.id),
  ]);
  return say({
    kind: 'export-ready',
    activities: activities.length,
    checkins: checkins.length,
    decisions: decisions.length,
    location: `/api/athletes/${ctx.athlete.id}/export`,
  });
}

export function askDelete(ctx: TurnContext): Turn {
  return { messages: [{ kind: 'delete-confirm' }], events: [], state: { ...ctx.state, pendingDelete: true } };
}

export async function deleteMe(ctx: TurnContext): Promise<Turn> {
  await ctx.repos.athletes.delete(ctx.athlete.id);
  return { messages: [{ kind: 'deleted' }], events: [{ type: 'athlete_deleted' }], deleted: true };
}
