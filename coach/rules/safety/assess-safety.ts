import { addDays, daysBetween } from '../calendar/index.js';
import { PAIN_PERSISTENT_DAYS, PAIN_STOP_SCORE, PAIN_WORSENING_LOOKBACK_DAYS } from './pain-thresholds.js';
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
  }
  const redFlags = classifyRedFlags(flagTexts);
  if (redFlags.length > 0) {
    level = 'stop_today';
    reasons.push({ code: 'RED_FLAG', facts: { redFlags } });
  }

  const pain = worstPain(todays);
  if (pain !== undefined) {
    const location = normalizeLocation(pain.location);
    level = stricterLevel(level, 'no_intensity');
    reasons.push({ code: 'PAIN_REPORTED', facts: { location, score: pain.score } });
    if (pain.score >= PAIN_STOP_SCORE) {
      level = 'stop_prescriptions';
      reasons.push({
        code: 'PAIN_AT_OR_ABOVE_STOP_SCORE',
        facts: { location, score: pain.score, stopScore: PAIN_STOP_SCORE },
      });
    }
    const previous = previousPain(checkins, today, location);
    if (previous !== undefined && pain.score > previous.score) {
      level = 'stop_prescriptions';
      reasons.push({
        code: 'PAIN_WORSENING',
        facts: { location, score: pain.score, previousScore: previous.score, previousDate: previous.date },
      });
    }
    const days = painStreakDays(checkins, today, location);
    if (days >= PAIN_PERSISTENT_DAYS) {
      level = 'stop_prescriptions';
      reasons.push({
        code: 'PAIN_PERSISTENT',
        facts: { location, days, persistentDays: PAIN_PERSISTENT_DAYS },
      });
    }
  }

  return {
    level,
    recommendProfessional: level === 'stop_prescriptions' || redFlags.length > 0,
    redFlags,
    reasons,
  };
}

function normalizeLocation(location: string): string {
  return location.trim().toLowerCase();
}

function worstPain(checkins: readonly SafetyCheckIn[]): PainReport | undefined {
  let worst: PainReport | undefined;
  for (const c of checkins) {
    if (c.pain === undefined || !(c.pain.score > 0)) continue;
    if (worst === undefined || c.pain.score > worst.score) worst = c.pain;
  }
  return worst;
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
