import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeOpenAiServer } from './openai-server.js';
import { startFakeOpenAiServer } from './openai-server.js';

describe('fake OpenAI-compatible server', () => {
  let fake: FakeOpenAiServer;
  let client: OpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer();
    client = new OpenAI({ baseURL: fake.baseURL, apiKey: 'test-key', maxRetries: 0 });
  });
  afterAll(() => fake.close());

  const ask = (stream: boolean) =>
    stream
      ? client.chat.completions.create({
          model: 'fake-1',
          messages: [{ role: 'user', content: 'hi' }],
          stream: true,
        })
      : client.chat.completions.create({ model: 'fake-1', messages: [{ role: 'user', content: 'hi' }] });

  it('listens on loopback', () => {
    expect(fake.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it('answers a completion and records the request', async () => {
    fake.script((req) => ({ text: `echo ${req.body.messages?.[0]?.content ?? ''}` }));
    const before = fake.requests.length;
    const res = await client.chat.completions.create({
      model: 'fake-1',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.choices[0]?.message.content).toBe('echo hi');
    const rec = fake.requests[before]!;
    expect(rec.method).toBe('POST');
    expect(rec.path).toBe('/v1/chat/completions');
    expect(rec.body.model).toBe('fake-1');
    expect(rec.headers['authorization']).toBe('Bearer test-key');
  });

  it('streams SSE chunks that the SDK reassembles, ending with [DONE]', async () => {
    fake.script(() => ({ text: 'Easy run today, enjoy it.', chunks: 4 }));
    const stream = await client.chat.completions.create({
      model: 'fake-1',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    let text = '';
    let chunks = 0;
    for await (const c of stream) {
      chunks++;
      text += c.choices[0]?.delta?.content ?? '';
    }
    expect(text).toBe('Easy run today, enjoy it.');
    expect(chunks).toBeGreaterThanOrEqual(4);
    const raw = await fetch(`${fake.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'x', messages: [], stream: true }),
    });
    expect(raw.headers.get('content-type')).toContain('text/event-stream');
    expect((await raw.text()).trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('returns scripted HTTP errors', async () => {
    fake.script(() => ({ status: 503 }));
    await expect(ask(false)).rejects.toMatchObject({ status: 503 });
  });

  it('returns garbage bodies as they are', async () => {
    fake.script(() => ({ garbage: '<<not json>>' }));
    const raw = await fetch(`${fake.baseURL}/chat/completions`, { method: 'POST', body: '{}' });
    expect(await raw.text()).toBe('<<not json>>');
  });

  it('delays and stalls until the client gives up, and still closes', async () => {
    fake.script(() => ({ stall: true }));
    await expect(
      client.chat.completions.create(
        { model: 'fake-1', messages: [{ role: 'user', content: 'hi' }] },
        { timeout: 100 },
      ),
    ).rejects.toThrow(/timed out/i);
    fake.script(() => ({ text: 'late', delayMs: 300 }));
    await expect(
      client.chat.completions.create(
        { model: 'fake-1', messages: [{ role: 'user', content: 'hi' }] },
        { timeout: 50 },
      ),
    ).rejects.toThrow(/timed out/i);
    const other = await startFakeOpenAiServer(() => ({ stall: true }));
    const c2 = new OpenAI({ baseURL: other.baseURL, apiKey: 'k', maxRetries: 0 });
    const pending = c2.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] });
    const settled = pending.then(
      () => 'resolved',
      () => 'rejected',
    );
    while (other.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await other.close();
    expect(await settled).toBe('rejected');
  });

  it('answers 404 to other paths', async () => {
    const raw = await fetch(`${fake.baseURL}/models`);
    expect(raw.status).toBe(404);
  });
});
