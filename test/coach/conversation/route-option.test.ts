/** Chosen options on both databases: each handled as that choice; one that no longer applies stores nothing. */
import { expect, it } from 'vitest';
import { handleMessage, openConversation, type ChosenOption } from '../../../coach/channel.js';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const START = '2026-12-07';
const PROFILE = SAMPLE_ONBOARDING_PROFILE;

describeEachDatabase('routeOption', (ctx) => {
  const deps = (): CoachDeps => coachDeps(ctx.handle, { now: () => new Date(`${START}T08:00:00Z`) });
  async function runner() {
    const r = await onboard(deps().unitOfWork, { name: 'Ana', timezone: 'UTC' }, PROFILE, START);
    if (!r.ok) throw new Error(r.code);
    return r.value.athlete.id;
  }
  async function choose(athleteId: string, option: ChosenOption) {
    const out = await handleMessage(deps(), { athleteId, input: { option }, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return out.value;
  }
  const say = async (athleteId: string, text: string) => {
    const out = await handleMessage(deps(), { athleteId, input: { text }, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return out.value;
  };

  it('No to "delete everything?" cancels and keeps the runner; Yes deletes', async () => {
    const id = await runner();
    const asked = await say(id, 'delete my account');
    expect(asked.replies[0]!.options.map((o) => o.option)).toEqual([
      { kind: 'confirm', answer: 'yes' },
      { kind: 'confirm', answer: 'no' },
    ]);
    const no = await choose(id, { kind: 'confirm', answer: 'no' });
    expect(no.replies[0]!.text).toMatch(/Nothing was deleted/);
    expect(await deps().repositories.athletes.findById(id)).toBeDefined();
    // The question is closed: a late Yes is refused and deletes nothing.
    const late = await choose(id, { kind: 'confirm', answer: 'yes' });
    expect(late.events).toEqual([{ type: 'option_stale', option: 'confirm', code: 'NOTHING_TO_CONFIRM' }]);
    expect(await deps().repositories.athletes.findById(id)).toBeDefined();
    await say(id, 'delete my account');
    const yes = await choose(id, { kind: 'confirm', answer: 'yes' });
    expect(yes.events).toEqual([{ type: 'athlete_deleted' }]);
    expect(await deps().repositories.athletes.findById(id)).toBeUndefined();
  });

  it('a persona option changes the voice; an onboarding choice after onboarding is refused', async () => {
    const id = await runner();
    const hype = await choose(id, { kind: 'persona', persona: 'hype' });
    expect(hype.events).toEqual([{ type: 'persona_changed', persona: 'hype' }]);
    expect((await deps().repositories.athletes.findById(id))!.persona).toBe('hype');
    const units = await choose(id, { kind: 'units', units: 'mi' });
    expect(units.events).toEqual([{ type: 'option_stale', option: 'units', code: 'ONBOARDING_DONE' }]);
    expect((await deps().repositories.athletes.findById(id))!.units).toBe('km');
    // Worded in the runner's voice.
    expect(units.replies[0]!.text).toMatch(/already done its job/);
  });

  it('coaching options wait until onboarding is done; onboarding choices fill their slot', async () => {
    const opened = await openConversation(
      deps(),
      { channel: 'telegram', chatId: 77 },
      { name: 'Bo', timezone: 'UTC' },
    );
    if (!opened.ok) throw new Error(opened.code);
    const id = opened.value.athleteId;
    const early = await choose(id, { kind: 'rpe', value: 5 });
    expect(early.events).toEqual([{ type: 'option_stale', option: 'rpe', code: 'ONBOARDING_FIRST' }]);
    expect(early.replies.at(-1)!.text).toContain('Kilometres or miles?');
    await choose(id, { kind: 'units', units: 'km' });
    const raced = await choose(id, { kind: 'none', step: 'race' });
    expect(raced.replies.at(-1)!.text).toContain('What are you training for?');
    const goal = await choose(id, { kind: 'goal', goal: 'fitness' });
    // General fitness has no race date: the days come next.
    expect(goal.replies.at(-1)!.text).toMatch(/Which days can you run/);
  });
});
