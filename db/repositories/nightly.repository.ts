/**
 * The nightly adaptation's store on drizzle (PGlite or PostgreSQL): candidates and a batch's inputs in
 * one query per table, records inserted once per runner and local date, claimed in batches under a lease
 * (`claimDueBatch`, `FOR UPDATE SKIP LOCKED`).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { runnerStateToJson } from '../../coach/model/runner-state.js';
import type { NightlyInputs, NightlyRepository, NightlyRun } from '../../coach/ports/nightly.js';
import type { Db } from '../client.js';
import { rows } from '../migrate.js';
import { athletes, nightlyAdaptations, plans } from '../schema/index.js';
import { createRepositories } from './index.js';
import { claimDueBatch } from './leased-claim.js';

const n = nightlyAdaptations;
const CLAIM = { due: ['pending', 'failed'], claimed: 'adapting' } as const;
/** Runs per INSERT when scheduling (one JSON parameter each). */
const INSERT_CHUNK = 5000;

import { readInputs } from './nightly-reads.js';
import { storeAdaptations } from './nightly-writes.js';

export function createNightlyRepository(db: Db): NightlyRepository {
  const held = (id: string | readonly string[], workerId: string) =>
    and(
      typeof id === 'string' ? eq(n.id, id) : inArray(n.id, [...id]),
      eq(n.claimedBy, workerId),
      eq(n.status, CLAIM.claimed),
    );
  return {
    async candidates() {
      const found = await db
        .select({
          athleteId: athletes.id,
          timezone: athletes.timezone,
          lastMessageAt: athletes.lastMessageAt,
          lastRunOn: sql<
            string | null
          >`(select max(${n.localDate})::text from ${n} where ${n.athleteId} = ${athletes.id})`,
        })
        .from(athletes)
        .where(
          and(
            // Onboarded: no draft left in the runner-state document.
            sql`${athletes.profile} -> 'onboarding' is null`,
            sql`exists (select 1 from ${plans} where ${plans.athleteId} = ${athletes.id} and ${plans.active})`,
          ),
        );
      return found.map((r) => ({
        athleteId: r.athleteId,
        timezone: r.timezone,
        ...(r.lastMessageAt ? { lastMessageAt: r.lastMessageAt } : {}),
        ...(r.lastRunOn ? { lastRunOn: r.lastRunOn } : {}),
      }));
    },

    async schedule(runs, at) {
      let added = 0;
      for (let i = 0; i < runs.length; i += INSERT_CHUNK) {
        const docs = JSON.stringify(
          runs.slice(i, i + INSERT_CHUNK).map((r) => ({ athlete_id: r.athleteId, local_date: r.localDate })),
        );
        const result = await db.execute(sql`
          with added as (
            insert into ${n} (athlete_id, local_date, next_attempt_at)
            select x.athlete_id, x.local_date, ${at.toISOString()}::timestamptz
            from jsonb_to_recordset(${docs}::jsonb) as x(athlete_id uuid, local_date date)
            on conflict (athlete_id, local_date) do nothing
            returning 1)
          select count(*)::int as added from added`);
        added += Number(rows<{ added: number | string }>(result)[0]?.added ?? 0);
      }
      return added;
    },

    async claim(workerId, now, leaseMs, limit) {
      const rows = await claimDueBatch(db, n, CLAIM, workerId, now, leaseMs, limit);
      return rows.map((r): NightlyRun => ({
        id: r.id,
        athleteId: r.athleteId,
        localDate: r.localDate,
        attempts: r.attempts,
      }));
    },

    async inputs(runs, historyDays) {
      const inputOf = await readInputs(db, runs, historyDays);
      const found = new Map<string, NightlyInputs>();
      for (const { athleteId } of runs) {
        const input = found.has(athleteId) ? undefined : inputOf(athleteId);
        if (input) found.set(athleteId, input);
      }
      return found;
    },

    locked(runs, historyDays, work) {
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const ids = [...new Set(runs.map((r) => r.athleteId))].sort();
        // One statement locks the batch, in id order: two batches holding the same runner wait, never deadlock.
        const locked =
          ids.length === 0
            ? []
            : await tx
                .select()
                .from(athletes)
                .where(inArray(athletes.id, ids))
                .orderBy(asc(athletes.id))
                .for('update');
        const inputOf = await readInputs(tx, runs, historyDays, locked);
        return work({
          input: inputOf,
          repositories: createRepositories(tx, { inTransaction: true }),
          store: (adaptations) => storeAdaptations(tx, adaptations),
          async saveStates(states) {
            if (states.length === 0) return;
            const docs = states.map((s) => ({ id: s.athleteId, profile: runnerStateToJson(s.state) }));
            await tx.execute(sql`
              update ${athletes} set profile = x.profile, updated_at = now()
              from jsonb_to_recordset(${JSON.stringify(docs)}::jsonb) as x(id uuid, profile jsonb)
              where ${athletes.id} = x.id`);
          },
          async done(settled, workerId, at) {
            if (settled.length === 0) return 0;
            const docs = JSON.stringify(settled.map((r) => ({ id: r.id, decisions: r.decisions })));
            const result = await tx.execute(sql`
              update ${n} set status = 'done', decisions = x.decisions, done_at = ${at.toISOString()}::timestamptz,
                claimed_by = null, claimed_until = null
              from jsonb_to_recordset(${docs}::jsonb) as x(id uuid, decisions integer)
              where ${n.id} = x.id and ${n.claimedBy} = ${workerId} and ${n.status} = ${CLAIM.claimed}
              returning ${n.id}`);
            return rows(result).length;
          },
        });
      });
    },

    async done(ids, workerId, stored, at) {
      if (ids.length === 0) return 0;
      const settled = await db
        .update(n)
        .set({ status: 'done', decisions: stored, doneAt: at, claimedBy: null, claimedUntil: null })
        .where(held(ids, workerId))
        .returning({ id: n.id });
      return settled.length;
    },

    async failed(id, workerId, error, retryAt) {
      const settled = await db
        .update(n)
        .set({
          status: retryAt ? 'failed' : 'dead',
          lastError: error,
          ...(retryAt ? { nextAttemptAt: retryAt } : {}),
          claimedBy: null,
          claimedUntil: null,
        })
        .where(held(id, workerId))
        .returning({ id: n.id });
      return settled.length > 0;
    },
  };
}
