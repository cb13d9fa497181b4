/**
 * A runner with a plan and a phone for the call tests: onboarded on `START`, and the first tempo and easy
 * days of their plan, with a frozen clock the tests move.
 */
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import type { Session } from '../../../coach/rules/plan/types.js';
import type { DatabaseHandle } from '../../../db/client.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';

export const START = '2026-12-07';
export const PHONE = '+4915112345678';

export interface CallFixture {
  readonly deps: CoachDeps;
  /** Moves the frozen clock. */
  at(iso: string): Date;
  readonly athleteId: string;
  readonly tempo: Session;
  readonly easy: Session;
}

/** Onboards a runner (UTC, `PHONE`, optionally a Telegram chat) and finds a tempo and an easy day. */
export async function callFixture(
  handle: DatabaseHandle,
  extra: { readonly telegramChatId?: number; readonly phoneE164?: string } = {},
): Promise<CallFixture> {
  let now = new Date(`${START}T06:00:00Z`);
  const deps = coachDeps(handle, { now: () => now });
  const r = await onboard(
    deps.unitOfWork,
    {
      name: 'Ana',
      timezone: 'UTC',
      phoneE164: extra.phoneE164 ?? PHONE,
      restingHr: 50,
      maxHr: 188,
      ...extra,
    },
    SAMPLE_ONBOARDING_PROFILE,
    START,
  );
  if (!r.ok) throw new Error(r.code);
  const plan = await deps.repositories.plans.active(r.value.athlete.id);
  const tempo = plan?.sessions.find((s) => s.kind === 'tempo' && s.date > START);
  const easy = plan?.sessions.find(
    (s) => s.kind === 'easy' && s.date > START && s.steps.some((x) => x.hr !== undefined),
  );
  if (!tempo || !easy) throw new Error('the sample plan has no tempo or easy day');
  return {
    deps,
    at(iso) {
      now = new Date(iso);
      return now;
    },
    athleteId: r.value.athlete.id,
    tempo,
    easy,
  };
}
