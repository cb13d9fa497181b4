/** Recovery check-in: sleep, resting HR, HRV, soreness, stress, illness, pain and red flags. */
import { toRulesCheckIn } from '../history.js';
import type { Readiness } from '../prompts/coach-message.js';
import { assessReadiness } from '../rules/adapt/readiness.js';
import { addDays } from '../rules/calendar/add-days.js';
import type { Slots } from '../rules/language/types.js';
import { clarify } from '../conversation/clarify.js';
import type { Turn, TurnContext } from '../conversation/turn.js';

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
      message: `How bad is the ${pain.location} on a scale of 0 to 10, where 10 is the worst pain you can imagine?`,
    });
  }
  // "Slept 4 h last night" is this morning's check-in, though "last night" was yesterday's date.
  const lastNight = /\blast\s+night\b/i.test(ctx.text);
  const date = !lastNight && s.date && s.date <= ctx.today ? s.date : ctx.sentOn;
  const location = pain ? [pain.side, pain.location].filter(Boolean).join(' ') : undefined;
  const saved = await ctx.repos.checkins.add({
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
  const recent = await ctx.repos.checkins.list(ctx.athlete.id, { from: addDays(date, -8), to: date });
  const r = assessReadiness(recent.map(toRulesCheckIn), date);
  const readiness: Readiness =
    r.underRecovered || r.badNightsInRow >= 2 ? 'poor' : r.signals.length > 0 ? 'ok' : 'good';
  const turn: Turn = {
    messages: [
      {
        kind: 'checkin-saved',
        date,
        readiness,
        ...(saved.sleepHours !== undefined ? { sleepHours: saved.sleepHours } : {}),
        ...(saved.restingHr !== undefined ? { restingHr: saved.restingHr } : {}),
        ...(saved.hrv !== undefined ? { hrvMs: saved.hrv } : {}),
        ...(saved.soreness !== undefined ? { soreness: saved.soreness } : {}),
        ...(saved.stress !== undefined ? { stress: saved.stress } : {}),
        ...(saved.illness !== undefined ? { illness: saved.illness } : {}),
      },
    ],
    events: [{ type: 'checkin_saved', date }],
    adapt: true,
  };
  if ((s.redFlags?.length ?? 0) === 0) return turn;
  // A red flag is said first and on its own, whatever the plan holds today.
  return {
    messages: [{ kind: 'red-flag', date, flags: s.redFlags ?? [] }],
    events: [...turn.events, { type: 'red_flag', flags: s.redFlags ?? [] }],
    adapt: true,
  };
}
