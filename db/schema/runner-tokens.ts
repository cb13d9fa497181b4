import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id } from './columns.js';

/**
 * Runner-scoped API tokens (coach/ports/runner-token-repository.ts): only the sha256 of a token is kept,
 * so a leaked table grants nothing. A token goes with its runner; a revoked one keeps its row until then.
 */
export const runnerTokens = pgTable(
  'runner_tokens',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    /** sha256 of the token, hex. */
    tokenHash: text('token_hash').notNull(),
    /** Who issued it: `operator` (the API), `cli`, `telegram`. */
    issuedBy: text('issued_by').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    unique('runner_tokens_token_hash_unique').on(t.tokenHash),
    // Deleting a runner looks up their tokens (ON DELETE CASCADE).
    index('runner_tokens_athlete_idx').on(t.athleteId),
  ],
);
