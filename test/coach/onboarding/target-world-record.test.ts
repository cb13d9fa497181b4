/**
 * A target beyond the world record is refused wherever a plan is built from the runner's answers: the
 * onboarding use case returns the builder's code and words, and chat onboarding says why and asks for the
 * target time again.
 */
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { coachDeps, newChatRunner } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { planErrorText } from '../../../coach/prompts/templates/plan-error-words.js';

const START = '2026-12-07';
const PROFILE = {
  race: { distance: '5k', time: '25:00' },
  goal: { distance: 'half' as const, raceDate: '2027-04-18', targetTime: '55:00' },
  days: ['tue', 'thu', 'sat', 'sun'] as ('tue' | 'thu' | 'sat' | 'sun')[],
  longDay: 'sun' as const,
  weeklyKm: 30,
  level: 'intermediate' as const,
};

describeEachDatabase('a target beyond the world record', (ctx) => {
  const now = new Date(`${START}T08:00:00Z`);
  const deps = (): CoachDeps => coachDeps(ctx.handle, { now: () => now });

  it('onboarding refuses it with the code and the record, storing nothing', async () => {
    const r = await onboard(deps().unitOfWork, { name: 'Kip', timezone: 'UTC' }, PROFILE, START);
    expect(r).toMatchObject({ ok: false, code: 'TARGET_BEYOND_WORLD_RECORD' });
    if (r.ok) return;
    expect(planErrorText(r.code, r.facts)).toMatch(
      /55:00 is faster than the world record for the distance \(56:42\)/,
    );
  });

  it('chat onboarding says why and asks for the target time again', async () => {
    const athlete = await newChatRunner(deps(), { name: 'Kip', timezone: 'UTC' });
    const answers = [
      'km',
      '5k in 25:00',
      'half',
      '2027-04-18',
      'tue thu sat sun',
      '30 km',
      'intermediate',
      'target 55:00, 41, no injuries, best friend',
    ];
    let texts: string[] = [];
    for (const text of answers) {
      const out = await handleMessage(deps(), { athleteId: athlete.id, text, channel: 'chat' });
      if (!out.ok) throw new Error(out.code);
      texts = out.value.replies.map((r) => r.text);
    }
    const reply = texts.join('\n');
    expect(reply).toMatch(/faster than the world record for the distance \(56:42\)/);
    expect(reply).not.toMatch(/stretch/i);
    // The question asked again is the target time one (retryStepFor: TARGET → 'target-time').
    expect(texts.at(-1)).toMatch(/Do you have a target time/);
    const plan = await deps().repositories.plans.active(athlete.id);
    expect(plan).toBeUndefined();
  });
});
