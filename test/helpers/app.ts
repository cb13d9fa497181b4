/** Builds the HTTP app over a test database, with no logging unless asked. */
import type { OnboardingProfile } from '../../coach/model/onboarding-profile.js';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../../server/app.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import type { DatabaseHandle } from '../../db/client.js';
import { shippedMigrations } from '../../db/migrate.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { openConversation } from '../../coach/channel.js';
import type { Clock } from '../../coach/ports/clock.js';

/** The coach deps over a test database: template wording, and the given (frozen) clock. */
export function coachDeps(database: DatabaseHandle, clock: Clock = { now: () => new Date() }): CoachDeps {
  return { ...createCoachDeps(database, undefined), clock };
}

export async function buildTestApp(
  database: DatabaseHandle,
  overrides: Partial<AppDeps> = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    logger: false,
    database,
    shippedMigrations: shippedMigrations().length,
    coach: coachDeps(database),
    ...overrides,
  });
  await app.ready();
  return app;
}

/**
 * The onboarding profile the HTTP tests create their runner with (`POST /api/athletes`): a 25:00 5K
 * runner at 30 km a week, four days, a half marathon on 18 April 2027.
 */
export const SAMPLE_PROFILE = {
  race: { distance: '5k', time: '25:00' },
  goal: { distance: 'half', raceDate: '2027-04-18' },
  days: ['tue', 'thu', 'sat', 'sun'],
  longDay: 'sun',
  weeklyKm: 30,
  level: 'intermediate',
} as const;

/** `SAMPLE_PROFILE` typed as the onboarding profile, for use cases that take one (`onboard`). */
export const SAMPLE_ONBOARDING_PROFILE: OnboardingProfile = SAMPLE_PROFILE;

/** A new runner who onboards by chat (through the front door, as the terminal opens one); returns its id. */
export async function newChatRunner(
  deps: CoachDeps,
  runner: { readonly name: string; readonly timezone: string },
): Promise<{ readonly id: string }> {
  const opened = await openConversation(deps, { channel: 'terminal' }, runner);
  if (!opened.ok) throw new Error(opened.code);
  return { id: opened.value.athleteId };
}

/**
 * A runner made over HTTP at `baseUrl` (`POST /api/athletes` with `SAMPLE_PROFILE` and `fields`), for
 * the tests that drive a server process; throws with the answer unless 201. Returns their id.
 */
export async function createRunnerOverHttp(
  baseUrl: string,
  fields: Record<string, unknown> & { readonly name: string },
): Promise<string> {
  const res = await fetch(`${baseUrl}/api/athletes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ timezone: 'Europe/Lisbon', ...fields, ...SAMPLE_PROFILE }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`creating runner ${fields.name}: ${res.status} ${text}`);
  return (JSON.parse(text) as { id: string }).id;
}
