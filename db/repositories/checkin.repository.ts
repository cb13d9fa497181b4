import { and, asc, eq } from 'drizzle-orm';
import type { CheckinRepository, DateRange } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { checkinFromRow, checkinToInsert } from '../mappers/history.mapper.js';
import { exactly, ph, placeholders, prebuilt, prebuiltVariants } from '../prebuilt.js';
import { checkins } from '../schema/index.js';
import { athleteInRange, isUuid, rangeKey, rangeValues } from './date-range.js';

type Insert = ReturnType<typeof checkinToInsert>;
/** Every column an insert writes (the mapper gives each, null when absent): one statement text. */
const INSERTED = Object.keys(checkinToInsert({} as never)) as (keyof Insert)[];

const insertCheckin = prebuilt((db) => db.insert(checkins).values(placeholders(INSERTED)).returning());
const listCheckins = prebuiltVariants((db, range: DateRange | undefined) =>
  db
    .select()
    .from(checkins)
    .where(athleteInRange(checkins.athleteId, checkins.date, range))
    .orderBy(asc(checkins.date), asc(checkins.createdAt)),
);
const removeCheckin = prebuilt((db) =>
  db
    .delete(checkins)
    .where(and(eq(checkins.id, ph('id')), eq(checkins.athleteId, ph('athleteId'))))
    .returning(),
);

export function createCheckinRepository(db: Db): CheckinRepository {
  return {
    async add(checkin) {
      const [row] = await insertCheckin(db, exactly(INSERTED, checkinToInsert(checkin)));
      return checkinFromRow(row!);
    },
    async list(athleteId, range) {
      const found = await listCheckins(db, rangeKey(range), range, rangeValues(athleteId, range));
      return found.map(checkinFromRow);
    },
    async remove(athleteId, checkinId) {
      if (!isUuid(checkinId)) return undefined;
      const [row] = await removeCheckin(db, { id: checkinId, athleteId });
      return row ? checkinFromRow(row) : undefined;
    },
  };
}
