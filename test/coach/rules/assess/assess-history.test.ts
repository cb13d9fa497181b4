import { describe, expect, it } from 'vitest';
import { matchActivities } from '../../../../coach/rules/adapt/match-activities.js';
import { toEasy, replaceSession } from '../../../../coach/rules/adapt/plan-edit.js';
import { assessHistory, assessOptionsFor } from '../../../../coach/rules/assess/assess-history.js';
import { assessRun } from '../../../../coach/rules/assess/assess-run.js';
import type { Plan } from '../../../../coach/rules/plan/types.js';
import { fixturePlan } from '../adapt/plan-fixture.js';
import { runsAsPrescribed } from '../adapt/prescribed-runs.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 4, vdot: 44, withHr: true });
// Two weeks run as prescribed, the intervals of the second week 20 s/km too fast.
const runs = runsAsPrescribed(plan, '2027-01-04', '2027-01-17', (a, s) =>
  s.kind === 'intervals' && a.date >= '2027-01-11' ? { ...a, minutes: a.minutes * 0.95 } : a,
);

/** Every run judged on its own, from scratch: what `assessHistory` must give whatever it judged before. */
function fresh(p: Plan, from: string, lapDetail: boolean) {
  const { sessionOf } = matchActivities(p, runs);
  return runs
    .filter((a) => a.date >= from)
    .map((activity) => {
      const session = sessionOf.get(activity);
      const options = { ...assessOptionsFor(p, activity.date, session), lapDetail };
      return { activity, session, assessment: assessRun(activity, session, options) };
    });
}

describe('assessHistory asked again', () => {
  it('judges each window, with and without lap detail, as a first judgement would', () => {
    const asked: [string, boolean][] = [
      ['2027-01-11', false],
      ['2027-01-04', false],
      ['2027-01-04', true],
      ['2027-01-11', true],
      ['2027-01-11', false],
    ];
    for (const [from, lapDetail] of asked)
      expect(assessHistory(plan, runs, { from, lapDetail })).toEqual(fresh(plan, from, lapDetail));
    // Lap detail is a verdict per lap: the record holds it, the rules' reading does not.
    expect(assessHistory(plan, runs, { lapDetail: true }).some((r) => r.assessment.laps !== undefined)).toBe(
      true,
    );
    expect(assessHistory(plan, runs).some((r) => r.assessment.laps !== undefined)).toBe(false);
  });

  it('judges the runs afresh against a changed plan', () => {
    const before = assessHistory(plan, runs);
    // Week 2's Tuesday intervals eased: a run that day is judged against the easy run now.
    const tue = plan.weeks[1]!.sessions[1]!;
    const eased = replaceSession(
      plan,
      { week: 1, index: 1 },
      toEasy(tue, { purpose: { code: 'EASED_HARD_RPE' } }),
    );
    const after = assessHistory(eased, runs);
    expect(after).toEqual(fresh(eased, '0000-01-01', false));
    const onTue = (xs: typeof before) => xs.find((r) => r.activity.date === tue.date)!;
    expect(onTue(before).session).toBe(tue);
    expect(onTue(after).session?.kind).toBe('easy');
  });
});
