import { and, asc, count, eq } from 'drizzle-orm';
import type { ActivityRepository, DateRange } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { activityFromRow, activityToInsert } from '../mappers/history.mapper.js';
import { exactly, ph, placeholders, prebuilt, prebuiltVariants, setTo } from '../prebuilt.js';
import { activities } from '../schema/index.js';
import { athleteInRange, isUuid, rangeKey, rangeValues } from './date-range.js';

type Insert = ReturnType<typeof activityToInsert>;
/** Every column an insert writes (the rest take their defaults): one statement text for every run. */
const INSERTED = Object.keys(activityToInsert({} as never)) as (keyof Insert)[];

const byIdAndAthlete = and(eq(activities.id, ph('id')), eq(activities.athleteId, ph('athleteId')));

const insertActivity = prebuilt((db) => db.insert(activities).values(placeholders(INSERTED)).returning());
const listActivities = prebuiltVariants((db, range: DateRange | undefined) =>
  db
    .select()
    .from(activities)
    .where(athleteInRange(activities.athleteId, activities.localDate, range))
    .orderBy(asc(activities.localDate), asc(activities.createdAt)),
);
const countActivities = prebuiltVariants((db, range: DateRange | undefined) =>
  db
    .select({ n: count() })
    .from(activities)
    .where(athleteInRange(activities.athleteId, activities.localDate, range)),
);
const setRpe = prebuiltVariants((db, withFeel: boolean) =>
  db
    .update(activities)
    .set({ rpe: setTo<number>('rpe'), ...(withFeel ? { feel: setTo<string>('feel') } : {}) })
    .where(byIdAndAthlete)
    .returning(),
);
const clearRpe = prebuilt((db) => db.update(activities).set({ rpe: null }).where(byIdAndAthlete).returning());
const removeActivity = prebuilt((db) => db.delete(activities).where(byIdAndAthlete).returning());
const setAssessment = prebuilt((db) =>
  db
    .update(activities)
    .set({ assessment: setTo<unknown>('assessment') })
    .where(byIdAndAthlete)
    .returning(),
);

export function createActivityRepository(db: Db): ActivityRepository {
  return {
    async add(activity) {
      const [row] = await insertActivity(db, exactly(INSERTED, activityToInsert(activity)));
      return activityFromRow(row!);
    },
    async list(athleteId, range) {
      const found = await listActivities(db, rangeKey(range), range, rangeValues(athleteId, range));
      return found.map(activityFromRow);
    },
    async count(athleteId, range) {
      const [row] = await countActivities(db, rangeKey(range), range, rangeValues(athleteId, range));
      return row?.n ?? 0;
    },
    async rate(athleteId, activityId, rpe, feel) {
      if (!isUuid(activityId)) return undefined;
      const withFeel = feel !== undefined;
      const [row] = await setRpe(db, String(withFeel), withFeel, {
        id: activityId,
        athleteId,
        rpe,
        ...(withFeel ? { feel } : {}),
      });
      return row ? activityFromRow(row) : undefined;
    },
    async clearRpe(athleteId, activityId) {
      if (!isUuid(activityId)) return undefined;
      const [row] = await clearRpe(db, { id: activityId, athleteId });
      return row ? activityFromRow(row) : undefined;
    },
    async remove(athleteId, activityId) {
      if (!isUuid(activityId)) return undefined;
      const [row] = await removeActivity(db, { id: activityId, athleteId });
      return row ? activityFromRow(row) : undefined;
    },
    async setAssessment(athleteId, activityId, assessment) {
      if (!isUuid(activityId)) return undefined;
      const [row] = await setAssessment(db, { id: activityId, athleteId, assessment });
      return row ? activityFromRow(row) : undefined;
    },
  };
}
