/** Builds the HTTP app over a test database, with no logging unless asked. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../../server/app.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import type { DatabaseHandle } from '../../db/client.js';
import { shippedMigrations } from '../../db/migrate.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
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
