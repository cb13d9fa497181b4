/** Chat onboarding in miles, on both databases: a runner who picks miles is asked for miles. */
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { METERS_PER_MILE } from '../../../coach/rules/units/race-distance.js';
import { coachDeps, newChatRunner } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const START = '2026-12-07';

describeEachDatabase('chat onboarding units', (ctx) => {
  const deps = (): CoachDeps => coachDeps(ctx.handle, { now: () => new Date(`${START}T08:00:00Z`) });
  async function say(athleteId: string, text: string): Promise<string> {
    const out = await handleMessage(deps(), { athleteId, text, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return out.value.replies.map((r) => r.text).join('\n');
  }

  it('asks a runner who chose miles for weekly miles and reads the answer as miles', async () => {
    const athlete = await newChatRunner(deps(), { name: 'Mo', timezone: 'UTC' });
    await say(athlete.id, 'miles');
    for (const answer of ['no race', 'half', '2027-04-18']) await say(athlete.id, answer);
    const volume = await say(athlete.id, 'tue thu sat sun');
    expect(volume).toContain('How much do you run per week right now, in miles or minutes?');
    expect(volume).not.toMatch(/\bkm\b/);
    const confirmed = await say(athlete.id, '20');
    expect(confirmed).toContain('20 mi a week');
    const stored = await deps().repositories.athletes.findById(athlete.id);
    expect(stored?.units).toBe('mi');
    expect(stored!.state.onboarding?.weeklyKm).toBeCloseTo((20 * METERS_PER_MILE) / 1000, 6);
  });

  it('keeps asking in km for a runner who chose kilometres', async () => {
    const athlete = await newChatRunner(deps(), { name: 'Ka', timezone: 'UTC' });
    await say(athlete.id, 'km');
    for (const answer of ['no race', 'half', '2027-04-18']) await say(athlete.id, answer);
    expect(await say(athlete.id, 'tue thu sat sun')).toContain('in km or minutes?');
  });
});
