import { describe, expect, it } from 'vitest';
import {
  isRaceEffort,
  isRaceRun,
  matchActivities,
  RACE_EFFORT_VDOT_MARGIN,
} from '../../../../coach/rules/adapt/match-activities.js';
import { raceOn } from './plan-fixture.js';
import { fixturePlan } from './plan-fixture.js';

// Week of 2027-01-11: Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy, Sun long.
const plan = fixturePlan({ start: '2027-01-04', weeks: 3, vdot: 45 });

describe('matchActivities', () => {
  it('matches a run to the session planned that day', () => {
    const a = { date: '2027-01-12', km: 8, minutes: 50 };
    const m = matchActivities(plan, [a]);
    expect(m.sessionOf.get(a)?.kind).toBe('intervals');
    expect([...m.doneDates]).toEqual(['2027-01-12']);
  });

  it('matches a run on a rest day to a neighbouring session that had no run, earlier day first', () => {
    const fri = { date: '2027-01-15', km: 9, minutes: 47 };
    expect(matchActivities(plan, [fri]).sessionOf.get(fri)?.date).toBe('2027-01-14');
    const sat = { date: '2027-01-16', km: 8, minutes: 45 };
    expect(matchActivities(plan, [sat, fri]).sessionOf.get(fri)?.date).toBe('2027-01-14');
  });

  it('never matches two runs to one session, and a run far from any free session is an extra run', () => {
    const thu = { date: '2027-01-14', km: 9, minutes: 47 };
    const fri = { date: '2027-01-15', km: 5, minutes: 30 };
    const sat = { date: '2027-01-16', km: 8, minutes: 45 };
    const m = matchActivities(plan, [thu, fri, sat]);
    expect(m.sessionOf.get(thu)?.date).toBe('2027-01-14');
    expect(m.sessionOf.get(sat)?.date).toBe('2027-01-16');
    expect(m.sessionOf.get(fri)).toBeUndefined();
  });

  it('a race on a day with an easy run stands for no session, and that day is done by the race', () => {
    const race = { date: '2027-01-16', km: 10, minutes: 51.5, rpe: 9, race: true };
    const m = matchActivities(plan, [race]);
    expect(m.sessionOf.get(race)).toBeUndefined();
    expect([...m.doneDates]).toEqual(['2027-01-16']);
    expect(isRaceRun(race, m.sessionOf.get(race))).toBe(true);
  });

  it('a race on a rest day never moves onto the tempo beside it, only onto the plan’s race', () => {
    const fri = { date: '2027-01-15', km: 10, minutes: 51.5, race: true };
    const m = matchActivities(plan, [fri]);
    expect(m.sessionOf.get(fri)).toBeUndefined();
    expect([...m.doneDates]).toEqual([]);
    const withRace = raceOn(plan, '2027-01-14');
    expect(matchActivities(withRace, [fri]).sessionOf.get(fri)?.kind).toBe('race');
  });

  it('an unmarked run on the plan’s race day is the race', () => {
    const withRace = raceOn(plan, '2027-01-16');
    const run = { date: '2027-01-16', km: 10, minutes: 51.5 };
    expect(isRaceRun(run, matchActivities(withRace, [run]).sessionOf.get(run))).toBe(true);
    expect(isRaceRun(run, matchActivities(plan, [run]).sessionOf.get(run))).toBe(false);
  });
});

describe('a race recognised without being marked (issue 10 §5)', () => {
  // The parkrun: 5 km in 22:40 "went all out" (RPE 10) — VDOT ≈ 43 — by a runner on a VDOT 38.4 plan.
  const parkrun = { date: '2027-01-16', km: 5, minutes: 22 + 40 / 60, rpe: 10 };

  it('RPE 9–10 over a race distance at a PR-level effort is a race', () => {
    expect(isRaceEffort(parkrun, 38.4)).toBe(true);
    expect(isRaceEffort({ ...parkrun, km: 5.08 }, 38.4)).toBe(true); // GPS reads the course long
    expect(isRaceEffort({ ...parkrun, rpe: 9 }, 38.4)).toBe(true);
    // An off day still counts: up to two VDOT points under the plan.
    expect(isRaceEffort(parkrun, 43 + RACE_EFFORT_VDOT_MARGIN - 0.3)).toBe(true);
  });

  it('calm checks: an easy run that hurt, a hard run of no race distance, or no RPE is not a race', () => {
    expect(isRaceEffort({ ...parkrun, minutes: 32 }, 38.4)).toBe(false); // 6:24/km: far from PR level
    expect(isRaceEffort({ ...parkrun, rpe: 8 }, 38.4)).toBe(false);
    expect(isRaceEffort({ ...parkrun, km: 7.3, minutes: 33 }, 38.4)).toBe(false);
    const { rpe: _rpe, ...noRpe } = parkrun;
    expect(isRaceEffort(noRpe, 38.4)).toBe(false);
    expect(isRaceEffort(parkrun, undefined)).toBe(false); // no plan VDOT to judge "PR level" by
    expect(isRaceEffort(parkrun, 48)).toBe(false);
  });

  it('a recognised race on an easy day stands for no session, as a marked one does', () => {
    const withVdot = { ...plan, vdot: 38.4 };
    const m = matchActivities(withVdot, [parkrun]);
    expect(m.sessionOf.get(parkrun)).toBeUndefined();
    expect([...m.doneDates]).toEqual(['2027-01-16']);
    expect(isRaceRun(parkrun, undefined, 38.4)).toBe(true);
  });
});

describe('matchActivities asked again', () => {
  it('answers from the runs as they are now, even when the caller changed its list in place', () => {
    const tue = { date: '2027-01-12', km: 8, minutes: 50 };
    const wed = { date: '2027-01-13', km: 7, minutes: 42 };
    const runs = [wed];
    // Alone, Wednesday's run is Wednesday's easy run.
    expect(matchActivities(plan, runs).sessionOf.get(wed)?.date).toBe('2027-01-13');
    runs.unshift(tue);
    const again = matchActivities(plan, runs);
    expect(again.sessionOf.get(tue)?.date).toBe('2027-01-12');
    expect([...again.doneDates]).toEqual(['2027-01-12', '2027-01-13']);
    // The same runs in a list of their own: the same answer.
    expect(matchActivities(plan, [tue, wed])).toEqual(again);
  });
});
