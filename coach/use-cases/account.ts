/** The runner's own settings and data: persona, days (replan), pause/resume, export, delete. */
import type { Persona } from '../model/athlete.js';
import { buildAndStorePlan } from '../onboarding/onboard.js';
import { planBuiltTurn } from '../onboarding/plan-built-turn.js';
import { profileOf } from '../conversation/state.js';
import type { Turn, TurnContext } from '../conversation/turn.js';
import { say } from '../conversation/turn.js';
import { daysBetween } from '../rules/calendar/days-between.js';

export async function changePersona(ctx: TurnContext, persona: Persona): Promise<Turn> {
  await ctx.repos.athletes.update(ctx.athlete.id, { persona });
  return { messages: [{ kind: 'persona-changed', persona }], events: [{ type: 'persona_changed', persona }] };
}

/** New training days (and long-run day): a new plan version from today; history is kept. */
export async function changeDays(ctx: TurnContext): Promise<Turn> {
  const profile = profileOf(ctx.athlete).onboarding;
  const days = ctx.parsed.slots.days;
  if (!profile || !days || days.length === 0) {
    return say({
      kind: 'clarify',
      problems: [
        {
          code: 'DAYS_MISSING',
          slot: 'days',
          message: 'Which days can you run? For example "mon, wed, fri and sun, long run on sunday".',
        },
      ],
    });
  }
  const longDay =
    ctx.parsed.slots.longDay ?? (days.includes(profile.longDay) ? profile.longDay : days.at(-1)!);
  const next = { ...profile, days, longDay };
  const stored = await buildAndStorePlan(ctx.repos, ctx.athlete, next, ctx.today, true);
  if (!stored.ok) return say({ kind: 'error', code: stored.code });
  await ctx.repos.athletes.update(ctx.athlete.id, { profile: { ...ctx.athlete.profile, onboarding: next } });
  return planBuiltTurn(stored.value, ctx.today, true);
}

export function pause(ctx: TurnContext): Turn {
  const reason = ctx.parsed.slots.pauseReason ?? 'other';
  const from = ctx.state.paused?.from ?? ctx.today;
  return {
    messages: [{ kind: 'paused', from, reason }],
    events: [{ type: 'paused', from, reason }],
    state: { ...ctx.state, paused: { from, reason } },
  };
}

export function resume(ctx: TurnContext): Turn {
  const from = ctx.state.paused?.from ?? ctx.today;
  const { paused: _was, ...rest } = ctx.state;
  return {
    messages: [{ kind: 'resumed', date: ctx.today, daysOff: Math.max(0, daysBetween(from, ctx.today)) }],
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
