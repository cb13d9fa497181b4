import { METERS_PER_MILE, SLOWEST_PACE_S_PER_KM } from './limits.js';
import type { Extraction, Span } from './scan.js';
import { matchesOf, problem, round1, spanOf } from './scan.js';
import type { Problem, Slots } from './types.js';

const PER_UNIT = String.raw`\s*(?:min(?:utes?)?\s*)?(?:\/|per\s+|a\s+|each\s+|every\s+)\s*(km|k|miles)\b`;
/** `5:15/km`, `5:15 min/km`, `8:30 per mile`, `5'15"/km`, `5.15/km`, `5:40 a k`. */
const CLOCK_PER_UNIT = new RegExp(String.raw`\b(\d{1,2})(?::|'|\.)(\d{2})"?${PER_UNIT}`);
/** `5 min/km`, `6 min per mile`, `7 minute miles`. */
/** `9 minute pace`, `8 min pace` (unit from the message or the runner's preference). */
const MINUTES_PACE = /\b(\d{1,2})\s*min\s*pace\b/;
/** `5 min 30 per km`, `5 minutes 30 seconds a mile` (voice). */
const MIN_SEC_PER_UNIT = new RegExp(
  String.raw`\b(\d{1,2})\s*min\s*(?:and\s*)?(\d{1,2})\s*(?:sec\s*)?${PER_UNIT}`,
);
const MINUTES_PER_UNIT = new RegExp(
  String.raw`\b(\d{1,2})\s*min${PER_UNIT}|\b(\d{1,2})\s*min\s*(miles|km)\b`,
);
/** `5:40 pace`, `at 5:40`, `@ 5:40` (unit from the message or the runner's preference). */
const CLOCK_PACE = new RegExp(
  String.raw`(?:(?:\bat|@|\baveraging|\baverage|\bavg|\bpace(?:\s*(?:was|of|:))?)\s*(?:a\s*)?(\d{1,2}):(\d{2})(?!\s*(?:am|pm|this|in the|o'clock|hours|:))|\b(\d{1,2}):(\d{2})\s*(?:min\s*)?pace)\b`,
);

/** Fastest pace a human holds over any distance worth logging, s/km: 400 m WR 43.03 s (van Niekerk 2016). */
export const FASTEST_HUMAN_PACE_S_PER_KM = 107.5;

function unitFactor(unit: string | undefined, fallback: 'km' | 'mi'): number {
  if (unit === 'miles') return METERS_PER_MILE / 1000;
  if (unit === 'km' || unit === 'k') return 1;
  return fallback === 'mi' ? METERS_PER_MILE / 1000 : 1;
}

/**
 * Finds a pace and converts it to seconds per km (per-mile paces divided by 1.609344). `units` is the
 * unit assumed when the message names none (`5:40 pace`). A pace faster than the 400 m world record or
 * slower than a slow walk is a Problem.
 *
 * @example
 * extractPace('8:30 per mile', 'km').slots // → { paceSPerKm: 316.9 }
 */
export function extractPace(text: string, units: 'km' | 'mi', messageUnit?: 'km' | 'mi'): Extraction {
  const slots: Partial<Slots> = {};
  const problems: Problem[] = [];
  const spans: Span[] = [];
  const found: { start: number; perKm: number; raw: string }[] = [];
  for (const m of matchesOf(CLOCK_PER_UNIT, text)) {
    const sec = Number(m[2]);
    if (sec >= 60) continue;
    const perUnit = Number(m[1]) * 60 + sec;
    found.push({ start: m.index, perKm: perUnit / unitFactor(m[3], units), raw: m[0] });
    spans.push(spanOf(m));
  }
  for (const m of matchesOf(MINUTES_PER_UNIT, text)) {
    if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
    const perUnit = Number(m[1] ?? m[3]) * 60;
    found.push({ start: m.index, perKm: perUnit / unitFactor(m[2] ?? m[4], units), raw: m[0] });
    spans.push(spanOf(m));
  }
  for (const m of matchesOf(MIN_SEC_PER_UNIT, text)) {
    if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start) || Number(m[2]) >= 60) continue;
    const perUnit = Number(m[1]) * 60 + Number(m[2]);
    found.push({ start: m.index, perKm: perUnit / unitFactor(m[3], units), raw: m[0] });
    spans.push(spanOf(m));
  }
  for (const m of matchesOf(MINUTES_PACE, text)) {
    if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
    found.push({
      start: m.index,
      perKm: (Number(m[1]) * 60) / unitFactor(undefined, messageUnit ?? units),
      raw: m[0],
    });
    spans.push(spanOf(m));
  }
  for (const m of matchesOf(CLOCK_PACE, text)) {
    if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
    const sec = Number(m[2] ?? m[4]);
    const min = Number(m[1] ?? m[3]);
    if (sec >= 60) continue;
    found.push({
      start: m.index,
      perKm: (min * 60 + sec) / unitFactor(undefined, messageUnit ?? units),
      raw: m[0],
    });
    spans.push(spanOf(m));
  }
  found.sort((a, b) => a.start - b.start);
  const first = found[0];
  if (first) {
    const p = round1(first.perKm);
    if (p < FASTEST_HUMAN_PACE_S_PER_KM) {
      problems.push(
        problem('PACE_FASTER_THAN_WORLD_RECORD', 'paceSPerKm', { paceSPerKm: p, said: first.raw.trim() }),
      );
    } else if (p > SLOWEST_PACE_S_PER_KM) {
      problems.push(problem('PACE_TOO_SLOW', 'paceSPerKm', { paceSPerKm: p, said: first.raw.trim() }));
    } else slots.paceSPerKm = p;
  }
  return { slots, problems, spans };
}
