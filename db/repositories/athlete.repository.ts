import { and, eq, sql } from 'drizzle-orm';
import type { AthleteConflict, AthleteRepository } from '../../coach/ports/athlete-repository.js';
import type { AthletePatch, NewAthlete } from '../../coach/model/athlete.js';
import { err, ok, type Result } from '../../coach/rules/result.js';
import type { Athlete } from '../../coach/model/athlete.js';
import type { Db } from '../client.js';
import { athleteFromRow, athletePatchToUpdate, athleteToInsert } from '../mappers/athlete.mapper.js';
import { runnerStateToJson } from '../../coach/model/runner-state.js';
import { athletes } from '../schema/athletes.js';
import { inactiveDestinations, outbox } from '../schema/outbox.js';
import { isUuid } from './date-range.js';
import { ph, prebuilt, prebuiltVariants, setTo } from '../prebuilt.js';
import { createInboxRepository } from './inbox.repository.js';
import { uniqueViolation } from './unique-violation.js';

function conflictOf(error: unknown): Result<never, AthleteConflict> | undefined {
  const constraint = uniqueViolation(error);
  if (constraint === undefined) return undefined;
  if (constraint.includes('telegram'))
    return err('TELEGRAM_CHAT_TAKEN', 'That Telegram chat is already linked to a runner.');
  return err('PHONE_TAKEN', 'That phone number is already linked to a runner.');
}

type Set = Partial<typeof athletes.$inferInsert>;

const byId = eq(athletes.id, ph('id'));
const findById = prebuilt((db) => db.select().from(athletes).where(byId));
const lockForUpdate = prebuilt((db) => db.select().from(athletes).where(byId).for('update'));
const findByPhone = prebuilt((db) =>
  db
    .select()
    .from(athletes)
    .where(eq(athletes.phoneE164, ph('phoneE164'))),
);
const findByTelegramChat = prebuilt((db) =>
  db
    .select()
    .from(athletes)
    .where(eq(athletes.telegramChatId, ph('chatId'))),
);
/** The UPDATE of the columns `keys` (one shape per set of columns: a patch names few). */
const updateColumns = prebuiltVariants((db, keys: readonly string[]) =>
  db
    .update(athletes)
    .set({
      ...Object.fromEntries(keys.map((k) => [k, setTo<unknown>(k)])),
      updatedAt: sql`now()`,
    })
    .where(byId)
    .returning(),
);

/** Athletes on drizzle (PGlite or PostgreSQL). */
export function createAthleteRepository(db: Db): AthleteRepository {
  /** One UPDATE of the runner's row; a phone or chat another runner has comes back as a conflict. */
  async function write(id: string, set: Set): Promise<Result<Athlete, AthleteConflict> | undefined> {
    if (!isUuid(id)) return undefined;
    const keys = Object.keys(set).filter((k) => set[k as keyof Set] !== undefined);
    try {
      const [row] = await updateColumns(db, keys.join(','), keys, { ...set, id });
      return row ? ok(athleteFromRow(row)) : undefined;
    } catch (error) {
      const conflict = conflictOf(error);
      if (conflict) return conflict;
      throw error;
    }
  }
  return {
    async create(input: NewAthlete) {
      try {
        const [row] = await db.insert(athletes).values(athleteToInsert(input)).returning();
        if (!row) throw new Error('insert returned no row');
        return ok(athleteFromRow(row));
      } catch (error) {
        const conflict = conflictOf(error);
        if (conflict) return conflict;
        throw error;
      }
    },
    async findById(id: string) {
      if (!isUuid(id)) return undefined;
      const [row] = await findById(db, { id });
      return row ? athleteFromRow(row) : undefined;
    },
    async lockForUpdate(id: string) {
      if (!isUuid(id)) return undefined;
      const [row] = await lockForUpdate(db, { id });
      return row ? athleteFromRow(row) : undefined;
    },
    async findByPhone(phoneE164: string) {
      const [row] = await findByPhone(db, { phoneE164 });
      return row ? athleteFromRow(row) : undefined;
    },
    async findByTelegramChat(chatId: number) {
      const [row] = await findByTelegramChat(db, { chatId });
      return row ? athleteFromRow(row) : undefined;
    },
    async update(id: string, patch: AthletePatch) {
      return write(id, athletePatchToUpdate(patch));
    },
    async saveState(id, state, changes = {}, heardAt) {
      return write(id, {
        ...athletePatchToUpdate(changes),
        profile: runnerStateToJson(state),
        ...(heardAt ? { lastMessageAt: heardAt } : {}),
      });
    },
    async delete(id: string) {
      if (!isUuid(id)) return false;
      return db.transaction(async (tx) => {
        // Every other table references athletes with ON DELETE CASCADE; the inbox (updates arrive before
        // a runner exists) and the chats that blocked the bot are keyed by chat, so their Telegram chat is
        // forgotten there. Their outbox rows (the words the coach sent them) go too; a goodbye enqueued
        // after this has no runner.
        await tx.delete(outbox).where(eq(outbox.athleteId, id));
        const [deleted] = await tx
          .delete(athletes)
          .where(eq(athletes.id, id))
          .returning({ telegramChatId: athletes.telegramChatId });
        if (!deleted) return false;
        if (deleted.telegramChatId !== null) {
          const chat = String(deleted.telegramChatId);
          await createInboxRepository(tx as unknown as Db).forgetChat('telegram', chat);
          // A chat that had blocked the bot is kept by chat id, not by runner: it goes with them too.
          await tx
            .delete(inactiveDestinations)
            .where(
              and(eq(inactiveDestinations.channel, 'telegram'), eq(inactiveDestinations.destination, chat)),
            );
        }
        return true;
      });
    },
  };
}
