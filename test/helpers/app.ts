/** Builds the HTTP app over a test database, with no logging unless asked. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../../server/app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { shippedMigrations } from '../../db/migrate.js';
import { createRepositories } from '../../db/repositories/index.js';

export async function buildTestApp(
  database: DatabaseHandle,
  overrides: Partial<AppDeps> = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    logger: false,
    database,
    shippedMigrations: shippedMigrations().length,
    repositories: createRepositories(database.db),
    ...overrides,
  });
  await app.ready();
  return app;
}
