/** Autonomy: the runner accepts a proposed change, or keeps the original session. */
import type { Turn, TurnContext } from '../conversation/turn.js';
import { say } from '../conversation/turn.js';

export async function answerDecision(ctx: TurnContext, choice: 'accepted' | 'kept'): Promise<Turn> {
  const ids = ctx.state.pendingDecisionIds ?? [];
  if (ids.length === 0) return say({ kind: 'not-understood' });
  const answered: string[] = [];
  let date = ctx.today;
  let sessionKind: string | undefined;
  for (const id of ids) {
    const d = await ctx.repos.decisions.setStatus(
      ctx.athlete.id,
      id,
      choice === 'accepted' ? 'accepted' : 'kept_original',
    );
    if (!d) continue;
    answered.push(d.id);
    date = d.date;
    if (choice === 'kept')
      sessionKind = (await ctx.repos.plans.restoreOriginal(ctx.athlete.id, d.date))?.kind ?? sessionKind;
    else
      sessionKind = (await ctx.repos.plans.active(ctx.athlete.id))?.sessions.find(
        (s) => s.date === d.date,
      )?.kind;
  }
  const { pendingDecisionIds: _answered, ...rest } = ctx.state;
  return {
    messages: [
      {
        kind: 'decision-answered',
        choice,
        date,
        ...(sessionKind ? { sessionKind: sessionKind as never } : {}),
      },
    ],
    events: [{ type: 'decision_answered', decisionIds: answered, choice }],
    state: rest,
  };
}
