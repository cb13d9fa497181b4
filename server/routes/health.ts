import type { FastifyPluginAsync } from 'fastify';
import type { DatabaseHandle } from '../../db/client.js';
import { appliedMigrationCount } from '../../db/migrate.js';
import { errorBody } from '../http/api-error.js';

export interface HealthDeps {
  database: DatabaseHandle;
  /** How many migrations this build ships: ready only when all are applied. */
  shippedMigrations: number;
}

/** `GET /health` (the process is alive) and `GET /ready` (database reachable, migrations applied). */
export const healthRoutes: FastifyPluginAsync<HealthDeps> = async (app, deps) => {
  app.get('/health', async () => ({ status: 'ok' }));

  app.get('/ready', async (request, reply) => {
    try {
      await deps.database.ping();
      const applied = await appliedMigrationCount(deps.database.db);
      if (applied < deps.shippedMigrations) {
        return reply
          .status(503)
          .send(
            errorBody(
              'MIGRATIONS_PENDING',
              `${deps.shippedMigrations - applied} migration(s) not applied yet.`,
            ),
          );
      }
      return { status: 'ready', database: deps.database.kind, migrations: applied };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.status(503).send(errorBody('DATABASE_UNAVAILABLE', 'The database is not reachable.'));
    }
  });
};
