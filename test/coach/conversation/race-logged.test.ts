/** Logging a race in chat: it is worded as a race, judged as one, and "today" shows the day done by it. */
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

// The reviewer's runner (REVIEW.md #9): a marathon plan starting on a Tuesday with an easy run.
const START = '2026-12-01';
const PROFILE = {
  race: { distance: '10k', time: '55:00' },
  goal: { distance: 'marathon' as const, raceDate: '2027-04-18' },
  days: ['tue', 'thu', 'sat', 'sun'] as ('tue' | 'thu' | 'sat' | 'sun')[],
  longDay: 'sun' as const,
  weeklyKm: 30,
  level: 'intermediate' as const,
};

describeEachDatabase('logging a race in chat', (ctx) => {
  let now = new Date(`${START}T08:00:00Z`);
  const deps = (): CoachDeps => coachDeps(ctx.handle, { now: () => now });

  async function runner() {
    const r = await onboard(deps().unitOfWork, { name: 'Ben', timezone: 'UTC' }, PROFILE, START);
    if (!r.ok) throw new Error(r.code);
    return r.value;
  }
  async function say(athleteId: string, text: string, day = START, hour = 18) {
    now = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
    const out = await handleMessage(deps(), { athleteId, text, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return out.value.replies.map((r) => r.text).join('\n');
  }

  it('"I raced a 10k today in 51:30", then "9": a race, never the easy run it replaced', async () => {
    const { athlete, plan } = await runner();
    expect(plan.sessions.find((s) => s.date === START)?.kind).toBe('easy');
    const logged = await say(athlete.id, 'I raced a 10k today in 51:30');
    const rated = await say(athlete.id, '9');
    const today = await say(athlete.id, 'today');
    expect(logged).toMatch(/^Race logged\. Tue 1 Dec: 10 km in 51:30/);
    expect(logged).toContain('That was a race');
    expect(rated).toMatch(/^Race logged\. .*RPE 9\/10/);
    for (const reply of [logged, rated]) {
      expect(reply).not.toMatch(/easy run\b/i);
      expect(reply).not.toMatch(/RPE 9 instead of/);
    }
    expect(today).toContain('Today (Tue 1 Dec): done, you raced 10 km in 51:30.');
    expect(today).toContain('easy running only through Sat 5 Dec');
    expect(today).not.toMatch(/easy run, 41 min|strides/);
  });

  it('calm check: an easy run logged that day is still the easy run, and at RPE 9 it is eased after', async () => {
    const { athlete } = await runner();
    const logged = await say(athlete.id, 'ran 6 km in 40:00');
    expect(logged).toMatch(/^Run logged\..*That was your easy run\./);
    const rated = await say(athlete.id, '9');
    expect(rated).toMatch(/easy run on Tue 1 Dec felt like RPE 9 instead of 2–4/);
  });
});
