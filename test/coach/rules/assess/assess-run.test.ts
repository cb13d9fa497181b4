import { describe, expect, it } from 'vitest';
import { assessRun, intentOf } from '../../../../coach/rules/assess/assess-run.js';
import { assessHistory, assessOptionsFor } from '../../../../coach/rules/assess/assess-history.js';
import { assessedDistribution, easyShares } from '../../../../coach/rules/assess/distribution.js';
import type { Session } from '../../../../coach/rules/plan/types.js';
import { fixturePlan, sessionOn } from '../adapt/plan-fixture.js';
import { asPrescribed } from '../adapt/prescribed-runs.js';

/** The easy day: 6:09–6:52/km under 141 bpm, 45 minutes. */
const easyDay: Session = {
  date: '2027-01-13',
  kind: 'easy',
  hard: false,
  minutes: 45,
  km: 6.9,
  purpose: { code: 'LEGACY', facts: { text: 'Aerobic base, easy.' } },
  steps: [
    {
      kind: 'run',
      intensity: 'E',
      minutes: 45,
      km: 6.9,
      pace: { from: 369, to: 412 },
      hr: { from: 120, to: 141 },
    },
  ],
};
const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 44, withHr: true });
const tempo = sessionOn(plan, '2027-01-14'); // T 4:40–4:46, HR 165–172

