/** What "undo" remembers after each turn: the last stored fact, the decisions and VDOT change it caused. */
import { describe, expect, it } from 'vitest';
import { rememberStored } from '../../../coach/use-cases/undo.js';

const TODAY = '2026-12-08';

describe('rememberStored', () => {
  it('remembers the last fact a turn stored, with the decisions adaptation made after it', () => {
    const state = rememberStored(
      {
        events: [
          { type: 'checkin_saved', date: TODAY, checkinId: 'c1' },
          { type: 'activity_logged', activityId: 'a1', date: TODAY, race: true },
          {
            type: 'plan_adapted',
            decisions: [{ id: 'd1', rule: 'fitness.race-result', date: TODAY, status: 'applied' }],
          },
          { type: 'vdot_changed', from: 45, to: 47 },
        ],
      },
      { pendingDelete: false },
      TODAY,
    );
    expect(state).toEqual({
      pendingDelete: false,
      lastStored: { fact: 'run', id: 'a1', storedOn: TODAY, decisionIds: ['d1'], vdotFrom: 45 },
    });
  });

  it('keeps what was there when a turn stored nothing, and forgets it after an undo', () => {
    const before = rememberStored({ events: [{ type: 'run_rated', activityId: 'a1', rpe: 6 }] }, {}, TODAY);
    expect(before.lastStored).toEqual({ fact: 'rpe', id: 'a1', storedOn: TODAY, decisionIds: [] });
    expect(rememberStored({ events: [{ type: 'clarification_needed', codes: [] }] }, before, TODAY)).toBe(
      before,
    );
    const after = rememberStored(
      { events: [{ type: 'fact_undone', fact: 'rpe', date: TODAY, withdrawnDecisionIds: [] }] },
      before,
      TODAY,
    );
    expect(after.lastStored).toBeUndefined();
  });
});
