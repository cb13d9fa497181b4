import { and, asc, eq } from 'drizzle-orm';
import type { DateRange, DecisionRepository } from '../../coach/ports/history-repositories.js';
import type { DecisionStatus } from '../../coach/model/stored-decision.js';
import type { Db } from '../client.js';
import { decisionFromRow, decisionToInsert } from '../mappers/history.mapper.js';
import { exactly, ph, placeholders, prebuilt, prebuiltVariants, setTo } from '../prebuilt.js';
import { decisions } from '../schema/index.js';
import { athleteInRange, isUuid, rangeKey, rangeValues } from './date-range.js';

type Insert = ReturnType<typeof decisionToInsert>;
/** Every column an insert writes (the mapper gives each): one statement text for every decision. */
const INSERTED = Object.keys(decisionToInsert({} as never)) as (keyof Insert)[];

const insertDecision = prebuilt((db) => db.insert(decisions).values(placeholders(INSERTED)).returning());
const listDecisions = prebuiltVariants((db, range: DateRange | undefined) =>
  db
    .select()
    .from(decisions)
    .where(athleteInRange(decisions.athleteId, decisions.date, range))
    .orderBy(asc(decisions.date), asc(decisions.createdAt)),
);
const setStatus = prebuilt((db) =>
  db
    .update(decisions)
    .set({ status: setTo<DecisionStatus>('status') })
    .where(and(eq(decisions.id, ph('id')), eq(decisions.athleteId, ph('athleteId'))))
    .returning(),
);

export function createDecisionRepository(db: Db): DecisionRepository {
  return {
    async add(decision) {
      const [row] = await insertDecision(db, exactly(INSERTED, decisionToInsert(decision)));
      return decisionFromRow(row!);
    },
    async list(athleteId, range) {
      const found = await listDecisions(db, rangeKey(range), range, rangeValues(athleteId, range));
      return found.map(decisionFromRow);
    },
    async setStatus(athleteId, decisionId, status) {
      if (!isUuid(decisionId)) return undefined;
      const [row] = await setStatus(db, { id: decisionId, athleteId, status });
      return row ? decisionFromRow(row) : undefined;
    },
  };
}
