/**
 * `runloop adapt` scenarios for runs judged against their prescription (issue 10, points 1–4): easy runs in
 * the gray zone, quality too slow at the right effort, a week well over plan, and a calm control week in
 * which none of it fires.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import adaptCommand from '../../cli/commands/adapt.js';
import type { CliIo } from '../../cli/command.js';
import type { Activity } from '../../coach/rules/adapt/history.js';
import type { AdaptResult, CheckIn } from '../../coach/rules/adapt/history.js';
import { addDays } from '../../coach/rules/calendar/index.js';
import type { Plan } from '../../coach/rules/plan/types.js';
import { calmCheckins } from '../coach/rules/adapt/history-fixture.js';
import { fixturePlan, sessionOn } from '../coach/rules/adapt/plan-fixture.js';
import { asPrescribed, runsAsPrescribed } from '../coach/rules/adapt/prescribed-runs.js';

async function runAdapt(
  today: string,
  input: { plan: Plan; activities: Activity[]; checkins: CheckIn[] },
): Promise<AdaptResult> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: Readable.from([JSON.stringify(input)]),
  };
  const code = await adaptCommand.run(['--today', today], io);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as AdaptResult;
}

const MY_RULES = /^(intensity\.|overshoot\.|fitness\.too-slow)/;

describe('runloop adapt: every run judged against its prescription', () => {
  it('five easy runs at threshold pace, HR 15 bpm over the ceiling → intensity.gray-zone protects the next quality day', async () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45, withHr: true }); // E 5:23–6:03, HR ≤ 148
    const easyDays = ['2027-01-13', '2027-01-16', '2027-01-17', '2027-01-20', '2027-01-23'];
    const today = '2027-01-23';
    const activities = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      easyDays.includes(s.date)
        ? {
            date: a.date,
            km: Math.round(((a.minutes * 60) / 278) * 10) / 10,
            minutes: a.minutes,
            avgHr: 163,
            rpe: 5,
          }
        : a,
    );
    const result = await runAdapt(today, { plan, activities, checkins: calmCheckins(today, 21) });
    const gray = result.decisions.filter((d) => d.rule === 'intensity.gray-zone');
    expect(result.decisions.map((d) => d.rule)).toEqual(['intensity.gray-zone']);
    // Sunday's long run (before Tuesday's intervals) keeps 80 % and loses nothing else: the quality day stays.
    expect(gray[0]).toMatchObject({
      date: '2027-01-24',
      action: 'protect_quality_day',
      before: { kind: 'long' },
      after: { kind: 'long', minutes: Math.round(sessionOn(plan, '2027-01-24').minutes * 0.8) },
    });
    expect(sessionOn(result.plan as Plan, '2027-01-26')).toMatchObject({ kind: 'intervals', hard: true });
    const runs = gray[0]!.reasons.find((r) => r.code === 'GRAY_ZONE_REPEATED')!.facts['runs'] as {
      date: string;
      paceSPerKm: number;
      avgHr: number;
      hrCeilingBpm: number;
    }[];
    expect(runs.map((r) => r.date)).toEqual(['2027-01-17', '2027-01-20', '2027-01-23']);
    expect(runs[0]).toMatchObject({ avgHr: 163, hrCeilingBpm: 148, easyPace: { from: 323, to: 363 } });
    expect(runs[0]!.paceSPerKm).toBeLessThan(285);
    const share = gray[0]!.reasons.find((r) => r.code === 'EASY_SHARE')!.facts;
    expect(share['last7EasyShare']).toBeLessThan(0.8);
    expect(gray[0]!.reasons.map((r) => r.code)).toContain('CHECK_HR_STRAP_OR_HEAT');
  });

  it('a tempo at 5:15/km against 4:40–4:46 at RPE 8, then intervals 25 s/km slow at RPE 9 → VDOT − 1', async () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 44, withHr: true }); // T 4:40–4:46, I 4:18–4:24
    const slow = (a: Activity, by: (pace: number) => number, rpe: number, hr: number): Activity => {
      const laps = (a.laps ?? []).map((l, i, all) =>
        i === 0 || i === all.length - 1
          ? l
          : { ...l, minutes: (l.km * by((l.minutes * 60) / l.km)) / 60, avgHr: hr },
      );
      return { ...a, laps, minutes: laps.reduce((t, l) => t + l.minutes, 0), rpe };
    };
    const today = '2027-01-19';
    const activities = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      s.date === '2027-01-14'
        ? slow(a, () => 315, 8, 178)
        : s.date === '2027-01-19'
          ? slow(a, (p) => (p < 300 ? p + 25 : p), 9, 181)
          : a,
    );
    const result = await runAdapt(today, { plan, activities, checkins: calmCheckins(today, 16) });
    expect(result.decisions.filter((d) => MY_RULES.test(d.rule)).map((d) => d.rule)).toEqual([
      'fitness.too-slow',
    ]);
    const d = result.decisions.find((x) => x.rule === 'fitness.too-slow')!;
    expect(d).toMatchObject({
      action: 'lower_vdot',
      before: { vdot: 44 },
      after: { vdot: 43, vdotSetOn: today },
    });
    const sessions = d.reasons[0]!.facts['sessions'] as {
      date: string;
      workPaceSPerKm: number;
      rpe: number;
    }[];
    expect(sessions).toMatchObject([
      {
        date: '2027-01-14',
        kind: 'tempo',
        workPaceSPerKm: 315,
        targetPace: { from: 280, to: 286 },
        rpe: 8,
        avgHr: 178,
      },
      { date: '2027-01-19', kind: 'intervals', rpe: 9 },
    ]);
    expect(d.reasons.map((r) => r.code)).toEqual(['QUALITY_TOO_SLOW_AT_EFFORT', 'ASK_HEAT_ILLNESS_SLEEP']);
    expect((result.plan as Plan).vdot).toBe(43);
    // The paces from today on are slower.
    const tempoAfter = sessionOn(result.plan as Plan, '2027-01-21').steps.find((s) => s.intensity === 'T');
    expect(tempoAfter!.pace!.from).toBeGreaterThan(280);
  });

  it('a week of 595 minutes against 308 planned → overshoot.week the same day, with the runs it read', async () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45, easyMinutes: 50 });
    expect(plan.weeks[0]!.minutes).toBe(308);
    const ran: [string, number][] = [
      ['2027-01-05', 130],
      ['2027-01-06', 100],
      ['2027-01-07', 125],
      ['2027-01-09', 110],
      ['2027-01-10', 130],
    ];
    const activities = ran.map(([date, minutes]) => ({
      date,
      minutes,
      km: Math.round((minutes * 60) / 345),
      rpe: 3,
    }));
    const today = '2027-01-10';
    const result = await runAdapt(today, { plan, activities, checkins: calmCheckins(today, 7) });
    const week = result.decisions.filter((d) => d.rule === 'overshoot.week');
    expect(week.length).toBeGreaterThan(3);
    expect(week[0]!.reasons[0]).toMatchObject({
      code: 'WEEK_OVER_PLAN',
      facts: {
        ranMinutes: 595,
        plannedMinutes: 308,
        runs: ran.map(([date, minutes]) => ({ date, minutes })),
      },
    });
    for (const d of week) expect(d.date > today && d.date <= addDays(today, 7)).toBe(true);
    const thu = sessionOn(plan, '2027-01-14');
    expect(sessionOn(result.plan as Plan, '2027-01-14').minutes).toBeLessThanOrEqual(
      Math.round(thu.minutes * 0.8),
    );
    // Sunday's 130 min against a 110-min long run is under 120 %: no run-level overshoot for it.
    expect(result.decisions.some((d) => d.rule === 'overshoot.run')).toBe(false);
  });

  it('a long run at 150 % of its minutes → overshoot.run eases the next session the same day', async () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
    const today = '2027-01-10';
    const long = sessionOn(plan, today);
    const activities = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      s.date === today ? { ...asPrescribed(s), minutes: long.minutes * 1.5, laps: [] } : a,
    );
    const result = await runAdapt(today, { plan, activities, checkins: calmCheckins(today, 7) });
    const run = result.decisions.find((d) => d.rule === 'overshoot.run');
    expect(run).toMatchObject({ date: '2027-01-12', action: 'swap_to_easy', before: { kind: 'intervals' } });
    expect(run!.reasons[0]).toMatchObject({
      code: 'RUN_OVER_PRESCRIPTION',
      facts: { date: today, plannedMinutes: long.minutes, ranShare: 1.5 },
    });
  });

  it('a hot day explains a slow tempo: with its temperature and dew point the same run is no evidence', async () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 44, withHr: true });
    const slowed = (a: Activity): Activity => {
      const laps = (a.laps ?? []).map((l, i, all) =>
        i === 0 || i === all.length - 1 ? l : { ...l, minutes: (l.km * ((l.minutes * 60) / l.km + 20)) / 60 },
      );
      return { ...a, laps, minutes: laps.reduce((t, l) => t + l.minutes, 0), rpe: 8 };
    };
    const today = '2027-01-19';
    const hot = { temperatureC: 31, dewPointC: 24 };
    const run = (weather: object) =>
      runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
        s.date === '2027-01-14' || s.date === '2027-01-19' ? { ...slowed(a), ...weather } : a,
      );
    const cool = await runAdapt(today, { plan, activities: run({}), checkins: calmCheckins(today, 16) });
    expect(cool.decisions.map((d) => d.rule)).toContain('fitness.too-slow');
    const heat = await runAdapt(today, { plan, activities: run(hot), checkins: calmCheckins(today, 16) });
    expect(heat.decisions.filter((d) => MY_RULES.test(d.rule))).toEqual([]);
  });

  it('a calm control week (everything as prescribed, good sleep, normal HR) → no decision on any day', async () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45, withHr: true });
    for (let day = 0; day < 7; day++) {
      const today = addDays('2027-01-18', day);
      const activities = runsAsPrescribed(plan, '2027-01-04', today);
      const result = await runAdapt(today, { plan, activities, checkins: calmCheckins(today, 15 + day) });
      expect(result.decisions, today).toEqual([]);
    }
  });
});
