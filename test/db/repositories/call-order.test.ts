import { expect, it } from 'vitest';
import { rememberingReads } from '../../../coach/conversation/turn-repositories.js';
import { createRepositories, createUnitOfWork } from '../../../db/repositories/index.js';
import { describeEachDatabase } from '../../helpers/database.js';

/**
 * The unit of work's promise (coach/ports/repositories.ts): its calls run in the order they are made, even
 * when a write is not awaited before the reads behind it. A use case relies on it to send a write and the
 * reads that must see it in one round trip (`morningCheckin`).
 */
describeEachDatabase('calls in a unit of work run in the order made', (ctx) => {
  async function runner() {
    const created = await createRepositories(ctx.handle.db).athletes.create({ name: 'Ana' });
    if (!created.ok) throw new Error(created.code);
    return created.value.id;
  }

  it('a read asked for right behind a write it does not wait for sees the write', async () => {
    const athleteId = await runner();
    const range = { from: '2026-11-01', to: '2026-12-31' };
    for (const [round, remember] of [false, true].entries()) {
      const [added, checkins, run, runs] = await createUnitOfWork(ctx.handle.db).run((tx) => {
        const repos = remember ? rememberingReads(tx) : tx;
        return Promise.all([
          repos.checkins.add({ athleteId, date: `2026-12-0${round + 1}`, sleepHours: 7 }),
          repos.checkins.list(athleteId, range),
          repos.activities.add({
            athleteId,
            date: `2026-12-0${round + 1}`,
            distanceMeters: 8000,
            durationSeconds: 2700,
            source: 'manual',
          }),
          repos.activities.list(athleteId, range),
        ]);
      });
      expect(checkins.map((c) => c.id)).toContain(added.id);
      expect(runs.map((a) => a.id)).toContain(run.id);
      expect([checkins.length, runs.length]).toEqual([round + 1, round + 1]);
    }
  });
});
