/**
 * Setting a session's status (a run marks its day done, the nightly pass a missed one) with the kept plan
 * (`db/plan-cache.ts`) updated as it goes.
 */
import { isDeepStrictEqual } from 'node:util';
import type { StoredSession } from '../../coach/ports/plan-repository.js';
import type { Session } from '../../coach/rules/plan/types.js';
import type { Db } from '../client.js';
import { sessionFromRow, withStatusOn } from '../mappers/plan.mapper.js';
import type { PlanCacheView } from '../plan-cache.js';
import { sessionById, setStatusOnDate } from './plan-statements.js';

/**
 * Sets the status of the runner's current session on `date` (one statement, two when it replaced an
 * original). In a unit of work (`inTransaction`) the kept copy is updated at once, before the update is
 * answered, so a read of the plan asked for right behind this write (in the same round trip) finds it: the
 * update moves the plan's revision by one, and the copy holds only once the row changed is the session
 * expected (`confirmed`, which that read waits for). Were the copy stale already, the row is past that
 * revision and it is never taken. A kept copy with no session on the date stays as it is: if it is the
 * plan, the update changes no row and leaves the revision where it was.
 */
export async function setStatusKept(
  tx: Db,
  { cache, inTransaction }: { readonly cache: PlanCacheView; readonly inTransaction: boolean },
  athleteId: string,
  date: string,
  status: NonNullable<Session['status']>,
): Promise<StoredSession | undefined> {
  const kept = cache.get(athleteId);
  const expected = inTransaction && kept ? withStatusOn(kept.plan, date, status) : undefined;
  const untouched = inTransaction && kept !== undefined && expected === undefined;
  let confirm: (holds: boolean) => void = () => {};
  if (expected) {
    const confirmed = new Promise<boolean>((resolve) => (confirm = resolve));
    cache.set(athleteId, { revision: kept!.revision + 1, plan: expected.plan, confirmed });
  } else if (!untouched) cache.forget(athleteId);
  try {
    const [row] = await setStatusOnDate(tx, { athleteId, date, status });
    const [original] = row?.replacesId ? await sessionById(tx, { id: row.replacesId }) : [];
    const session = row ? sessionFromRow(row, original) : undefined;
    const holds =
      expected !== undefined && row?.planId === kept!.plan.id && isDeepStrictEqual(session, expected.session);
    if (holds) cache.set(athleteId, { revision: kept!.revision + 1, plan: expected.plan });
    else if (!untouched || row) cache.forget(athleteId);
    confirm(holds);
    return session;
  } catch (error) {
    cache.forget(athleteId);
    confirm(false);
    throw error;
  }
}
