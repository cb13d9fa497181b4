/**
 * A runner deleting themselves through the front door is in the audit log, in the delete's own unit of
 * work: as the channel (`terminal`) by default, as the caller the channel names otherwise.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { handleMessage } from '../../../coach/channel.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { rows } from '../../../db/migrate.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('deletes through the front door are audited', (ctx) => {
  const now = new Date('2026-12-08T07:30:00Z');
  async function runner(name: string): Promise<string> {
    const made = await onboard(
      coachDeps(ctx.handle).unitOfWork,
      { name, timezone: 'UTC', units: 'km' },
      SAMPLE_ONBOARDING_PROFILE,
      '2026-12-07',
    );
    if (!made.ok) throw new Error(made.code);
    return made.value.athlete.id;
  }
  const say = (athleteId: string, text: string, actor?: 'runner-token') =>
    handleMessage(coachDeps(ctx.handle, { now: () => now }), {
      athleteId,
      input: { text },
      channel: 'terminal',
      at: now,
      ...(actor ? { actor } : {}),
    });
  const audit = async () =>
    rows(await ctx.handle.db.execute(sql`select actor, action, athlete_id from audit_log order by at`));

  it('records the delete as the channel, or as the named caller; asking alone records nothing', async () => {
    const ana = await runner('Ana');
    const ben = await runner('Ben');
    await say(ana, 'delete my data');
    expect(await audit()).toEqual([]);
    const deleted = await say(ana, 'yes');
    expect(deleted.ok && deleted.value.events).toContainEqual({ type: 'athlete_deleted' });
    await say(ben, 'delete my data');
    await say(ben, 'yes', 'runner-token');
    expect(await audit()).toEqual([
      { actor: 'terminal', action: 'delete', athlete_id: ana },
      { actor: 'runner-token', action: 'delete', athlete_id: ben },
    ]);
  });
});
