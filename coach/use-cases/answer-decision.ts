/** Autonomy: the runner accepts a proposed change, or keeps the original session. */
import { BINDING_RULES } from '../adaptation/apply-adaptation.js';
import { changedDates } from '../adaptation/changed-dates.js';
import type { StoredSession } from '../ports/plan-repository.js';
import { HISTORY_DAYS } from '../history.js';
import { addDays } from '../rules/calendar/add-days.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';

export async function answerDecision(ctx: TurnContext, choice: 'accepted' | 'kept'): Promise<Turn> {
  const ids = ctx.state.pendingDecisionIds ?? [];
  if (ids.length === 0) return say({ kind: 'not-understood' });
  const answered: string[] = [];
  let date = ctx.today;
  let sessionKind: string | undefined;
  let effective: 'accepted' | 'kept' = 'accepted';
  // Offers are made by adaptation, which looks back HISTORY_DAYS; so do the answers.
  const log = await ctx.repos.decisions.list(ctx.athlete.id, { from: addDays(ctx.today, -HISTORY_DAYS) });
  for (const id of ids) {
    const d = log.find((x) => x.id === id);
    if (!d || d.status !== 'proposed') continue; // settled meanwhile (e.g. a new plan version)
    // Safety and illness changes on that day stand: keeping the original would undo them too.
    const binding = log.some((x) => x.date === d.date && BINDING_RULES.test(x.rule));
    const keep = choice === 'kept' && !binding;
    await ctx.repos.decisions.setStatus(ctx.athlete.id, id, keep ? 'kept_original' : 'accepted');
    answered.push(d.id);
    if (keep) effective = 'kept';
    date = d.date;
    // A move touches two days and a cut week several: keeping the original restores each of them.
    let session: StoredSession | undefined;
    if (keep) {
      for (const day of changedDates(d)) {
        const back = await ctx.repos.plans.restoreOriginal(ctx.athlete.id, day);
        if (day === d.date) session = back;
      }
    } else session = (await ctx.repos.plans.active(ctx.athlete.id))?.sessions.find((s) => s.date === d.date);
    sessionKind = session?.kind ?? sessionKind;
  }
  const { pendingDecisionIds: _answered, ...rest } = ctx.state;
  return {
    messages: [
      {
        kind: 'decision-answered',
        choice: effective,
        date,
        ...(sessionKind ? { sessionKind: sessionKind as never } : {}),
      },
    ],
    events: [{ type: 'decision_answered', decisionIds: answered, choice: effective }],
    state: rest,
  };
}
