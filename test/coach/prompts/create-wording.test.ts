import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../coach/prompts/coach-message.js';
import { createWording } from '../../../coach/prompts/create-wording.js';
import type { WordingEvent } from '../../../coach/prompts/llm/llm-wording.js';
import type { FakeOpenAiServer } from '../../fakes/openai-server.js';
import { startFakeOpenAiServer } from '../../fakes/openai-server.js';

const HELP: CoachMessage = { kind: 'help' };

describe('createWording', () => {
  let fake: FakeOpenAiServer;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer(() => ({ text: 'Ask me for today, this week or your paces!' }));
  });
  afterAll(() => fake.close());

  it('uses templates when no LLM is configured', async () => {
    for (const settings of [{}, { llm: { model: 'x' } }]) {
      const r = await createWording(settings).word({ message: HELP, persona: 'hype', channel: 'chat' });
      expect(r.source).toBe('template');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('uses the configured OpenAI-compatible server (no key needed), streaming or not', async () => {
    for (const stream of [false, true]) {
      const events: WordingEvent[] = [];
      const w = createWording({
        llm: { baseURL: fake.baseURL, model: 'llama-test', stream },
        onEvent: (e) => events.push(e),
      });
      const r = await w.word({ message: HELP, persona: 'hype', channel: 'telegram' });
      expect(r).toEqual({ text: 'Ask me for today, this week or your paces!', options: [], source: 'llm' });
      expect(events).toEqual([{ type: 'llm_used', kind: 'help', channel: 'telegram' }]);
      expect(fake.requests.at(-1)?.body).toMatchObject({ model: 'llama-test' });
      expect(fake.requests.at(-1)?.headers['authorization']).toBe('Bearer not-needed');
    }
  });
});
