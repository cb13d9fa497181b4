/** Contract of the call repository (issue 13), on PGlite and PostgreSQL. */
import { expect, it } from 'vitest';
import { createRepositories, createUnitOfWork } from '../../../db/repositories/index.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('call repository contract', (ctx) => {
  const repos = () => createRepositories(ctx.handle.db);
  async function runner(name = 'Ana') {
    const created = await repos().athletes.create({ name });
    if (!created.ok) throw new Error(created.code);
    return created.value.id;
  }

  it('start stores a call once per SID; a repeat returns the stored one', async () => {
    const athleteId = await runner();
    const first = await repos().calls.start({
      callSid: 'CA1',
      athleteId,
      sessionDate: '2027-01-19',
      startedAt: '2027-01-19T07:00:00.000Z',
    });
    expect(first).toMatchObject({ callSid: 'CA1', stepIndex: 0, retries: 0, status: 'active', reports: [] });
    expect(first).not.toHaveProperty('runStartedAt');
    const again = await repos().calls.start({
      callSid: 'CA1',
      athleteId,
      sessionDate: '2027-01-19',
      startedAt: '2027-01-19T07:05:00.000Z',
    });
    expect(again).toEqual(first);
  });

  it('update sets only what the patch gives; firstOfDay is the earliest other call of that day', async () => {
    const athleteId = await runner();
    const other = await runner('Bo');
    const start = (callSid: string, at: string, who = athleteId) =>
      repos().calls.start({ callSid, athleteId: who, sessionDate: '2027-01-19', startedAt: at });
    await start('CA-late', '2027-01-19T08:00:00.000Z');
    await start('CA-early', '2027-01-19T07:00:00.000Z');
    await start('CA-bo', '2027-01-19T06:00:00.000Z', other);
    expect((await repos().calls.firstOfDay(athleteId, '2027-01-19'))?.callSid).toBe('CA-early');
    expect((await repos().calls.firstOfDay(athleteId, '2027-01-19', 'CA-early'))?.callSid).toBe('CA-late');
    expect(await repos().calls.firstOfDay(athleteId, '2027-01-20')).toBeUndefined();

    const updated = await createUnitOfWork(ctx.handle.db).run(async (tx) => {
      const locked = await tx.calls.lockForUpdate('CA-late');
      expect(locked?.callSid).toBe('CA-late');
      return tx.calls.update('CA-late', { retries: 1, previousCue: 'slow_down', stepIndex: 2 });
    });
    expect(updated).toMatchObject({ retries: 1, previousCue: 'slow_down', stepIndex: 2, status: 'active' });
    expect(await repos().calls.update('CA-missing', { retries: 1 })).toBeUndefined();
    expect((await repos().calls.list(athleteId)).map((c) => c.callSid)).toEqual(['CA-early', 'CA-late']);
  });

  it('the database refuses an unknown status or an RPE off the scale', async () => {
    const athleteId = await runner();
    await repos().calls.start({
      callSid: 'CA2',
      athleteId,
      sessionDate: '2027-01-19',
      startedAt: '2027-01-19T07:00:00.000Z',
    });
    await expect(repos().calls.update('CA2', { rpe: 11 })).rejects.toThrow();
    await expect(repos().calls.update('CA2', { status: 'lost' as never })).rejects.toThrow();
  });
});
