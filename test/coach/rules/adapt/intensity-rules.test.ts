/** `intensity.gray-zone`, `overshoot.*` and `fitness.too-slow` on their edges: once is a flag, twice a decision; adapting twice changes nothing. */
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity } from '../../../../coach/rules/adapt/history.js';
import { calmCheckins } from './history-fixture.js';
import { fixturePlan } from './plan-fixture.js';
import { runsAsPrescribed } from './prescribed-runs.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45, withHr: true });
const fast = (a: Activity): Activity => ({
  date: a.date,
  km: Math.round(((a.minutes * 60) / 300) * 10) / 10,
  minutes: a.minutes,
  avgHr: 160,
  rpe: 4,
});
const rules = (today: string, activities: Activity[]) =>
  adapt(plan, { activities, checkins: calmCheckins(today, 14) }, today).decisions.map((d) => d.rule);

describe('gray zone: once is a flag, twice within 7 days a decision', () => {
  it('one gray-zone easy run → no intensity decision', () => {
    const today = '2027-01-13';
    const runs = runsAsPrescribed(plan, '2027-01-04', today, (a, s) => (s.date === today ? fast(a) : a));
    expect(rules(today, runs)).not.toContain('intensity.gray-zone');
  });

  it('two in 7 days → the decision; a week later, with easy runs easy again, nothing', () => {
    const gray = ['2027-01-13', '2027-01-16'];
    const runs = runsAsPrescribed(plan, '2027-01-04', '2027-01-23', (a, s) =>
      gray.includes(s.date) ? fast(a) : a,
    );
    expect(
      rules(
        '2027-01-16',
        runs.filter((r) => r.date <= '2027-01-16'),
      ),
    ).toContain('intensity.gray-zone');
    expect(rules('2027-01-23', runs)).not.toContain('intensity.gray-zone');
  });

  it('adapting the adapted plan again for the same day changes nothing', () => {
    const today = '2027-01-16';
    const runs = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      ['2027-01-13', today].includes(s.date) ? fast(a) : a,
    );
    const history = { activities: runs, checkins: calmCheckins(today, 14) };
    const first = adapt(plan, history, today);
    expect(first.decisions.some((d) => d.rule === 'intensity.gray-zone' && d.before !== null)).toBe(true);
    const second = adapt(first.plan, history, today);
    expect(second.plan).toEqual(first.plan);
    expect(second.decisions.filter((d) => d.before !== null)).toEqual([]);
  });

  it('a gray-zone run that felt like RPE 8 is answered by rpe.mismatch, not counted again for the pattern', () => {
    const today = '2027-01-16';
    const runs = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      s.date === '2027-01-13' ? fast(a) : s.date === today ? { ...fast(a), rpe: 8 } : a,
    );
    const r = adapt(plan, { activities: runs, checkins: calmCheckins(today, 14) }, today);
    const mismatch = r.decisions.find((d) => d.rule === 'rpe.mismatch');
    expect(mismatch?.reasons[0]!.facts['evidence']).toEqual({ runs: [{ date: today }] });
    expect(r.decisions.filter((d) => d.rule === 'intensity.gray-zone')).toEqual([]);
  });

  it('a race is never a gray-zone run nor an overshoot', () => {
    const today = '2027-01-16';
    const runs = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      ['2027-01-13', today].includes(s.date) ? { ...fast(a), km: 10, minutes: 42, race: true } : a,
    );
    expect(rules(today, runs).filter((r) => /^(intensity|overshoot)\./.test(r))).toEqual([]);
  });
});

describe('too slow at the effort: evidence listed, nothing claimed', () => {
  const plan44 = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 44, withHr: true });
  /** Every work lap 30 s/km slower than prescribed, at a high lap HR and RPE. */
  const slow = (a: Activity, rpe: number): Activity => {
    const laps = (a.laps ?? []).map((l, i, all) =>
      i === 0 || i === all.length - 1 ? l : { ...l, minutes: l.minutes + (l.km * 30) / 60, avgHr: 181 },
    );
    return { ...a, laps, minutes: laps.reduce((t, l) => t + l.minutes, 0), rpe };
  };

  it('a tempo slow at RPE 9 lowers VDOT, lists both runs, and claims nothing: a second pass reads the same', () => {
    const today = '2027-01-14'; // Thursday's tempo; Tuesday's intervals were slow too
    const runs = runsAsPrescribed(plan44, '2027-01-04', today, (a, s) =>
      s.date === '2027-01-12' || s.date === today ? slow(a, 9) : a,
    );
    const r = adapt(plan44, { activities: runs, checkins: calmCheckins(today, 14) }, today);
    const slowDecision = r.decisions.find((d) => d.rule === 'fitness.too-slow');
    expect(slowDecision?.reasons[0]!.facts['evidence']).toEqual({
      runs: [{ date: '2027-01-12' }, { date: today }],
    });
    // New paces lighten no session: the hard-feeling tempo is still answered once, by rpe.mismatch…
    expect(r.decisions.filter((d) => d.rule.startsWith('rpe.')).map((d) => d.rule)).toEqual(['rpe.mismatch']);
    // …and the day adapted again (the VDOT already lowered, so too-slow is silent) changes nothing.
    const again = adapt(r.plan, { activities: runs, checkins: calmCheckins(today, 14) }, today);
    expect(again.plan).toEqual(r.plan);
    expect(again.decisions.filter((d) => d.before !== null)).toEqual([]);
  });
});