describe('assessRun', () => {
  it('"7.5k in 40 mins, avg hr 158" on a 6:09–6:52 easy day under 141 → gray zone, with the numbers', () => {
    const a = assessRun({ date: '2027-01-13', km: 7.5, minutes: 40, avgHr: 158 }, easyDay);
    expect(a).toMatchObject({
      judgedAs: 'easy',
      intent: 'easy',
      paceSPerKm: 320,
      pace: { band: { from: 369, to: 412 }, offSPerKm: -49, verdict: 'faster' },
      hr: { avgHr: 158, ceilingBpm: 141, verdict: 'above' },
      planned: { minutes: 45, km: 6.9, minutesShare: 0.89 },
      flags: ['gray-zone'],
    });
  });

  it('an easy run inside E and under the ceiling is not flagged; 9 s/km too fast is still not the gray zone', () => {
    expect(assessRun({ date: '2027-01-13', km: 7, minutes: 45, avgHr: 135, rpe: 3 }, easyDay)).toMatchObject({
      pace: { verdict: 'within', offSPerKm: 0 },
      hr: { verdict: 'within' },
      rpe: { rpe: 3, expected: { from: 2, to: 4 }, verdict: 'within' },
      flags: [],
    });
    // 360 s/km is 9 s/km faster than 6:09: under the 10 s/km margin.
    expect(assessRun({ date: '2027-01-13', km: 7.5, minutes: 45, avgHr: 138 }, easyDay).flags).toEqual([]);
  });

  it('HR above the ceiling for most of the laps is gray zone even at an easy pace; a late drift is not', () => {
    const lap = (avgHr: number) => ({ km: 2, minutes: 13, avgHr });
    const most = assessRun(
      { date: '2027-01-13', km: 6, minutes: 39, avgHr: 143, laps: [lap(139), lap(145), lap(147)] },
      easyDay,
    );
    expect(most.hr).toMatchObject({ shareAboveCeiling: 0.67, verdict: 'above' });
    expect(most.flags).toEqual(['gray-zone']);
    const drift = assessRun(
      { date: '2027-01-13', km: 6, minutes: 39, avgHr: 140, laps: [lap(135), lap(138), lap(147)] },
      easyDay,
    );
    expect(drift.hr).toMatchObject({ shareAboveCeiling: 0.33, verdict: 'within' });
    expect(drift.flags).toEqual([]);
  });

  it('heat slows every band (Hadley): 30 °C / dew point 22 °C makes a 6:20 easy pace right, not slow', () => {
    const hot = assessRun(
      { date: '2027-01-13', km: 7, minutes: 49.5, temperatureC: 30, dewPointC: 22 },
      easyDay,
    );
    expect(hot.heat).toMatchObject({ temperatureC: 30, dewPointC: 22 });
    expect(hot.heat!.percent).toBeGreaterThan(4);
    expect(hot.pace!.band.to).toBeGreaterThan(412);
    expect(hot.pace!.verdict).toBe('within');
    const cool = assessRun({ date: '2027-01-13', km: 7, minutes: 49.5 }, easyDay);
    expect(cool.pace!.verdict).toBe('slower');
  });

  it('a tempo whose work laps ran 5:15 against 4:40–4:46 at RPE 8 → too slow at effort, lap by lap', () => {
    const run = asPrescribed(tempo);
    const laps = run.laps!.map((l, i, all) =>
      i === 0 || i === all.length - 1 ? l : { ...l, minutes: (l.km * 315) / 60, avgHr: 178 },
    );
    const a = assessRun({ ...run, laps, rpe: 8 }, tempo);
    expect(a.intent).toBe('quality');
    expect(a.work).toMatchObject({
      paceSPerKm: 315,
      band: { from: 280, to: 286 },
      offSPerKm: 29,
      avgHr: 178,
    });
    expect(a.flags).toContain('too-slow-at-effort');
    expect(a.laps!.map((l) => l.intensity)).toEqual(['E', 'T', 'E']);
    expect(a.laps![1]).toMatchObject({
      pace: { verdict: 'slower' },
      hr: { avgHr: 178, band: { from: 165, to: 172 }, verdict: 'above' },
    });
    // The same slow tempo at RPE 5 with no HR is not "at the right effort": no flag.
    const easyFelt = assessRun({ ...run, laps: laps.map(({ avgHr: _hr, ...l }) => l), rpe: 5 }, tempo);
    expect(easyFelt.flags).not.toContain('too-slow-at-effort');
  });

  it('the tempo run as prescribed is within its bands and flags nothing', () => {
    const a = assessRun(asPrescribed(tempo), tempo);
    expect(a.work).toMatchObject({ verdict: 'within' });
    expect(a.flags).toEqual([]);
  });

  it('a run at 150 % of its minutes is over-minutes; an easy day at marathon pace is easy-at-quality-pace', () => {
    const long = assessRun({ date: '2027-01-13', km: 10, minutes: 68 }, easyDay);
    expect(long.planned).toMatchObject({ minutesShare: 1.51 });
    expect(long.flags).toContain('over-minutes');
    const m = assessRun({ date: '2027-01-13', km: 8, minutes: 40 }, easyDay, { marathonPaceSPerKm: 303 });
    expect(m.flags).toEqual(['gray-zone', 'easy-at-quality-pace']);
  });

  it('a race is judged as a race: no pace or HR verdicts, no flags; cadence is recorded as given', () => {
    const a = assessRun(
      { date: '2027-01-13', km: 5, minutes: 22, avgHr: 182, rpe: 10, race: true, cadence: 176 },
      easyDay,
    );
    expect(a).toMatchObject({
      judgedAs: 'race',
      intent: 'race',
      rpe: { verdict: 'within' },
      cadenceSpm: 176,
      flags: [],
    });
    expect(a.pace).toBeUndefined();
  });

  it('an extra run (no session) is judged as easy against the options the plan gives', () => {
    const options = assessOptionsFor(plan, '2027-01-15');
    expect(options.easy?.hrCeilingBpm).toBe(148);
    const a = assessRun({ date: '2027-01-15', km: 8, minutes: 40, avgHr: 160 }, undefined, options);
    expect(a).toMatchObject({ judgedAs: 'easy', flags: ['gray-zone', 'easy-at-quality-pace'] });
    expect(a.planned).toBeUndefined();
  });

  it('bad input loses nothing and never throws: no distance, no time, implausible weather', () => {
    expect(assessRun({ date: '2027-01-13', km: 0, minutes: 0 }, easyDay).flags).toEqual([]);
    expect(
      assessRun({ date: '2027-01-13', km: 7, minutes: 45, temperatureC: 99, dewPointC: 10 }, easyDay).heat,
    ).toBeUndefined();
  });

  it('intentOf maps kinds to what they are for', () => {
    expect(['easy', 'long', 'recovery', 'tempo', 'race'].map((k) => intentOf(k as never))).toEqual([
      'easy',
      'easy',
      'easy',
      'quality',
      'race',
    ]);
  });
});

describe('assessHistory and the assessed 80/20 split', () => {
  it('matches a moved run and counts gray-zone time as moderate', () => {
    // Thursday's tempo run on Friday (a rest day) still counts as the tempo: a day either side.
    const runs = assessHistory(plan, [
      { date: '2027-01-12', ...pick(asPrescribed(sessionOn(plan, '2027-01-12'))) },
      { date: '2027-01-13', km: 7.5, minutes: 40, avgHr: 165 },
      { date: '2027-01-15', ...pick(asPrescribed(sessionOn(plan, '2027-01-14'))) },
    ]);
    expect(runs.map((r) => r.session?.date)).toEqual(['2027-01-12', '2027-01-13', '2027-01-14']);
    const d = assessedDistribution(runs, '2027-01-15');
    expect(d.last7.minutes.moderate).toBe(40);
    expect(d.last7.minutes.easy).toBe(0);
    expect(easyShares(d)).toEqual({
      last7EasyShare: 0,
      last28EasyShare: 0,
      shortWindowDays: 7,
      longWindowDays: 28,
    });
  });
});

function pick(a: ReturnType<typeof asPrescribed>) {
  const { date: _d, ...rest } = a;
  return rest;
}
