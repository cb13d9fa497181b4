import { parseDuration } from '../units/duration.js';
import type { Extraction, Span } from './scan.js';
import { maskSpans, matchesOf, spanOf } from './scan.js';

/** A duration found in a message; `ambiguous` marks `a:bb`, which is m:ss or h:mm depending on context. */
export interface DurationHit {
  readonly start: number;
  readonly seconds: number;
  /** For `a:bb`: the h:mm reading, used when m:ss gives an impossible pace. */
  readonly asHoursMinutes?: number;
}

const HMS = /(?<![\d:.])(\d{1,2}):(\d{2}):(\d{2})(?![\d:])/;
const MS = /(?<![\d:.'])(\d{1,3}):(\d{2})(?![\d:])(?!\s?(?:am|pm|o'clock))/;
const H_M_S = /\b(\d{1,2})\s*h\s*(\d{1,2})\s*m(?:in)?\s*(\d{1,2})\s*s(?:ec)?\b/;
/** Recoveries between reps (`2 min jog`, `90 sec rest`): part of a workout, not its length. */
const RECOVERY = /\b\d{1,3}\s*(?:min|sec|s)\s*(?:jog|walk|rest|recovery|recoveries|float)\b/;
/** A workout of reps, where `2 min jog` is a recovery; without one, `30 min recovery jog` is the run. */
const WORKOUT = /\b\d{1,2}\s*(?:x|×|times)\s*\d|\b(?:reps?|repeats?|intervals?|sets?|between)\b/;
/** Warm-up and cool-down minutes (`10 min warm up`, `cd 10 min`), added to the main part's time. */
const WARM_COOL =
  /\b(\d{1,3})\s*min\s*(?:warm ?up|cool ?down|wu|cd)\b|\b(?:warm ?up|cool ?down|wu|cd)\s*(?:of\s*)?(\d{1,3})\s*min\b/;
/** A stated total (`45 min total`, `total 1:05:00`, `50 min all in`): it already holds warm-up and cool-down. */
const TOTAL =
  /\b(\d{1,3})\s*min\s*(?:total|in total|all in|overall)\b|\b(?:total|in total|all in)\s*(?:of\s*|was\s*|:\s*)?(\d{1,3})\s*min\b/;
const H_M =
  /\b(\d{1,2}(?:\.\d+)?)\s*(?:h|hr|hours)\s*(?:and\s*)?(\d{1,2})\s*(?:m|min)?\b(?![.\d])(?!\s?(?:sleep|of sleep|k|km|miles)\b)/;
const HOURS = /\b(\d{1,3}(?:\.\d+)?)\s*(?:h|hr|hours)\b(?!\s?(?:of\s*)?(?:sleep|kip))/;
const MIN_SEC =
  /\b(\d{1,3}(?:\.\d+)?)\s*(?:min|m)\s*(?:and\s*)?(\d{1,2})\s*(?:s|sec)\b|\b(\d{1,3})\s*min\s*(\d{1,2})\b(?![.\d])(?!\s?(?:k|km|miles|m)\b)/;
const MINUTES = /\b(\d{1,4}(?:\.\d+)?)\s*(?:min)\b(?!\s?(?:\/|per|miles|km))/;
const PRIME = /\b(\d{1,3})'(\d{2})"?|\b(\d{1,3})'(?!\d)/;
const SECONDS = /\b(\d{1,5})\s*sec\b/;
const WORDS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:an?|one) hours? and a half\b|\ban? hour and 30 min\b/, 5400],
  [/\bhalf an? hours?\b|\bhalf hour\b/, 1800],
  [/\b(?:a )?quarter of an hour\b/, 900],
  [/\ban? hours?\b(?!\s?(?:of\s*)?(?:sleep|kip))/, 3600],
];

