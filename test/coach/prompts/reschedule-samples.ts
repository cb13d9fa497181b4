/** Sample messages of the rescheduling kinds (issue 11 §4), from the real rules on the fixture plan. */
import type { CoachMessage } from '../../../coach/prompts/coach-message.js';
import { limitRunDays } from '../../../coach/rules/adapt/limit-days.js';
import { moveSession } from '../../../coach/rules/adapt/move-session.js';
import { fixturePlan } from '../rules/adapt/plan-fixture.js';

const MON = '2026-12-07';
const plan = fixturePlan({ start: MON, weeks: 4, vdot: 45 });

/** A swap, a move to a rest day, a cut week, and refusals with and without alternatives. */
export function rescheduleSamples(): CoachMessage[] {
  const out: CoachMessage[] = [];
  const outcomes = [
    moveSession({ plan, today: MON, session: { kind: 'long' }, to: '2026-12-12' }),
    moveSession({ plan, today: MON, session: { kind: 'tempo' }, to: '2026-12-11' }),
    moveSession({ plan, today: MON, session: { kind: 'intervals' }, to: '2026-12-09' }),
    moveSession({ plan, today: '2026-12-10', session: { kind: 'intervals' }, to: '2026-12-09' }),
    moveSession({ plan, today: MON, session: { date: '2026-12-08' }, to: '2026-12-16' }),
    limitRunDays({ plan, today: MON, weekOf: '2026-12-14', runDays: 3 }),
    limitRunDays({ plan, today: MON, weekOf: '2026-12-14', runDays: 5 }),
    limitRunDays({ plan, today: MON, weekOf: '2026-12-14', runDays: 0 }),
  ];
  for (const r of outcomes)
    out.push(
      r.ok
        ? { kind: 'rescheduled', decision: r.value.decision }
        : { kind: 'reschedule-refused', code: r.code, facts: r.facts ?? {} },
    );
  out.push({ kind: 'reschedule-refused', code: 'NO_PLAN', facts: {} });
  return out;
}
