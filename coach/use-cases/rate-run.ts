/** Post-run check-in: the RPE (1–10) of the run the coach asked about, or of the latest recent run. */
import { addDays } from '../rules/calendar/add-days.js';
import { clarify } from '../turn/clarify.js';
import { assessLoggedRun } from './assess-logged-run.js';
import { runLoggedMessage } from './run-logged-message.js';
import type { Turn, TurnContext } from '../turn/turn.js';

/** How many days back "my run" reaches when the coach did not ask about a specific one. */
const RECENT_RUN_DAYS = 2;

export async function rateRun(ctx: TurnContext, rpe: number): Promise<Turn> {
  const pending = ctx.state.pendingRpe;
  const target =
    pending?.activityId ??
    (
      await ctx.repos.activities.list(ctx.athlete.id, {
        // After a call: only a run of the day called about is that session.
        from: pending?.callSid !== undefined ? pending.date : addDays(ctx.today, -RECENT_RUN_DAYS),
        to: pending?.callSid !== undefined ? pending.date : ctx.today,
      })
    ).at(-1)?.id;
  const rated = target ? await ctx.repos.activities.rate(ctx.athlete.id, target, rpe) : undefined;
  if (pending?.callSid !== undefined) {
    // Asked after a phone call: the call keeps the RPE of its session too (the run may not be logged yet).
    const call = await ctx.repos.calls.find(pending.callSid);
    if (call?.athleteId === ctx.athlete.id) await ctx.repos.calls.update(call.callSid, { rpe });
    if (call?.athleteId === ctx.athlete.id && !rated) {
      const { pendingRpe: _asked, ...others } = ctx.state;
      return { messages: [{ kind: 'call', line: 'rated', date: call.sessionDate, rpe }], events: [], state: others };
    }
  }
  if (!rated) {
    return clarify({
      code: 'NO_RUN_TO_RATE',
      slot: 'rpe',
    });
  }
  const { pendingRpe: _done, ...rest } = ctx.state;
  // The RPE is part of the assessment (effort against the prescription): judge the run again with it.
  const { activity, grayZone } = await assessLoggedRun(ctx.repos, ctx.athlete.id, rated);
  return {
    messages: [runLoggedMessage(activity, grayZone ? { grayZone } : {})],
    events: [{ type: 'run_rated', activityId: rated.id, rpe }],
    state: rest,
    adapt: true,
  };
}
