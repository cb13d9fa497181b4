/** A small stored-plan fixture for the plan repository's tests: two weeks, easy runs and a tempo. */
import type { Plan, Session } from '../../coach/rules/plan/types.js';

export const easy = (date: string, minutes = 40): Session => ({
  date,
  kind: 'easy',
  hard: false,
  minutes,
  km: minutes / 6,
  purpose: { code: 'EASY', facts: { week: 'down' } },
  steps: [{ kind: 'run', intensity: 'E', minutes, pace: { from: 330, to: 370 } }],
});
export const tempo: Session = {
  date: '2026-12-09',
  kind: 'tempo',
  hard: true,
  minutes: 50,
  km: 9,
  purpose: { code: 'TEMPO' },
  steps: [
    { kind: 'warmup', intensity: 'E', minutes: 15 },
    { kind: 'run', intensity: 'T', minutes: 20, pace: { from: 285, to: 292 } },
    { kind: 'cooldown', intensity: 'E', minutes: 15 },
  ],
};
export const plan: Plan = {
  rulesVersion: 'test',
  vdot: 45,
  goal: { distance: '10k', raceDate: '2027-01-24' },
  feasibility: { ok: true, predictedTime: 2700, message: 'On track.' },
  weeks: [
    {
      index: 0,
      start: '2026-12-07',
      phase: 'base',
      downWeek: false,
      minutes: 130,
      km: 22,
      sessions: [easy('2026-12-07'), tempo, easy('2026-12-12', 50)],
    },
    {
      index: 1,
      start: '2026-12-14',
      phase: 'build',
      downWeek: false,
      minutes: 40,
      km: 7,
      sessions: [easy('2026-12-15')],
    },
  ],
};
