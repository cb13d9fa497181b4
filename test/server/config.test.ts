import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseConfig } from '../../server/config.js';
import { defaultPoolSize } from '../../db/pool-size.js';

describe('parseConfig', () => {
  it('defaults to loopback:3000 on the embedded database in ./data', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        host: '127.0.0.1',
        port: 3000,
        dataDir: './data',
        dataDirFsync: true,
        planCacheEntries: 256,
        databasePoolSize: defaultPoolSize(),
        logLevel: 'info',
        nightly: { fromHour: 3, intervalMs: 300_000 },
      },
    });
  });

  it('reads every variable it knows and treats empty strings as unset', () => {
    const result = parseConfig({
      HOST: '::1',
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/runloop',
      DATA_DIR: '/var/lib/runloop',
      DATA_DIR_FSYNC: 'off',
      PLAN_CACHE_ENTRIES: '0',
      DATABASE_POOL_SIZE: '6',
      LOG_LEVEL: 'debug',
      API_TOKEN: 'a-long-random-token-value',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        host: '::1',
        port: 8080,
        databaseUrl: 'postgres://postgres@127.0.0.1:5432/runloop',
        dataDir: '/var/lib/runloop',
        dataDirFsync: false,
        planCacheEntries: 0,
        databasePoolSize: 6,
        logLevel: 'debug',
        apiToken: 'a-long-random-token-value',
        nightly: { fromHour: 3, intervalMs: 300_000 },
      },
    });
    expect(parseConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ ok: true, config: { port: 3000 } });
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: .*whole number.*\(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ PORT: '-1' }, /^PORT: /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ DATA_DIR_FSYNC: 'yes' }, /^DATA_DIR_FSYNC: /],
    [{ DATABASE_POOL_SIZE: '0' }, /^DATABASE_POOL_SIZE: expected 1–100/],
    [{ PLAN_CACHE_ENTRIES: '-1' }, /^PLAN_CACHE_ENTRIES: .*whole number/],
    [{ PLAN_CACHE_ENTRIES: '100001' }, /^PLAN_CACHE_ENTRIES: expected 0–100000/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: expected a postgres/],
    [{ API_TOKEN: 'short' }, /^API_TOKEN: expected at least 16 characters/],
    [{ HOST: '0.0.0.0' }, /^HOST: 0\.0\.0\.0 accepts connections from other machines; set API_TOKEN/],
  ])('%o is refused with one line naming the variable', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message).not.toContain('\n');
  });

  it('turns on LLM wording with a base URL and model, or an OpenAI key alone', () => {
    expect(parseConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.1' })).toMatchObject({
      ok: true,
      config: {
        llm: { baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.1', stream: false },
      },
    });
    expect(parseConfig({ OPENAI_API_KEY: 'sk-test', LLM_STREAM: 'true' })).toMatchObject({
      ok: true,
      config: { llm: { apiKey: 'sk-test', stream: true } },
    });
    expect(parseConfig({})).toMatchObject({ ok: true, config: {} });
    expect(parseConfig({}).ok && 'llm' in (parseConfig({}) as { config: object }).config).toBe(false);
  });

  it.each([
    [{ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }, /^LLM_MODEL: required when LLM_BASE_URL is set/],
    [{ LLM_BASE_URL: 'ftp://x', LLM_MODEL: 'm' }, /^LLM_BASE_URL: expected an http\(s\) URL/],
    [{ LLM_STREAM: 'maybe' }, /^LLM_STREAM: expected true or false/],
  ])('refuses LLM settings %o with one line', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('never echoes a secret it refuses', () => {
    const result = parseConfig({ API_TOKEN: 'sekrit', DATABASE_URL: 'mysql://user:hunter2@db' });
    expect(JSON.stringify(result)).not.toMatch(/sekrit|hunter2/);
  });

  it('allows a non-loopback HOST when an API token is set', () => {
    expect(parseConfig({ HOST: '0.0.0.0', API_TOKEN: 'a-long-random-token-value' }).ok).toBe(true);
  });

  it('turns on the browser call page with its four Twilio values and PUBLIC_BASE_URL (more in config-call-page.test.ts)', () => {
    const result = parseConfig({
      PUBLIC_BASE_URL: 'https://coach.example.org',
      TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`,
      TWILIO_API_KEY: `SK${'2'.repeat(32)}`,
      TWILIO_API_SECRET: 'an-api-key-secret-of-32-chars-xx',
      TWILIO_TWIML_APP_SID: `AP${'3'.repeat(32)}`,
    });
    expect(result).toMatchObject({ ok: true, config: { callPage: { twimlAppSid: `AP${'3'.repeat(32)}` } } });
    expect(parseConfig({ TWILIO_API_KEY: `SK${'2'.repeat(32)}` })).toMatchObject({ ok: false });
  });

  it('knows which hosts are loopback', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.4', 'example.org'].some(isLoopbackHost)).toBe(false);
  });
});

describe('parseConfig: the phone line', () => {
  const TWILIO = '0123456789abcdef0123456789abcdef';

  it('is off without TWILIO_AUTH_TOKEN', () => {
    const result = parseConfig({ PUBLIC_BASE_URL: 'https://coach.example.org' });
    expect(result.ok && result.config.phone).toBeUndefined();
  });

  it('TWILIO_AUTH_TOKEN with PUBLIC_BASE_URL turns it on, with the default voice and language', () => {
    expect(
      parseConfig({ TWILIO_AUTH_TOKEN: TWILIO, PUBLIC_BASE_URL: 'https://coach.example.org/' }),
    ).toMatchObject({
      ok: true,
      config: {
        publicBaseUrl: 'https://coach.example.org',
        phone: {
          authToken: TWILIO,
          publicBaseUrl: 'https://coach.example.org',
          voice: 'Polly.Joanna',
          speechLanguage: 'en-US',
        },
      },
    });
  });

  it('reads TWILIO_VOICE and TWILIO_SPEECH_LANGUAGE', () => {
    const result = parseConfig({
      TWILIO_AUTH_TOKEN: TWILIO,
      PUBLIC_BASE_URL: 'https://coach.example.org/runloop',
      TWILIO_VOICE: 'Polly.Mía-Generative',
      TWILIO_SPEECH_LANGUAGE: 'en-GB',
    });
    expect(result.ok && result.config.phone).toEqual({
      authToken: TWILIO,
      publicBaseUrl: 'https://coach.example.org/runloop',
      voice: 'Polly.Mía-Generative',
      speechLanguage: 'en-GB',
    });
  });

  it.each([
    [{ TWILIO_AUTH_TOKEN: TWILIO }, /^PUBLIC_BASE_URL: required when TWILIO_AUTH_TOKEN is set/],
    [
      { TWILIO_AUTH_TOKEN: 'not-a-token', PUBLIC_BASE_URL: 'https://c.example.org' },
      /^TWILIO_AUTH_TOKEN: expected the 32-character Auth Token/,
    ],
    [{ TWILIO_VOICE: 'Polly.Joanna' }, /^TWILIO_VOICE: set TWILIO_AUTH_TOKEN too, or remove it$/],
    [
      { TWILIO_SPEECH_LANGUAGE: 'en-US' },
      /^TWILIO_SPEECH_LANGUAGE: set TWILIO_AUTH_TOKEN too, or remove it$/,
    ],
    [
      {
        TWILIO_AUTH_TOKEN: TWILIO,
        PUBLIC_BASE_URL: 'https://c.example.org',
        TWILIO_VOICE: 'a voice with spaces',
      },
      /^TWILIO_VOICE: expected a Twilio <Say> voice like Polly\.Joanna/,
    ],
    [
      {
        TWILIO_AUTH_TOKEN: TWILIO,
        PUBLIC_BASE_URL: 'https://c.example.org',
        TWILIO_SPEECH_LANGUAGE: 'English',
      },
      /^TWILIO_SPEECH_LANGUAGE: expected a language tag like en-US/,
    ],
  ])('%o is refused with one line naming the variable', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message).not.toContain('\n');
  });

  it('never echoes the auth token it refuses', () => {
    const result = parseConfig({
      TWILIO_AUTH_TOKEN: 'hunter2-the-token',
      PUBLIC_BASE_URL: 'https://c.example.org',
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});