/**
 * Finds a run's duration in seconds: `52:30` (m:ss), `1:05:10`, `52 min`, `1h05`, `1.5 hours`,
 * `an hour and 5 min`, `half an hour`, `45'`. Recoveries (`2 min jog`) are skipped; warm-up and
 * cool-down minutes are added to the main part (`10 min wu, 20 min tempo, 10 min cd` → 40 min), unless
 * the runner states the total (`10 min wu 10 min cd, 45 min total` → 45 min). `1:45` alone is read as 1 min 45 s but keeps its h:mm
 * reading (`asHoursMinutes`) so the caller can pick the one that gives a possible pace.
 *
 * @example
 * extractDuration('10k in 52:30').hit?.seconds // → 3150
 */
export function extractDuration(text: string): Extraction & { hit?: DurationHit } {
  const spans: Span[] = [];
  const hits: DurationHit[] = [];
  const take = (m: RegExpExecArray | null, seconds: number, asHoursMinutes?: number): void => {
    if (!m) return;
    spans.push(spanOf(m));
    hits.push(
      asHoursMinutes === undefined
        ? { start: m.index, seconds }
        : { start: m.index, seconds, asHoursMinutes },
    );
  };
  let t = text;
  const step = (
    re: RegExp,
    toSeconds: (m: RegExpExecArray) => { s: number; hm?: number } | undefined,
  ): void => {
    const found = matchesOf(re, t);
    for (const m of found) {
      const v = toSeconds(m);
      if (v === undefined || !Number.isFinite(v.s)) continue;
      take(m, v.s, v.hm);
    }
    // Every match blanked for the patterns after (they carry no flags: a global scan finds just these).
    t = maskSpans(t, found.map(spanOf));
  };
  if (WORKOUT.test(text)) step(RECOVERY, () => undefined);
  let totalS: number | undefined;
  step(TOTAL, (m) => {
    totalS ??= Number(m[1] ?? m[2]) * 60;
    return undefined;
  });
  let warmCoolS = 0;
  step(WARM_COOL, (m) => {
    warmCoolS += Number(m[1] ?? m[2]) * 60;
    return undefined;
  });
  step(H_M_S, (m) =>
    Number(m[2]) < 60 && Number(m[3]) < 60
      ? { s: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) }
      : undefined,
  );
  step(HMS, (m) => {
    const r = parseDuration(m[0]);
    return r.ok ? { s: r.value } : undefined;
  });
  step(MS, (m) => {
    const r = parseDuration(m[0]);
    return r.ok ? { s: r.value, hm: Number(m[1]) * 3600 + Number(m[2]) * 60 } : undefined;
  });
  step(H_M, (m) => (Number(m[2]) < 60 ? { s: Number(m[1]) * 3600 + Number(m[2]) * 60 } : undefined));
  // "an hour 5 min", and the voice form "an hour fifty" (→ "an hour 50")
  step(/\b(?:an?|one) hours? (?:and )?(\d{1,2})(?: min\b|(?![\d.:])(?!\s*(?:k|km|miles|m|sec|s)\b))/, (m) =>
    Number(m[1]) < 60 ? { s: 3600 + Number(m[1]) * 60 } : undefined,
  );
  for (const [re, seconds] of WORDS) step(re, () => ({ s: seconds }));
  step(HOURS, (m) => ({ s: Number(m[1]) * 3600 }));
  step(MIN_SEC, (m) => ({ s: Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]) }));
  step(MINUTES, (m) => ({ s: Number(m[1]) * 60 }));
  step(PRIME, (m) => ({ s: m[3] !== undefined ? Number(m[3]) * 60 : Number(m[1]) * 60 + Number(m[2]) }));
  step(SECONDS, (m) => ({ s: Number(m[1]) }));
  hits.sort((a, b) => b.seconds - a.seconds);
  const total = matchesOf(TOTAL, text)[0];
  if (total && totalS !== undefined)
    return { slots: {}, problems: [], spans, hit: { start: total.index, seconds: totalS } };
  const main = hits[0];
  const hit =
    main && warmCoolS > 0 && main.asHoursMinutes === undefined
      ? { ...main, seconds: main.seconds + warmCoolS }
      : main;
  return hit === undefined ? { slots: {}, problems: [], spans } : { slots: {}, problems: [], spans, hit };
}
