/**
 * Evidence that fitness rose: a race, or quality sessions run at target pace that felt easier (lower HR or
 * RPE) than expected. Source: SCIENCE.md "Changing paces" (Daniels: raise VDOT on evidence, never on one
 * noisy run; hold a stress level 4–6 weeks).
 */
import { vdotFromRace } from '../vdot/vdot-from-race.js';
import type { BaseSession } from './plan-edit.js';
import { EXPECTED_RPE } from './expected-rpe.js';
import type { Activity, Lap } from './history.js';

/** Slack (s/km) when judging "at target pace": a lap 3 s/km slower than the range still counts. */
export const TARGET_PACE_TOLERANCE_S_PER_KM = 3;
/** Share of the planned work distance the fastest laps must cover to stand for the work. */
export const WORK_COVERAGE = 0.9;

/**
 * VDOT of a race activity, or undefined when the distance/time gives none (too short, out of range).
 *
 * @example
 * raceVdot({ date: '2027-01-10', km: 10, minutes: 40, race: true }); // ≈ 51.9
 */
export function raceVdot(a: Activity): number | undefined {
  if (!(a.km > 0) || !(a.minutes > 0)) return undefined;
  try {
    const r = vdotFromRace(a.km * 1000, a.minutes * 60);
    return r.ok ? r.value : undefined;
  } catch {
    // A walking-pace "race" can fall outside the VDOT solver's domain: it is no evidence of fitness.
    return undefined;
  }
}

/**
 * The work steps of a quality session (M, T, I, R running; strides excluded).
 *
 * @example
 * workSteps(tempo).map((s) => s.intensity); // ['T']
 */
export function workSteps(session: BaseSession) {
  return session.steps.filter(
    (s) => (s.kind === 'rep' || s.kind === 'run') && ['M', 'T', 'I', 'R'].includes(s.intensity),
  );
}

/** Facts of a quality run that shows improved fitness, or undefined when it does not. */
export interface QualityEvidence {
  readonly date: string;
  readonly kind: string;
  readonly workPaceSPerKm: number;
  readonly targetPace: { from: number; to: number };
  readonly rpe?: number;
  readonly avgHr?: number;
  readonly easierBy: 'rpe' | 'hr';
}

/**
 * Whether `a`, run on a day planned as `session`, hit the work pace while HR or RPE were lower than
 * expected. Work pace: the fastest laps covering 90 % of the planned work distance; without laps, the
 * whole run against the session's average planned pace (and then only RPE can show it felt easier: a
 * whole-run average HR includes the warm-up and cool-down).
 *
 * @example
 * qualityEvidence(tempoSession, { date, km: 12, minutes: 55, rpe: 5, laps }); // { easierBy: 'rpe', … }
 */
export function qualityEvidence(session: BaseSession, a: Activity): QualityEvidence | undefined {
  if (!session.hard || session.kind === 'race') return undefined;
  const work = workSteps(session);
  const target = work[0]?.pace;
  if (target === undefined) return undefined;
  const workKm = work.reduce((sum, s) => {
    const km =
      s.km ?? (s.minutes !== undefined && s.pace ? (s.minutes * 60) / ((s.pace.from + s.pace.to) / 2) : 0);
    return sum + km * (s.repeat ?? 1);
  }, 0);
  let pace: number;
  // HR counts only from the work laps: a whole-run average includes the warm-up and cool-down.
  let hr: number | undefined;
  let goal = target.to;
  const laps = (a.laps ?? []).filter((l) => l.km > 0 && l.minutes > 0);
  if (laps.length > 0 && workKm > 0) {
    const picked = fastestCovering(laps, workKm * WORK_COVERAGE);
    if (picked === undefined) return undefined;
    pace = picked.pace;
    hr = picked.avgHr;
  } else {
    if (!(a.km > 0) || !(session.km > 0)) return undefined;
    pace = (a.minutes * 60) / a.km;
    goal = (session.minutes * 60) / session.km;
  }
  if (pace > goal + TARGET_PACE_TOLERANCE_S_PER_KM) return undefined;
  const expected = EXPECTED_RPE[session.kind];
  const hrFloor = work[0]?.hr?.from;
  let easierBy: 'rpe' | 'hr' | undefined;
  if (a.rpe !== undefined && a.rpe < expected.from) easierBy = 'rpe';
  else if (hr !== undefined && hrFloor !== undefined && hr < hrFloor) easierBy = 'hr';
  if (easierBy === undefined) return undefined;
  return {
    date: a.date,
    kind: session.kind,
    workPaceSPerKm: Math.round(pace),
    targetPace: target,
    ...(a.rpe !== undefined ? { rpe: a.rpe } : {}),
    ...(hr !== undefined ? { avgHr: hr } : {}),
    easierBy,
  };
}

/**
 * The fastest laps that together cover `km`: their pace (s/km) and time-weighted HR; undefined when all
 * laps together are shorter.
 *
 * @example
 * fastestCovering([{ km: 2, minutes: 12 }, { km: 2, minutes: 9.6 }], 2); // { pace: 288 }
 */
export function fastestCovering(
  laps: readonly Lap[],
  km: number,
): { pace: number; avgHr?: number } | undefined {
  const sorted = [...laps].sort((x, y) => x.minutes / x.km - y.minutes / y.km);
  let dist = 0;
  let min = 0;
  let hrSum = 0;
  let hrMin = 0;
  for (const l of sorted) {
    dist += l.km;
    min += l.minutes;
    if (l.avgHr !== undefined) {
      hrSum += l.avgHr * l.minutes;
      hrMin += l.minutes;
    }
    if (dist >= km - 1e-9) {
      const pace = (min * 60) / dist;
      return hrMin > 0 ? { pace, avgHr: Math.round(hrSum / hrMin) } : { pace };
    }
  }
  return undefined;
}
