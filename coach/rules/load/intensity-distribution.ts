import { addDays } from '../calendar/add-days.js';
import { durationMinutes, type ActivityLoadInput } from './activity-load-input.js';
import { classifyIntensity, type IntensityClass } from './classify-intensity.js';

/** Seiler's 80/20: about 80 % of training time easy (Seiler 2010; Stöggl & Sperlich 2015). */
export const EASY_SHARE_TARGET = 0.8;

type ByClass = Readonly<Record<IntensityClass, number>>;

/** Time in each class over one window. */
export interface IntensityWindow {
  /** First and last day, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Minutes per class; `unknown` is time whose intensity nothing tells. */
  readonly minutes: ByClass;
  /** Share of all timed minutes per class (sums to 1), `undefined` with no timed minutes. */
  readonly share: Readonly<Record<IntensityClass, number>> | undefined;
  /** Easy minutes ÷ classified (easy + moderate + hard) minutes, `undefined` with none classified. */
  readonly easyShareOfKnown: number | undefined;
  /** easyShareOfKnown ≥ 0.8; `undefined` when it is unknown. */
  readonly meetsEightyTwenty: boolean | undefined;
  /** Activities in the window with no duration: their time is unknown, so they are not in `minutes`. */
  readonly untimedSessions: number;
}

export interface IntensityDistribution {
  readonly last7: IntensityWindow;
  readonly last28: IntensityWindow;
}

function windowOf(activities: readonly ActivityLoadInput[], asOf: string, days: number, maxHr?: number) {
  const from = addDays(asOf, -(days - 1));
  const minutes = { easy: 0, moderate: 0, hard: 0, unknown: 0 };
  let untimedSessions = 0;
  for (const a of activities) {
    if (a.date < from || a.date > asOf) continue;
    const m = durationMinutes(a);
    if (m === undefined) {
      untimedSessions++;
      continue;
    }
    minutes[classifyIntensity(a, maxHr).intensity] += m;
  }
  const total = minutes.easy + minutes.moderate + minutes.hard + minutes.unknown;
  const known = total - minutes.unknown;
  const share =
    total > 0
      ? {
          easy: minutes.easy / total,
          moderate: minutes.moderate / total,
          hard: minutes.hard / total,
          unknown: minutes.unknown / total,
        }
      : undefined;
  const easyShareOfKnown = known > 0 ? minutes.easy / known : undefined;
  return {
    from,
    to: asOf,
    minutes,
    share,
    easyShareOfKnown,
    meetsEightyTwenty: easyShareOfKnown === undefined ? undefined : easyShareOfKnown >= EASY_SHARE_TARGET,
    untimedSessions,
  };
}

/**
 * Share of training time easy / moderate / hard over the last 7 and 28 days ending on `asOf` — the 80/20
 * check. Each session's whole duration goes to one class (`classifyIntensity`: RPE, else HR, else the
 * declared label); time nothing classifies stays `unknown` and is shown, not spread over the others.
 * Sessions without a duration are counted in `untimedSessions`.
 *
 * @param maxHr HRmax in bpm for classifying by HR, if known
 * @example
 * // last 7 days: 240 min at RPE 3, 40 min at RPE 8, 30 min unrated
 * const d = intensityDistribution(activities, '2027-03-28');
 * d.last7.share;            // { easy: 0.774, moderate: 0, hard: 0.129, unknown: 0.097 }
 * d.last7.easyShareOfKnown; // 0.857 → meetsEightyTwenty: true
 */
export function intensityDistribution(
  activities: readonly ActivityLoadInput[],
  asOf: string,
  maxHr?: number,
): IntensityDistribution {
  return { last7: windowOf(activities, asOf, 7, maxHr), last28: windowOf(activities, asOf, 28, maxHr) };
}
