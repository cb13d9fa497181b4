/** Contract of the history repositories and the unit of work, on PGlite and PostgreSQL. */
import { expect, it } from 'vitest';
import { createRepositories, createUnitOfWork } from '../../../db/repositories/index.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { assessRun } from '../../../coach/rules/assess/assess-run.js';

describeEachDatabase('history repositories contract', (ctx) => {
  const repos = () => createRepositories(ctx.handle.db);
  async function runner(name = 'Ana') {
    const created = await repos().athletes.create({ name });
    if (!created.ok) throw new Error(created.code);
    return created.value.id;
  }

  it('activities: add keeps what was recorded, leaves out what was not, lists by date range', async () => {
    const athleteId = await runner();
    const a = await repos().activities.add({
      athleteId,
      date: '2026-12-08',
      startedAt: '2026-12-08T07:05:00.000Z',
      distanceMeters: 10_000,
      durationSeconds: 3150,
      avgHr: 151,
      laps: [{ distanceMeters: 5000, durationSeconds: 1580 }],
      source: 'chat',
    });
    expect(a).toMatchObject({ date: '2026-12-08', distanceMeters: 10_000, avgHr: 151, source: 'chat' });
    expect(a).not.toHaveProperty('rpe');
    expect(a).not.toHaveProperty('cadence');
    await repos().activities.add({ athleteId, date: '2026-12-01', durationSeconds: 1800, source: 'manual' });
    await repos().activities.add({ athleteId, date: '2026-12-15', durationSeconds: 1800, source: 'manual' });
    expect((await repos().activities.list(athleteId)).map((x) => x.date)).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
    ]);
    const week = await repos().activities.list(athleteId, { from: '2026-12-02', to: '2026-12-14' });
    expect(week).toEqual([a]);
    expect(await repos().activities.count(athleteId)).toBe(3);
    expect(await repos().activities.count(athleteId, { from: '2026-12-02', to: '2026-12-14' })).toBe(1);
    expect(await repos().activities.count(await runner('Other'))).toBe(0);
  });

  it('activities: a runner can rate only their own run', async () => {
    const ana = await runner('Ana');
    const ben = await runner('Ben');
    const run = await repos().activities.add({
      athleteId: ana,
      date: '2026-12-08',
      durationSeconds: 1800,
      source: 'chat',
    });
    expect(await repos().activities.rate(ben, run.id, 7)).toBeUndefined();
    expect(await repos().activities.rate(ana, run.id, 7, 'legs heavy')).toMatchObject({
      rpe: 7,
      feel: 'legs heavy',
    });
    expect(await repos().activities.rate(ana, 'junk', 7)).toBeUndefined();
    expect(await repos().activities.list(ben)).toEqual([]);
  });

  it('activities: the assessment against the prescription is stored with the run, only by its runner', async () => {
    const ana = await runner('Ana');
    const ben = await runner('Ben');
    const run = await repos().activities.add({
      athleteId: ana,
      date: '2027-01-13',
      distanceMeters: 7500,
      durationSeconds: 2400,
      avgHr: 158,
      source: 'chat',
    });
    expect(run).not.toHaveProperty('assessment');
    const assessment = assessRun({ date: '2027-01-13', km: 7.5, minutes: 40, avgHr: 158 }, undefined, {
      easy: { pace: { from: 369, to: 412 }, hrCeilingBpm: 141 },
    });
    expect(await repos().activities.setAssessment(ben, run.id, assessment)).toBeUndefined();
    expect(await repos().activities.setAssessment(ana, 'junk', assessment)).toBeUndefined();
    expect(await repos().activities.setAssessment(ana, run.id, assessment)).toMatchObject({ assessment });
    const [stored] = await repos().activities.list(ana);
    expect(stored?.assessment).toEqual(assessment);
    expect(stored?.assessment?.flags).toEqual(['gray-zone']);
  });

  it('check-ins: pain, red flags and missing fields round-trip', async () => {
    const athleteId = await runner();
    const c = await repos().checkins.add({
      athleteId,
      date: '2026-12-09',
      sleepHours: 4,
      restingHr: 58,
      pain: { location: 'left knee', score: 3 },
      redFlags: ['dizziness'],
    });
    expect(c).toMatchObject({
      sleepHours: 4,
      pain: { location: 'left knee', score: 3 },
      redFlags: ['dizziness'],
    });
    expect(c).not.toHaveProperty('hrv');
    const quiet = await repos().checkins.add({ athleteId, date: '2026-12-10', sleepHours: 8 });
    expect(quiet.redFlags).toEqual([]);
    expect(quiet).not.toHaveProperty('pain');
    expect(await repos().checkins.list(athleteId, { from: '2026-12-10' })).toEqual([quiet]);
  });

  it('decisions: the audit log keeps rule, before/after and reasons; status changes per runner', async () => {
    const athleteId = await runner();
    const d = await repos().decisions.add({
      athleteId,
      rule: 'readiness.two-bad-nights',
      date: '2026-12-10',
      action: 'downgrade_session',
      before: { kind: 'tempo', minutes: 50 },
      after: { kind: 'easy', minutes: 40 },
      reasons: [{ code: 'SLEEP_SHORT_TWO_NIGHTS', facts: { sleepHours: [4, 5] } }],
      status: 'proposed',
      inputs: { checkins: 2 },
    });
    expect(d).toMatchObject({
      status: 'proposed',
      before: { kind: 'tempo' },
      reasons: [{ code: 'SLEEP_SHORT_TWO_NIGHTS' }],
    });
    const other = await runner('Ben');
    expect(await repos().decisions.setStatus(other, d.id, 'accepted')).toBeUndefined();
    expect(await repos().decisions.setStatus(athleteId, d.id, 'accepted')).toMatchObject({
      status: 'accepted',
    });
    expect((await repos().decisions.list(athleteId)).map((x) => x.status)).toEqual(['accepted']);
  });

  it('fitness: history is ordered and current() is the latest on or before a date', async () => {
    const athleteId = await runner();
    await repos().fitness.add({
      athleteId,
      date: '2026-12-01',
      vdot: 45.2,
      source: 'race',
      evidence: { race: '5k' },
    });
    await repos().fitness.add({ athleteId, date: '2027-01-10', vdot: 46.4, source: 'workout' });
    expect((await repos().fitness.history(athleteId)).map((s) => s.vdot)).toEqual([45.2, 46.4]);
    expect((await repos().fitness.current(athleteId))?.vdot).toBe(46.4);
    expect((await repos().fitness.current(athleteId, '2026-12-31'))?.vdot).toBe(45.2);
    expect(await repos().fitness.current(athleteId, '2026-11-01')).toBeUndefined();
  });

  it('goals: setting a new goal keeps the old one inactive', async () => {
    const athleteId = await runner();
    await repos().goals.setActive({ athleteId, distance: 'half', raceDate: '2027-04-18' });
    const marathon = await repos().goals.setActive({
      athleteId,
      distance: 'marathon',
      raceDate: '2027-10-10',
      targetSeconds: 12_600,
    });
    expect(await repos().goals.active(athleteId)).toEqual(marathon);
    expect((await repos().goals.list(athleteId)).map((g) => [g.distance, g.active])).toEqual([
      ['half', false],
      ['marathon', true],
    ]);
  });

  it('processed events: the first claim wins, a retry is recognised', async () => {
    expect(await repos().events.claim('telegram', 'update:1001')).toBe(true);
    expect(await repos().events.claim('telegram', 'update:1001')).toBe(false);
    expect(await repos().events.claim('twilio', 'update:1001')).toBe(true);
  });

  it('processed events: the first outcome kept stays; find and list show it', async () => {
    const athleteId = await runner();
    expect(await repos().events.claim('api', `${athleteId}:k`, athleteId)).toBe(true);
    expect(await repos().events.find('api', `${athleteId}:k`)).toMatchObject({ outcome: null });
    expect(await repos().events.keepOutcome('api', `${athleteId}:k`, { replies: ['first'] })).toEqual({
      replies: ['first'],
    });
    expect(await repos().events.keepOutcome('api', `${athleteId}:k`, { replies: ['second'] })).toEqual({
      replies: ['first'],
    });
    const found = await repos().events.find('api', `${athleteId}:k`);
    expect(found).toMatchObject({ source: 'api', outcome: { replies: ['first'] } });
    expect(found!.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(await repos().events.find('api', 'unknown')).toBeUndefined();
    expect((await repos().events.list(athleteId)).map((e) => e.key)).toEqual([`${athleteId}:k`]);
  });

  it('unit of work: a failure halfway leaves nothing written', async () => {
    const athleteId = await runner();
    const uow = createUnitOfWork(ctx.handle.db);
    await expect(
      uow.run(async (r) => {
        await r.activities.add({ athleteId, date: '2026-12-08', durationSeconds: 1800, source: 'chat' });
        await r.events.claim('api', 'key-1');
        await r.checkins.add({ athleteId, date: '2026-12-08', pain: { score: 12 } });
      }),
    ).rejects.toThrow();
    expect(await repos().activities.list(athleteId)).toEqual([]);
    expect(await repos().events.claim('api', 'key-1')).toBe(true);
    const ok = await uow.run(async (r) =>
      r.activities.add({ athleteId, date: '2026-12-08', durationSeconds: 1800, source: 'chat' }),
    );
    expect(await repos().activities.list(athleteId)).toEqual([ok]);
  });
});
