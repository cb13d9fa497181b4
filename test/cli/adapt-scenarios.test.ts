/**
 * `runloop adapt` on the scenarios of issue 10 §4 (ACWR), §5, §6 and §8, plus the calm control week: every
 * case goes through the command as a runner's scenario JSON on stdin, and the printed JSON is read back.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import adaptCommand from '../../cli/commands/adapt.js';
import type { CliIo } from '../../cli/command.js';
import { planFromJson } from '../../coach/prompts/plan-json.js';
import type { Activity, AdaptResult, CheckIn } from '../../coach/rules/adapt/history.js';
import { addDays } from '../../coach/rules/calendar/index.js';
import type { Plan, Session } from '../../coach/rules/plan/types.js';
import { calmCheckins, followedPlan } from '../coach/rules/adapt/history-fixture.js';
import { fixturePlan, sessionOn } from '../coach/rules/adapt/plan-fixture.js';

async function runAdapt(
  today: string,
  scenario: { plan: Plan; activities: Activity[]; checkins?: CheckIn[] },
): Promise<AdaptResult> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: Readable.from([JSON.stringify(scenario)]),
  };
  const code = await adaptCommand.run(['--today', today], io);
  expect(err).toBe('');
  expect(code).toBe(0);
  // The printed plan carries worded purposes beside their codes: read back as `runloop adapt` reads it.
  const printed = JSON.parse(out) as AdaptResult;
  return { ...printed, plan: planFromJson(printed.plan) };
}
const rules = (r: AdaptResult) => r.decisions.map((d) => d.rule);

// Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy + strides, Sun long (see plan-fixture).
const SAT = '2027-01-16';
const SUN = '2027-01-17';

describe('runloop adapt — races are races (issue 10 §5)', () => {
  const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 38.4 });
  const parkrun: Activity = { date: SAT, km: 5, minutes: 22 + 40 / 60, rpe: 10 }; // "went all out", not marked
  const before = followedPlan(plan, '2027-01-04', '2027-01-15');

  it('a parkrun "went all out": VDOT up, no RPE mismatch, no week cut, Sunday’s long run a recovery run', async () => {
    const r = await runAdapt(SAT, {
      plan,
      activities: [...before, parkrun],
      checkins: calmCheckins(SAT, 14),
    });
    expect(rules(r)).toEqual(['fitness.race-result', 'recovery.post-race']);
    expect(r.plan.vdot).toBeCloseTo(43, 0);
    expect(sessionOn(r.plan, SUN)).toMatchObject({ kind: 'easy', hard: false, replaces: { kind: 'long' } });
    expect(r.decisions[1]!.reasons[0]!.facts).toMatchObject({ km: 5, recoveryDays: 2, until: '2027-01-18' });
  });

  it('the next day, with the long run logged, that long run is never edited after the fact', async () => {
    const long = sessionOn(plan, SUN);
    const done: Activity = { date: SUN, km: long.km, minutes: long.minutes, rpe: 4 };
    const r = await runAdapt(SUN, {
      plan,
      activities: [...before, parkrun, done],
      checkins: calmCheckins(SUN, 14),
    });
    expect(rules(r)).toEqual(['fitness.race-result']);
    expect(sessionOn(r.plan, SUN)).toEqual(long);
  });
});

describe('runloop adapt — one signal counted once (issue 10 §6)', () => {
  const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45 });
  const WED = '2027-02-10';
  const THU = '2027-02-11';

  it('one easy run at RPE 8 in a big week: the next tempo a shorter easy run, and no 20 % cut of the week', async () => {
    const light = followedPlan(plan, '2027-01-04', '2027-01-31').map((a) => ({
      ...a,
      minutes: 15,
      km: 2.5,
      rpe: 3,
    }));
    const easy = sessionOn(plan, WED);
    const activities = [
      ...light,
      ...followedPlan(plan, '2027-02-01', '2027-02-09'),
      { date: WED, km: easy.km, minutes: easy.minutes, rpe: 8 },
    ];
    const r = await runAdapt(WED, { plan, activities });
    expect(rules(r)).toContain('rpe.mismatch');
    expect(rules(r).filter((x) => x.startsWith('load.'))).toEqual([]);
    const tempo = sessionOn(plan, THU);
    expect(sessionOn(r.plan, THU)).toMatchObject({ kind: 'easy', minutes: Math.round(tempo.minutes * 0.6) });
    const d = r.decisions.find((x) => x.rule === 'rpe.mismatch')!;
    expect(d.reasons[0]!.facts).toMatchObject({ evidence: { runs: [{ date: WED }] } });
    // The rest of the week keeps its minutes.
    for (const day of ['2027-02-13', '2027-02-14'])
      expect(sessionOn(r.plan, day).minutes).toBe(sessionOn(plan, day).minutes);
  });
});

describe('runloop adapt — an ACWR spike from the runner’s own overshoot (issue 10 §4)', () => {
  const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45 });

  it('a week at 190 % of the plan: a caution that trims the coming week, naming the runs', async () => {
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-31'),
      ...followedPlan(plan, '2027-02-01', '2027-02-07').map((a) => ({
        ...a,
        minutes: Math.round(a.minutes * 1.9),
        km: Math.round(a.km * 19) / 10,
      })),
    ];
    const r = await runAdapt('2027-02-08', { plan, activities });
    const caution = r.decisions.filter((d) => d.rule === 'load.acwr-caution');
    expect(caution.length).toBeGreaterThan(0);
    expect(caution[0]!.reasons.map((x) => x.code)).toEqual(['ACWR_HIGH_CAUTION', 'ACWR_FROM_OVERSHOOT']);
  });

  /** Four weeks as planned, then every run of the week to `to` at 190 % of its minutes. */
  const overshotTo = (to: string): Activity[] => [
    ...followedPlan(plan, '2027-01-04', '2027-01-31'),
    ...followedPlan(plan, '2027-02-01', to).map((a) => ({
      ...a,
      minutes: Math.round(a.minutes * 1.9),
      km: Math.round(a.km * 19) / 10,
    })),
  ];
  const cuts = (r: AdaptResult) => r.decisions.filter((d) => d.before !== null && d.before !== undefined);

  it('one overshoot week, one volume cut: the caution owns it, and overshoot.* does not cut again for its runs', async () => {
    const r = await runAdapt('2027-02-08', { plan, activities: overshotTo('2027-02-07') });
    const caution = r.decisions.filter((d) => d.rule === 'load.acwr-caution');
    expect(caution.length).toBeGreaterThan(0);
    // Sunday's 209-min long run is among the runs the caution answered…
    expect(caution[0]!.reasons[1]!.facts['evidence']).toMatchObject({
      runs: expect.arrayContaining([{ date: '2027-02-07' }]),
    });
    // …so no overshoot rule eases Tuesday again or trims the week a second time.
    expect(rules(r).filter((x) => x.startsWith('overshoot.'))).toEqual([]);
    const days = cuts(r).map((d) => d.date);
    expect(days).toEqual([...new Set(days)]);
    expect(sessionOn(r.plan, '2027-02-09')).toMatchObject({ kind: 'intervals', minutes: 48 });
    // Adapting Monday again: the caution has nothing left to cut, and its runs stay answered.
    const again = await runAdapt('2027-02-08', { plan: r.plan, activities: overshotTo('2027-02-07') });
    expect(cuts(again)).toEqual([]);
    expect(again.plan).toEqual(r.plan);
  });

  it('answered on Sunday by overshoot.*, the same runs cut nothing again on Monday', async () => {
    const sunday = await runAdapt('2027-02-07', { plan, activities: overshotTo('2027-02-07') });
    expect(rules(sunday)).toContain('overshoot.week');
    // overshoot.run answers Sunday's run, overshoot.week the rest of the week: no run cited by both.
    const cited = (rule: string) =>
      sunday.decisions
        .filter((d) => d.rule === rule)
        .flatMap((d) =>
          d.reasons.flatMap((x) => (x.facts['evidence'] as { runs?: { date: string }[] })?.runs ?? []),
        )
        .map((x) => x.date);
    expect(cited('overshoot.run')).toEqual(['2027-02-07']);
    expect(cited('overshoot.week')).not.toContain('2027-02-07');
    const monday = await runAdapt('2027-02-08', { plan: sunday.plan, activities: overshotTo('2027-02-07') });
    expect(cuts(monday)).toEqual([]);
    expect(monday.plan).toEqual(sunday.plan);
  });
});

