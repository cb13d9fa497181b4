import { addDays, daysBetween } from '../calendar/index.js';
import {
  PAIN_PERSISTENT_DAYS,
  PAIN_STOP_SCORE,
  PAIN_WORSENING_LOOKBACK_DAYS,
  PRESCRIPTION_PAUSE_DAYS,
} from './pain-thresholds.js';
import { classifyRedFlags } from './red-flags.js';
import type { SafetyLevel, SafetyOutcome, SafetyReason } from './safety-outcome.js';
import { stricterLevel } from './safety-outcome.js';

/** A pain report: where and how much, 0 (none) to 10 (worst imaginable). */
export interface PainReport {
  readonly location: string;
  readonly score: number;
}

/** The parts of a check-in safety reads. `redFlags` may hold codes or the runner's own words. */
export interface SafetyCheckIn {
  readonly date: string;
  readonly pain?: PainReport;
  readonly redFlags?: readonly string[];
  /** Free text the runner wrote; scanned for red-flag words. */
  readonly note?: string;
}

/**
 * Classifies the safety of a day from the runner's check-ins (today's and the recent past): red flags stop
 * the day, pain removes intensity, and pain ≥ 4/10, worsening or lasting 3+ days stops prescriptions and
 * points to a qualified professional. It never names a cause or a condition.
 *
 * @param checkins check-ins in any order (only today's and the previous week's matter)
 * @param today ISO date being decided
 * @returns the level with its reason codes and facts
 * @example
 * assessSafety([{ date: '2027-01-12', pain: { location: 'knee', score: 5 } }], '2027-01-12').level;
 * // 'stop_prescriptions'
 */
export function assessSafety(checkins: readonly SafetyCheckIn[], today: string): SafetyOutcome {
  const todays = checkins.filter((c) => c.date === today);
  const reasons: SafetyReason[] = [];
  let level: SafetyLevel = 'clear';

  const flagTexts: string[] = [];
  for (const c of todays) {
    flagTexts.push(...(c.redFlags ?? []));
    if (c.note !== undefined) flagTexts.push(c.note);
    // "Swollen ankle, limping" as a pain location is a red flag too.
    if (c.pain !== undefined) flagTexts.push(c.pain.location);
  }
  const redFlags = classifyRedFlags(flagTexts);
  if (redFlags.length > 0) {
    level = 'stop_today';
    reasons.push({ code: 'RED_FLAG', facts: { redFlags } });
  }

  // Every location hurting today is judged on its own: a worsening calf is not hidden by a worse knee.
  for (const [location, score] of painByLocation(todays)) {
    const judged = judgePain(checkins, today, location, score);
    level = stricterLevel(level, judged.level);
    reasons.push(...judged.reasons);
  }

  // A stop from the last few days holds until its pause is over, even when today's check-in is silent
  // about the pain, unless the runner has since reported that spot at 0/10.
  if (level !== 'stop_prescriptions') {
    const carried = carriedStop(checkins, today);
    if (carried !== undefined) {
      level = 'stop_prescriptions';
      reasons.push({ code: 'PAIN_PAUSE_CONTINUES', facts: carried });
    }
  }

  return {
    level,
    recommendProfessional: level === 'stop_prescriptions' || redFlags.length > 0,
    redFlags,
    reasons,
  };
}

/** Words that name a side, not a place: "left knee", "Knee (left)" and "knee" are one location. */
const SIDE_WORDS = /\b(left|right|both|l|r|side|my|the|a|an)\b/g;

function normalizeLocation(location: string): string {
  return location
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(SIDE_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Today's worst score for each location reporting pain above 0. */
function painByLocation(checkins: readonly SafetyCheckIn[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of checkins) {
    if (c.pain === undefined || !(c.pain.score > 0)) continue;
    const location = normalizeLocation(c.pain.location);
    out.set(location, Math.max(out.get(location) ?? 0, c.pain.score));
  }
  return out;
}

/** The safety level one location's pain on `date` calls for, with its reasons. */
function judgePain(
  checkins: readonly SafetyCheckIn[],
  date: string,
  location: string,
  score: number,
): { level: SafetyLevel; reasons: SafetyReason[] } {
  let level: SafetyLevel = 'no_intensity';
  const reasons: SafetyReason[] = [{ code: 'PAIN_REPORTED', facts: { location, score } }];
  if (score >= PAIN_STOP_SCORE) {
    level = 'stop_prescriptions';
    reasons.push({
      code: 'PAIN_AT_OR_ABOVE_STOP_SCORE',
      facts: { location, score, stopScore: PAIN_STOP_SCORE },
    });
  }
  const previous = previousPain(checkins, date, location);
  if (previous !== undefined && score > previous.score) {
    level = 'stop_prescriptions';
    reasons.push({
      code: 'PAIN_WORSENING',
      facts: { location, score, previousScore: previous.score, previousDate: previous.date },
    });
  }
  const days = painStreakDays(checkins, date, location);
  if (days >= PAIN_PERSISTENT_DAYS) {
    level = 'stop_prescriptions';
    reasons.push({
      code: 'PAIN_PERSISTENT',
      facts: { location, days, persistentDays: PAIN_PERSISTENT_DAYS },
    });
  }
  return { level, reasons };
}

/** A stop for pain in the last `PRESCRIPTION_PAUSE_DAYS − 1` days that still holds today. */
function carriedStop(
  checkins: readonly SafetyCheckIn[],
  today: string,
): { location: string; since: string; until: string } | undefined {
  for (let back = 1; back < PRESCRIPTION_PAUSE_DAYS; back++) {
    const day = addDays(today, -back);
    const onDay = checkins.filter((c) => c.date === day);
    for (const [location, score] of painByLocation(onDay)) {
      if (judgePain(checkins, day, location, score).level !== 'stop_prescriptions') continue;
      const clearedSince = checkins.some(
        (c) =>
          c.date > day &&
          c.date <= today &&
          c.pain !== undefined &&
          c.pain.score === 0 &&
          normalizeLocation(c.pain.location) === location,
      );
      if (!clearedSince) return { location, since: day, until: addDays(day, PRESCRIPTION_PAUSE_DAYS - 1) };
    }
  }
  return undefined;
}

function painOn(checkins: readonly SafetyCheckIn[], date: string, location: string): number | undefined {
  let score: number | undefined;
  for (const c of checkins) {
    if (c.date !== date || c.pain === undefined || normalizeLocation(c.pain.location) !== location) continue;
    score = Math.max(score ?? 0, c.pain.score);
  }
  return score;
}

/** The most recent pain report at `location` in the week before today. */
function previousPain(
  checkins: readonly SafetyCheckIn[],
  today: string,
  location: string,
): { date: string; score: number } | undefined {
  for (let back = 1; back <= PAIN_WORSENING_LOOKBACK_DAYS; back++) {
    const date = addDays(today, -back);
    const score = painOn(checkins, date, location);
    if (score !== undefined) return { date, score };
  }
  return undefined;
}

/** Consecutive days, ending today, with pain > 0 at `location`. */
function painStreakDays(checkins: readonly SafetyCheckIn[], today: string, location: string): number {
  let days = 0;
  for (let date = today; ; date = addDays(date, -1)) {
    const score = painOn(checkins, date, location);
    if (score === undefined || !(score > 0)) break;
    days++;
    if (daysBetween(date, today) > 60) break;
  }
  return days;
}
