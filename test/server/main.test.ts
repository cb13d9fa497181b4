import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedMigrations } from '../../db/migrate.js';
import { createScratchPostgres, engines } from '../helpers/database.js';
import { PROCESS_TEST_TIMEOUT_MS, runUntilExit, startServer } from '../helpers/process.js';
import { startFakeOpenAiServer } from '../fakes/openai-server.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-main-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function createAthlete(baseUrl: string, name: string) {
  const res = await fetch(`${baseUrl}/api/athletes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, timezone: 'Europe/Lisbon' }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; name: string };
}

describe('server process on the embedded database [pglite]', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('answers /health, keeps an athlete across a restart, and stops cleanly on SIGTERM', async () => {
    const DATA_DIR = tempDir();
    const first = await startServer({ DATA_DIR });
    expect((await fetch(`${first.baseUrl}/health`)).status).toBe(200);
    expect(await (await fetch(`${first.baseUrl}/ready`)).json()).toMatchObject({ database: 'pglite' });
    const athlete = await createAthlete(first.baseUrl, 'Rita');
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('shutting down');

    const second = await startServer({ DATA_DIR });
    const res = await fetch(`${second.baseUrl}/api/athletes/${athlete.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(athlete);
    expect(await second.stop('SIGINT')).toBe(0);
  });
});

describe(
  'server process with LLM wording configured by environment',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('words replies through the OpenAI-compatible server at LLM_BASE_URL, and falls back to templates', async () => {
      const fake = await startFakeOpenAiServer(() => ({
        text: 'Hey Rita, good to hear from you! Ask me about today, or tell me how your run went.',
      }));
      const server = await startServer({
        DATA_DIR: tempDir(),
        LLM_BASE_URL: fake.baseURL,
        LLM_MODEL: 'coach-test',
      });
      try {
        expect(server.output()).toContain('LLM wording on');
        const athlete = await createAthlete(server.baseUrl, 'Rita');
        const say = async (text: string) => {
          const res = await fetch(`${server.baseUrl}/api/athletes/${athlete.id}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
          });
          expect(res.status).toBe(200);
          return (await res.json()) as { replies: { text: string }[] };
        };
        const hello = await say('hello coach');
        expect(hello.replies[0]?.text).toBe(
          'Hey Rita, good to hear from you! Ask me about today, or tell me how your run went.',
        );
        expect(fake.requests.at(-1)?.body.model).toBe('coach-test');

        // A model that invents a number is overruled by the template.
        fake.script(() => ({
          text: 'Hey Rita! Go run 20 x 400 m at 3:00/km today, because speed is everything.',
        }));
        const overruled = await say('hello coach');
        expect(overruled.replies[0]?.text).not.toContain('3:00');
        expect(overruled.replies[0]?.text).toContain('Rita');
      } finally {
        await server.stop();
        await fake.close();
      }
    });
  },
);

describe('graceful shutdown of the server process', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  // A slow request on demand: the LLM behind the wording answers only after a delay (or never).
  async function slowServer(answer: Parameters<typeof startFakeOpenAiServer>[0]) {
    const fake = await startFakeOpenAiServer(answer);
    const server = await startServer({ DATA_DIR: tempDir(), LLM_BASE_URL: fake.baseURL, LLM_MODEL: 'slow' });
    const athlete = await createAthlete(server.baseUrl, 'Tess');
    const inFlight = () =>
      fetch(`${server.baseUrl}/api/athletes/${athlete.id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'hello coach' }),
      });
    const waitForRequest = async () => {
      while (fake.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    };
    return { fake, server, inFlight, waitForRequest };
  }

  it('SIGTERM lets the request in flight finish, then exits 0', async () => {
    const { fake, server, inFlight, waitForRequest } = await slowServer(() => ({
      text: 'Hey Tess, good to hear from you! Ask me about today, or tell me how your run went.',
      delayMs: 1500,
    }));
    try {
      const pending = inFlight();
      await waitForRequest();
      const exited = server.stop('SIGTERM');
      const res = await pending;
      expect(res.status).toBe(200);
      expect(((await res.json()) as { replies: { text: string }[] }).replies[0]?.text).toContain('Tess');
      expect(await exited, server.output()).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it('a second SIGINT exits at once, without waiting for the request in flight', async () => {
    const { fake, server, inFlight, waitForRequest } = await slowServer(() => ({ stall: true }));
    try {
      const pending = inFlight().catch(() => undefined);
      await waitForRequest();
      server.child.kill('SIGINT');
      await new Promise((r) => setTimeout(r, 200));
      const code = await server.stop('SIGINT');
      expect(code).toBe(1);
      expect(server.output()).toMatch(/second SIGINT/);
      await pending;
    } finally {
      await fake.close();
    }
  });
});

describe(
  'server process refuses bad configuration with one line',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it.each([
      [{ PORT: 'abc' }, /^runloop: configuration error: PORT: /],
      [{ HOST: '0.0.0.0' }, /^runloop: configuration error: HOST: 0\.0\.0\.0 .*API_TOKEN/],
      [{ DATABASE_URL: 'mysql://nope' }, /^runloop: configuration error: DATABASE_URL: /],
    ])('%o', async (env, message) => {
      const result = await runUntilExit({ DATA_DIR: tempDir(), ...env });
      expect(result.code).toBe(78);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\bat .*\(|node:internal/);
    });
  },
);

describe.runIf(engines().includes('postgres'))('server process on PostgreSQL [postgres]', () => {
  it('two processes started at once both come up, migrate once, and share the data', async () => {
    const scratch = await createScratchPostgres('runloop_main');
    const env = { DATABASE_URL: scratch.url, DATA_DIR: tempDir() };
    try {
      const [a, b] = await Promise.all([startServer(env), startServer(env)]);
      const athlete = await createAthlete(a.baseUrl, 'Sam');
      const fromB = await fetch(`${b.baseUrl}/api/athletes/${athlete.id}`);
      expect(await fromB.json()).toEqual(athlete);
      expect(await (await fetch(`${b.baseUrl}/ready`)).json()).toMatchObject({ database: 'postgres' });
      const sql = postgres(scratch.url, { max: 1 });
      const [row] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
      await sql.end();
      expect(row?.n).toBe(shippedMigrations().length);
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    } finally {
      await scratch.drop();
    }
  });
});