describe('runloop adapt — cadence (issue 10 §8)', () => {
  const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45 });

  it('a long run whose cadence sags in the last laps: a fatigue note, the plan unchanged', async () => {
    const spm = [172, 173, 172, 171, 172, 170, 168, 166, 161, 160];
    const run: Activity = {
      date: SUN,
      km: 10,
      minutes: (10 * 340) / 60,
      rpe: 4,
      cadence: 168,
      laps: spm.map((cadence) => ({ km: 1, minutes: 340 / 60, cadence })),
    };
    const r = await runAdapt(SUN, { plan, activities: [...followedPlan(plan, '2027-01-04', SAT), run] });
    expect(rules(r)).toEqual(['cadence.drop']);
    expect(r.decisions[0]).toMatchObject({
      action: 'note_fatigue',
      reasons: [{ code: 'CADENCE_DROP_IN_RUN' }],
    });
    expect(r.decisions[0]).not.toHaveProperty('before');
    expect(r.plan).toEqual(JSON.parse(JSON.stringify(plan)));
  });

  it('a cadence that is not a number is refused with one line, nothing guessed', async () => {
    let err = '';
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => (err += t),
      stdin: Readable.from([
        JSON.stringify({
          plan,
          activities: [{ date: SUN, km: 10, minutes: 57, laps: [{ km: 1, minutes: 5.7, cadence: 'fast' }] }],
        }),
      ]),
    };
    expect(await adaptCommand.run(['--today', SUN], io)).toBe(2);
    expect(err).toMatch(/activities\.0\.laps\.0\.cadence/);
  });
});

describe('runloop adapt — the calm control week', () => {
  const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45, withHr: true });

  it('five weeks run as prescribed, steady cadence, good sleep: no decision at all, on any day of the last week', async () => {
    const runs = (to: string): Activity[] =>
      followedPlan(plan, '2027-01-04', to).map((a) => ({ ...a, cadence: 170 }));
    for (let i = 0; i < 7; i++) {
      const today = addDays('2027-02-01', i);
      // The day's own session is still ahead in the morning: history runs to yesterday.
      const r = await runAdapt(today, {
        plan,
        activities: runs(addDays(today, -1)),
        checkins: calmCheckins(today, 35),
      });
      expect(r.decisions, today).toEqual([]);
      const untouched = (p: Plan): Session[] => p.weeks.flatMap((w) => w.sessions);
      expect(untouched(r.plan)).toEqual(untouched(JSON.parse(JSON.stringify(plan)) as Plan));
    }
  });
});
