/** When the parser understands nothing, an LLM extraction may fill in; the parser still judges it. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import OpenAI from 'openai';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { createLlmExtractor } from '../../../coach/prompts/llm/extract-intent.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/openai-server.js';
import { coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const MESSAGE = 'did the river loop with the dog, ten clicks-ish, took just under the hour';

describeEachDatabase('LLM extraction fallback', (ctx) => {
  let fake: FakeOpenAiServer;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer();
  });
  afterAll(async () => fake.close());
  const deps = () => ({
    ...coachDeps(ctx.handle, { now: () => new Date('2026-12-08T18:00:00Z') }),
    extractor: createLlmExtractor({
      client: new OpenAI({ baseURL: fake.baseURL, apiKey: 'k', maxRetries: 0 }),
      model: 'm',
    }),
  });
  async function runner() {
    const r = await onboard(
      deps().unitOfWork,
      { name: 'Ana', timezone: 'UTC' },
      {
        goal: { distance: '10k', raceDate: '2027-03-14' },
        days: ['tue', 'thu', 'sat', 'sun'],
        longDay: 'sun',
        weeklyKm: 25,
        level: 'intermediate',
      },
      '2026-12-07',
    );
    if (!r.ok) throw new Error(r.code);
    return r.value.athlete.id;
  }
  const send = async (id: string) => {
    const out = await handleMessage(deps(), { athleteId: id, text: MESSAGE, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return out.value;
  };

  it('a run the parser could not read is logged from the extraction', async () => {
    const id = await runner();
    fake.script(() => ({ text: '{"intent":"log_run","distanceKm":10,"durationMinutes":58}' }));
    const out = await send(id);
    expect(out.events.map((e) => e.type)).toContain('activity_logged');
    expect(await deps().repositories.activities.list(id)).toMatchObject([
      { distanceMeters: 10_000, durationSeconds: 3480 },
    ]);
  });

  it('an implausible extraction stores nothing and asks', async () => {
    const id = await runner();
    fake.script(() => ({ text: '{"intent":"log_run","distanceKm":10,"durationMinutes":3}' }));
    const out = await send(id);
    expect(out.events.map((e) => e.type)).toEqual(['clarification_needed']);
    expect(await deps().repositories.activities.list(id)).toEqual([]);
  });

  it('a model that is down leaves the reply at "not understood"', async () => {
    const id = await runner();
    fake.script(() => ({ status: 503 }));
    const out = await send(id);
    expect(out.events).toEqual([]);
    expect(out.replies[0]?.text).toMatch(/You can tell me/);
  });
});
