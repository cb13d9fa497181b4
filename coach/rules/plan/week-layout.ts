/**
 * Which weekdays carry the long run, the quality sessions and the easy runs. Hard days never sit next to
 * each other, counting Sunday and Monday as neighbours so the rule also holds across week boundaries,
 * and keep away from the long run when the week allows (Daniels: no two quality days back to back).
 */
import { addDays } from '../calendar/add-days.js';
import { daysBetween } from '../calendar/days-between.js';
import type { Athlete } from './athlete.js';

/**
 * Days between two weekday indexes (Mon = 0) on the weekly circle.
 *
 * @example
 * circularGap(6, 0); // 1 (Sunday → Monday)
 */
export function circularGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 7;
  return Math.min(d, 7 - d);
}

function combinations(items: readonly number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([item, ...rest]);
  });
  return out;
}

/**
 * Up to `count` hard days from `candidates`, no two adjacent on the weekly circle; among valid sets, the
 * one farthest from the long run, then most spread out, then earliest. Fewer days when `count` cannot fit.
 *
 * @param candidates weekday indexes that may hold a quality session
 * @param longDay weekday index of this week's long run, if any
 * @param count wanted number of hard days
 * @example
 * chooseHardDays([0, 1, 2, 3, 4, 5], 6, 2); // [1, 3] (Tue, Thu with a Sunday long run)
 */
export function chooseHardDays(
  candidates: readonly number[],
  longDay: number | undefined,
  count: number,
): number[] {
  for (let k = Math.min(count, candidates.length); k > 0; k--) {
    let best: number[] | undefined;
    let bestScore = [-1, -1];
    for (const set of combinations(candidates, k)) {
      const spread = Math.min(7, ...set.flatMap((a, i) => set.slice(i + 1).map((b) => circularGap(a, b))));
      if (spread < 2) continue;
      const fromLong = longDay === undefined ? 7 : Math.min(...set.map((d) => circularGap(d, longDay)));
      const score = [Math.min(fromLong, 2), spread];
      if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
        best = set;
        bestScore = score;
      }
    }
    if (best !== undefined) return best;
  }
  return [];
}

/**
 * `count` easy days from `candidates`, each chosen as far as possible (on the weekly circle) from the
 * days already taken, earliest on ties.
 *
 * @example
 * chooseEasyDays([0, 1, 2, 4, 5], [3, 6], 2); // [0, 4] or similar: spread between Thu and Sun
 */
export function chooseEasyDays(
  candidates: readonly number[],
  taken: readonly number[],
  count: number,
): number[] {
  const chosen: number[] = [];
  const left = [...candidates];
  while (chosen.length < count && left.length > 0) {
    const all = [...taken, ...chosen];
    let bestIndex = 0;
    let bestGap = -1;
    left.forEach((d, i) => {
      const gap = all.length === 0 ? 7 : Math.min(...all.map((t) => circularGap(d, t)));
      if (gap > bestGap) {
        bestGap = gap;
        bestIndex = i;
      }
    });
    chosen.push(...left.splice(bestIndex, 1));
  }
  return chosen.sort((a, b) => a - b);
}

/** Drops the easy day whose neighbours (on the weekly circle) are closest, keeping the week spread out. */
export function dropMostCrowded(easy: number[], taken: number[]): number[] {
  let worst = 0;
  let worstGap = 8;
  easy.forEach((d, i) => {
    const others = [...taken, ...easy.filter((_, j) => j !== i)];
    const gap =
      others.length === 0
        ? 7
        : Math.min(...others.map((o) => Math.min(Math.abs(o - d), 7 - Math.abs(o - d))));
    if (gap < worstGap) {
      worstGap = gap;
      worst = i;
    }
  });
  return easy.filter((_, i) => i !== worst);
}

/**
 * The days of the plan week starting `weekStart` that can hold a session: the runner's days between the
 * start date and the plan's last day, and in race week only those before the race.
 *
 * @example
 * weekDays(athlete, '2027-04-13').usable; // [0, 2, 4] (race on day 5)
 */
export function weekDays(
  a: Pick<Athlete, 'days' | 'startDate' | 'lastDate' | 'raceDate'>,
  weekStart: string,
): { dateOf: (d: number) => string; raceIndex: number | undefined; raceWeek: boolean; usable: number[] } {
  const dateOf = (d: number): string => addDays(weekStart, d);
  const raceIndex = a.raceDate === undefined ? undefined : daysBetween(weekStart, a.raceDate);
  const raceWeek = raceIndex !== undefined && raceIndex >= 0 && raceIndex < 7;
  const usable = a.days.filter((d) => {
    const date = dateOf(d);
    return (
      daysBetween(a.startDate, date) >= 0 &&
      daysBetween(date, a.lastDate) >= 0 &&
      (!raceWeek || d < (raceIndex ?? 0))
    );
  });
  return { dateOf, raceIndex, raceWeek, usable };
}
