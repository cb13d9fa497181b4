import { describe, expect, it } from 'vitest';
import {
  ACWR_KEEP_FRACTION,
  OVERSHOOT_FRACTION,
  overshootRuns,
} from '../../../../coach/rules/adapt/acwr-caution.js';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity } from '../../../../coach/rules/adapt/history.js';
import { easeKeepFraction } from '../../../../coach/rules/adapt/rpe-rules.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { acwr, ACWR_BANDS, dailySeries, sessionRpeLoad } from '../../../../coach/rules/load/index.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

// Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy + strides, Sun long (see plan-fixture).
const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45 });
const ratioOn = (activities: readonly Activity[], today: string) =>
  acwr(
    dailySeries(
      activities
        .filter((a) => a.date < today)
        .map((a) => ({ date: a.date, durationSeconds: a.minutes * 60, rpe: a.rpe })),
      { to: addDays(today, -1) },
      sessionRpeLoad,
    ),
    addDays(today, -1),
  ).ewma.ratio ?? 0;

/** Four weeks of short, easy runs on the plan's run days, then the plan followed from `from` to `to`. */
function lightThenPlan(from: string, to: string): Activity[] {
  const light = followedPlan(plan, addDays(from, -28), addDays(from, -1)).map((a) => ({
    ...a,
    minutes: 15,
    km: 2.5,
    rpe: 3,
  }));
  return [...light, ...followedPlan(plan, from, to)];
}
const rules = (r: { decisions: readonly { rule: string }[] }) => r.decisions.map((d) => d.rule);

describe('ACWR caution: one signal counted once (issue 10 §6)', () => {
  const WED = '2027-02-10';
  const THU = '2027-02-11';

  it('one easy run at RPE 8: the next tempo becomes a proportionately shorter easy run, and the week is not cut', () => {
    const activities = lightThenPlan('2027-02-01', '2027-02-09');
    const easy = sessionOn(plan, WED);
    activities.push({ date: WED, km: easy.km, minutes: easy.minutes, rpe: 8 });
    expect(ratioOn(activities, addDays(WED, 1))).toBeGreaterThanOrEqual(ACWR_BANDS.veryHigh);
    // Read on Wednesday evening and on Thursday morning: the same answer, once.
    for (const today of [WED, THU]) {
      const r = adapt(plan, { activities, checkins: [] }, today);
      expect(rules(r)).toContain('rpe.mismatch');
      expect(rules(r)).not.toContain('load.acwr-caution');
      const tempo = sessionOn(plan, THU);
      const eased = sessionOn(r.plan, THU);
      expect(eased).toMatchObject({ kind: 'easy', hard: false });
      expect(eased.minutes).toBe(Math.round(tempo.minutes * easeKeepFraction(4)));
      expect(eased.minutes).toBeLessThan(tempo.minutes);
      const d = r.decisions.find((x) => x.rule === 'rpe.mismatch')!;
      expect(d.reasons[0]!.facts).toMatchObject({ keepFraction: 0.6, evidence: { runs: [{ date: WED }] } });
    }
  });

  it('a mismatch nobody answered (the next session already run) is still a second signal', () => {
    const activities = lightThenPlan('2027-02-01', '2027-02-09');
    const easy = sessionOn(plan, WED);
    activities.push({ date: WED, km: easy.km, minutes: easy.minutes, rpe: 8 });
    activities.push(...followedPlan(plan, THU, THU));
    const today = '2027-02-12';
    expect(ratioOn(activities, today)).toBeGreaterThanOrEqual(ACWR_BANDS.veryHigh);
    const r = adapt(plan, { activities, checkins: [] }, today);
    const caution = r.decisions.filter((d) => d.rule === 'load.acwr-caution');
    expect(caution.length).toBeGreaterThan(0);
    expect(caution[0]!.reasons.map((x) => x.code)).toEqual(['ACWR_HIGH_CAUTION', 'RPE_ABOVE_EXPECTED']);
    expect(caution[0]!.reasons[1]!.facts).toMatchObject({ evidence: { runs: [{ date: WED }] } });
  });

  it('two bad nights that eased today’s tempo are not read again as the caution’s second signal', () => {
    const activities = lightThenPlan('2027-02-01', '2027-02-10');
    expect(ratioOn(activities, THU)).toBeGreaterThanOrEqual(ACWR_BANDS.veryHigh);
    const checkins = [
      { date: WED, sleepHours: 5 },
      { date: THU, sleepHours: 4.5 },
    ];
    const r = adapt(plan, { activities, checkins }, THU);
    const nights = r.decisions.find((d) => d.rule === 'readiness.two-bad-nights');
    expect(nights).toMatchObject({ date: THU, before: { kind: 'tempo' }, after: { kind: 'easy' } });
    expect(nights!.reasons[0]!.facts['evidence']).toEqual({ checkins: [WED, THU] });
    const reused = r.decisions.filter(
      (d) => d.rule === 'load.acwr-caution' && d.reasons.some((x) => x.code === 'READINESS_LOW'),
    );
    expect(reused).toEqual([]);
  });

  it('a bad night nobody answered (nothing to ease today) is still a second signal', () => {
    const activities = lightThenPlan('2027-02-01', '2027-02-10');
    // One short night: too little for a readiness rule, and today is rest anyway.
    const FRI = '2027-02-12';
    activities.push(...followedPlan(plan, THU, THU));
    expect(ratioOn(activities, FRI)).toBeGreaterThanOrEqual(ACWR_BANDS.veryHigh);
    const r = adapt(plan, { activities, checkins: [{ date: FRI, sleepHours: 4.5 }] }, FRI);
    expect(r.decisions.some((d) => d.rule.startsWith('readiness.'))).toBe(false);
    const caution = r.decisions.filter((d) => d.rule === 'load.acwr-caution');
    expect(caution.length).toBeGreaterThan(0);
    expect(caution[0]!.reasons.map((x) => x.code)).toContain('READINESS_LOW');
  });

  it('calm control: a spike from the plan itself, every run as prescribed, is no reason to cut', () => {
    const activities = lightThenPlan('2027-02-01', '2027-02-09');
    expect(ratioOn(activities, WED)).toBeGreaterThanOrEqual(ACWR_BANDS.veryHigh);
    const r = adapt(plan, { activities, checkins: [] }, WED);
    expect(rules(r)).not.toContain('load.acwr-caution');
  });
});

