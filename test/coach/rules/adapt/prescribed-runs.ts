/**
 * Runs built from their prescription, for run-vs-prescription scenarios: every planned run done at the
 * middle of each step's pace band, with one lap per step (rep blocks one lap per rep) and lap HR in the
 * step's HR band; a `tweak` bends chosen runs (too fast, too slow, too long).
 */
import type { Activity, Lap } from '../../../../coach/rules/adapt/history.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';

const mid = (r: { from: number; to: number }) => (r.from + r.to) / 2;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** The laps of a session run as prescribed (pace at mid-band, HR at mid-band). */
export function prescribedLaps(s: Session): Lap[] {
  const laps: Lap[] = [];
  for (const step of s.steps) {
    if (step.pace === undefined) continue;
    const pace = mid(step.pace);
    const km = step.km ?? (step.minutes !== undefined ? (step.minutes * 60) / pace : 0);
    if (!(km > 0)) continue;
    const hr = step.hr !== undefined ? Math.round(mid(step.hr)) : undefined;
    for (let i = 0; i < (step.repeat ?? 1); i++)
      laps.push({ km: r2(km), minutes: r2((km * pace) / 60), ...(hr !== undefined ? { avgHr: hr } : {}) });
  }
  return laps;
}

/** One planned session run as prescribed, with laps, a fitting RPE and average HR. */
export function asPrescribed(s: Session): Activity {
  const laps = prescribedLaps(s);
  const km = r2(laps.reduce((t, l) => t + l.km, 0));
  const minutes = r2(laps.reduce((t, l) => t + l.minutes, 0));
  const withHr = laps.filter((l) => l.avgHr !== undefined);
  const avgHr =
    withHr.length > 0
      ? Math.round(
          withHr.reduce((t, l) => t + (l.avgHr ?? 0) * l.minutes, 0) /
            withHr.reduce((t, l) => t + l.minutes, 0),
        )
      : undefined;
  return {
    date: s.date,
    km,
    minutes,
    rpe: s.hard ? 7 : s.kind === 'long' ? 4 : 3,
    laps,
    ...(avgHr !== undefined ? { avgHr } : {}),
  };
}

/** Every planned run between `from` and `to` (inclusive) run as prescribed, then bent by `tweak`. */
export function runsAsPrescribed(
  plan: Plan,
  from: string,
  to: string,
  tweak: (a: Activity, s: Session) => Activity = (a) => a,
): Activity[] {
  const out: Activity[] = [];
  for (const w of plan.weeks)
    for (const s of w.sessions)
      if (s.date >= from && s.date <= to && s.kind !== 'rest') out.push(tweak(asPrescribed(s), s));
  return out;
}
