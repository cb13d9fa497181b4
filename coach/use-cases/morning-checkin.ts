/**
 * Recovery check-in: sleep, resting HR, HRV, soreness, stress, illness, pain and red flags. The reply is
 * built from the day's final state (`assessDay`: readiness, trends and safety together), so it never says
 * "train as planned" on a day pain limits running; the adaptation that follows does not repeat the safety
 * outcome the check-in already stated.
 */
import { readAdaptationInputs } from '../adaptation/apply-adaptation.js';
import { HISTORY_DAYS, recoveryBaseline, toRulesCheckIn } from '../history.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import { assessDay, DAY_READINESS_LOOKBACK_DAYS, type DayReadiness } from '../rules/adapt/day-readiness.js';
import { addDays } from '../rules/calendar/add-days.js';
import type { Slots } from '../rules/language/types.js';
import { clarify } from '../turn/clarify.js';
import type { Turn, TurnContext } from '../turn/turn.js';

/** Parser sleep-quality words on the check-in's 1–5 scale. */
const SLEEP_QUALITY_SCORE = { poor: 1, ok: 3, good: 5 } as const;

/** True when the message states anything a check-in records. */
export function hasWellnessFacts(s: Slots): boolean {
  return (
    s.sleepHours !== undefined ||
    s.sleepQuality !== undefined ||
    s.restingHr !== undefined ||
    s.hrvMs !== undefined ||
    s.soreness !== undefined ||
    s.stress !== undefined ||
    s.illness !== undefined ||
    (s.pains?.length ?? 0) > 0 ||
    (s.redFlags?.length ?? 0) > 0
  );
}

export async function morningCheckin(ctx: TurnContext): Promise<Turn> {
  const s = ctx.parsed.slots;
  const pain = s.pains?.[0];
  if (pain && pain.score === undefined && (s.redFlags?.length ?? 0) === 0) {
    return clarify({
      code: 'PAIN_SCORE_MISSING',
      slot: 'pains',
      facts: { location: pain.location },
    });
  }
  // "Slept 4 h last night" is this morning's check-in, though "last night" was yesterday's date.
  const lastNight = /\blast\s+night\b/i.test(ctx.text);
  const date = !lastNight && s.date && s.date <= ctx.today ? s.date : ctx.sentOn;
  const location = pain ? [pain.side, pain.location].filter(Boolean).join(' ') : undefined;
  const adding = ctx.repos.checkins.add({
    athleteId: ctx.athlete.id,
    date,
    ...(s.sleepHours !== undefined ? { sleepHours: s.sleepHours } : {}),
    ...(s.sleepQuality !== undefined ? { sleepQuality: SLEEP_QUALITY_SCORE[s.sleepQuality] } : {}),
    ...(s.restingHr !== undefined ? { restingHr: s.restingHr } : {}),
    ...(s.hrvMs !== undefined ? { hrv: s.hrvMs } : {}),
    ...(s.soreness !== undefined ? { soreness: s.soreness } : {}),
    ...(s.stress !== undefined ? { stress: s.stress } : {}),
    ...(s.illness !== undefined ? { illness: s.illness } : {}),
    ...(pain?.score !== undefined ? { pain: { score: pain.score, ...(location ? { location } : {}) } } : {}),
    redFlags: s.redFlags ?? [],
  });
  // Read over the adaptation's window (its history is this very read when the check-in is today's), then
  // kept to the days readiness looks back on; what adaptation after the turn reads (`adapt: true`) goes
  // out with it. The reads are asked for right behind the insert, without waiting for it: a transaction's
  // statements run in the order asked, so they see it, and all go in one round trip.
  const lookback = addDays(date, -DAY_READINESS_LOOKBACK_DAYS);
  const [saved, window] = await Promise.all([
    adding,
    ctx.repos.checkins.list(ctx.athlete.id, {
      from: addDays(date, -Math.max(HISTORY_DAYS, DAY_READINESS_LOOKBACK_DAYS)),
      to: date,
    }),
    readAdaptationInputs(ctx.repos, ctx.athlete, ctx.today),
  ]);
  const recent = window.filter((c) => c.date >= lookback);
  const day = assessDay(recent.map(toRulesCheckIn), date, recoveryBaseline(ctx.athlete));
  const safety = safetyOf(day);
  const turn: Turn = {
    messages: [
      {
        kind: 'checkin-saved',
        date,
        readiness: day.level,
        ...(saved.sleepHours !== undefined ? { sleepHours: saved.sleepHours } : {}),
        ...(saved.restingHr !== undefined ? { restingHr: saved.restingHr } : {}),
        ...(saved.hrv !== undefined ? { hrvMs: saved.hrv } : {}),
        ...(saved.soreness !== undefined ? { soreness: saved.soreness } : {}),
        ...(saved.stress !== undefined ? { stress: saved.stress } : {}),
        ...(day.ill ? { illness: true } : {}),
        ...(safety !== undefined ? { safety } : {}),
        ...(day.trends.length > 0 ? { trends: day.trends } : {}),
      },
    ],
    events: [{ type: 'checkin_saved', date, checkinId: saved.id }],
    adapt: true,
  };
  // A red flag (said now, or earlier today) covers the whole day: said first and on its own.
  const flags = day.safety.redFlags;
  if (flags.length === 0) return turn;
  return {
    messages: [{ kind: 'red-flag', date, flags }],
    events: [...turn.events, { type: 'red_flag', flags }],
    adapt: true,
  };
}

type CheckinSafety = Extract<CoachMessage, { kind: 'checkin-saved' }>['safety'];

/** The pain outcome the check-in states (red flags are said by their own message). */
function safetyOf(day: DayReadiness): CheckinSafety {
  const { level, reasons } = day.safety;
  if (level !== 'no_intensity' && level !== 'stop_prescriptions') return undefined;
  const pain = reasons.find((r) => r.code === 'PAIN_REPORTED' || r.code === 'PAIN_PAUSE_CONTINUES')?.facts;
  const location = pain?.['location'];
  const score = pain?.['score'];
  return {
    level,
    ...(typeof location === 'string' && location.trim() !== '' ? { location } : {}),
    ...(typeof score === 'number' ? { score } : {}),
  };
}