describe('ACWR caution: a spike from the runner’s own overshoot (issue 10 §4)', () => {
  const MON = '2027-02-08';
  /** Four weeks as planned, then a week at 190 % of every session (595 min against ~310). */
  const overshot = (): Activity[] => [
    ...followedPlan(plan, '2027-01-04', '2027-01-31'),
    ...followedPlan(plan, '2027-02-01', '2027-02-07').map((a) => ({
      ...a,
      minutes: Math.round(a.minutes * 1.9),
      km: Math.round(a.km * 19) / 10,
    })),
  ];

  it('lists the runs well over their prescription', () => {
    const over = overshootRuns(plan, overshot(), '2027-02-01', '2027-02-07');
    expect(over.map((o) => o.date)).toEqual([
      '2027-02-02',
      '2027-02-03',
      '2027-02-04',
      '2027-02-06',
      '2027-02-07',
    ]);
    for (const o of over) expect(o.minutes).toBeGreaterThanOrEqual(o.plannedMinutes * OVERSHOOT_FRACTION);
    expect(
      overshootRuns(plan, followedPlan(plan, '2027-02-01', '2027-02-07'), '2027-02-01', '2027-02-07'),
    ).toEqual([]);
  });

  it('is a signal in its own right: the coming week a little lighter, the runs named, worded as caution', () => {
    const activities = overshot();
    expect(ratioOn(activities, MON)).toBeGreaterThanOrEqual(ACWR_BANDS.veryHigh);
    const r = adapt(plan, { activities, checkins: [] }, MON);
    const caution = r.decisions.filter((d) => d.rule === 'load.acwr-caution');
    expect(caution.length).toBeGreaterThan(0);
    const [high, own] = caution[0]!.reasons;
    expect(high).toMatchObject({ code: 'ACWR_HIGH_CAUTION', facts: { caution: true } });
    expect(own?.code).toBe('ACWR_FROM_OVERSHOOT');
    expect(own?.facts['acwrAsPlanned']).toBeLessThan(ACWR_BANDS.veryHigh);
    expect(own?.facts['runs']).toContainEqual({ date: '2027-02-07', minutes: 209, plannedMinutes: 110 });
    const tue = addDays(MON, 1);
    expect(sessionOn(r.plan, tue).minutes).toBeLessThanOrEqual(
      Math.round(sessionOn(plan, tue).minutes * ACWR_KEEP_FRACTION),
    );
    expect(JSON.stringify(caution[0])).not.toMatch(/injur|risk/i);
  });
});
