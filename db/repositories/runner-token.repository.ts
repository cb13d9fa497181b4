import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type {
  RunnerTokenInfo,
  RunnerTokenRepository,
  TokenIssuer,
} from '../../coach/ports/runner-token-repository.js';
import type { Db } from '../client.js';
import { runnerTokens } from '../schema/index.js';

type Row = typeof runnerTokens.$inferSelect;

/** sha256 of a token, hex: the only form a token is stored in. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fromRow = (row: Row): RunnerTokenInfo => ({
  id: row.id,
  athleteId: row.athleteId,
  issuedBy: row.issuedBy as TokenIssuer,
  createdAt: row.createdAt,
  ...(row.revokedAt ? { revokedAt: row.revokedAt } : {}),
});

export function createRunnerTokenRepository(db: Db): RunnerTokenRepository {
  return {
    async issue(athleteId, issuedBy) {
      // 32 random bytes: guessing one is out of reach, so only failed attempts need limiting.
      const token = `rl_${randomBytes(32).toString('base64url')}`;
      const [row] = await db
        .insert(runnerTokens)
        .values({ athleteId, issuedBy, tokenHash: tokenHash(token) })
        .returning();
      return { ...fromRow(row!), token };
    },
    async verify(token) {
      const [row] = await db
        .select()
        .from(runnerTokens)
        .where(and(eq(runnerTokens.tokenHash, tokenHash(token)), isNull(runnerTokens.revokedAt)));
      return row ? fromRow(row) : undefined;
    },
    async list(athleteId) {
      if (!UUID.test(athleteId)) return [];
      const found = await db
        .select()
        .from(runnerTokens)
        .where(eq(runnerTokens.athleteId, athleteId))
        .orderBy(asc(runnerTokens.createdAt), asc(runnerTokens.id));
      return found.map(fromRow);
    },
    async revoke(athleteId, tokenId) {
      if (!UUID.test(athleteId) || !UUID.test(tokenId)) return false;
      const revoked = await db
        .update(runnerTokens)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(runnerTokens.id, tokenId),
            eq(runnerTokens.athleteId, athleteId),
            isNull(runnerTokens.revokedAt),
          ),
        )
        .returning({ id: runnerTokens.id });
      return revoked.length > 0;
    },
  };
}
