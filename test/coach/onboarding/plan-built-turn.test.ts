import { describe, it, expect } from 'vitest';
import { planBuiltTurn } from '../../../coach/onboarding/plan-built-turn.js';
import type { StoredPlan } from '../../../coach/ports/plan-repository.js';
import { renderTemplate } from '../../../coach/prompts/templates/index.js';
import { buildPlan } from '../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../coach/rules/plan/plan-input.js';

const runner: PlanInput = {
  fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
  goal: { distance: '10k', raceDate: '2027-04-18' },
  startDate: '2026-12-07',
  availableDays: ['mon', 'tue', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  level: 'intermediate',
  weeklyMinutes: 200,
  injuries: [{ area: 'achilles', recent: true, recurring: false }],
};

function stored(input: PlanInput): StoredPlan {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(r.code);
  const sessions = r.value.weeks.flatMap((w) => w.sessions).map((s, i) => ({ ...s, id: `s${i}` }));
  return {
    id: 'p1',
    athleteId: 'a1',
    version: 1,
    createdAt: '2026-12-07T08:00:00Z',
    plan: r.value,
    sessions,
  };
}

describe('the plan-built reply', () => {
  it('tells an injured runner what the plan changed and the pain rule, like the run/walk start note', () => {
    const s = stored(runner);
    const note = s.plan.notes?.find((n) => n.code === 'INJURY_ADJUSTED');
    const [message] = planBuiltTurn(s, '2026-12-07', false).messages;
    expect(message).toMatchObject({ kind: 'plan-built', injury: note?.facts });
    if (message === undefined) throw new Error('no message');
    const text = renderTemplate({
      message,
      persona: 'neutral',
      channel: 'chat',
      units: 'km',
      name: 'Sam',
    }).text;
    expect(text).toContain('the first 6 weeks have no strides, hill sprints or fast repetitions');
    expect(text).toContain('3/10 or less during the run, has settled by the next morning');
    // No injury, no injury line.
    const [healthy] = planBuiltTurn(stored({ ...runner, injuries: [] }), '2026-12-07', false).messages;
    expect(healthy).not.toHaveProperty('injury');
  });
});
