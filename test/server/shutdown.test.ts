/**
 * A clean stop as a supervisor does it: `npm start` in a process group of its own, several messages in
 * flight (each held at the LLM behind the wording until the signal is in), SIGTERM to the whole group (npm
 * and the server both get it, and npm forwards its copy). Every request in flight gets its full answer, the
 * process exits 0, and a restart sees every acknowledged write. On the embedded database and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer } from '../fakes/openai-server.js';
import { createRunnerOverHttp } from '../helpers/app.js';
import { createScratchPostgres, engines } from '../helpers/database.js';
import { PROCESS_TEST_TIMEOUT_MS, startServer, type StartCommand } from '../helpers/process.js';
import { until } from '../helpers/until.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-shutdown-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runners with a message each in flight when the signal comes. */
const RUNNERS = 4;

async function stopsCleanly(env: Record<string, string>, command: StartCommand) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // The wording's LLM answers nothing until the signal has reached the server: the messages stay in flight.
  const llm = await startFakeOpenAiServer(async () => {
    await released;
    return { text: 'Noted, well done.' };
  });
  const withLlm = { ...env, LLM_BASE_URL: llm.baseURL, LLM_MODEL: 'held' };
  try {
    const server = await startServer(withLlm, { command, detached: true });
    const runners: string[] = [];
    for (let i = 0; i < RUNNERS; i++)
      runners.push(await createRunnerOverHttp(server.baseUrl, { name: `Runner ${i}` }));
    const wordedBefore = llm.requests.length;

    const inFlight = runners.map((id) =>
      fetch(`${server.baseUrl}/api/athletes/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'ran 8k in 45:10 rpe 4' }),
      }),
    );
    await until(() => llm.requests.length - wordedBefore >= RUNNERS, 'every message to reach the wording');

    const exited = server.stopGroup('SIGTERM');
    await until(() => server.output().includes('shutting down'), 'the server to start shutting down');
    release();

    for (const res of await Promise.all(inFlight)) {
      expect(res.status).toBe(200);
      const body = (await res.json()) as { replies: { text: string }[] };
      expect(body.replies.length).toBeGreaterThan(0);
    }
    expect(await exited, server.output()).toBe(0);
    expect(server.output()).not.toMatch(/second SIGTERM|killed by timeout/);

    const again = await startServer(withLlm, { command });
    try {
      for (const id of runners) {
        const res = await fetch(`${again.baseUrl}/api/athletes/${id}/activities`);
        expect(res.status).toBe(200);
        expect(((await res.json()) as { km: number | null }[]).map((a) => a.km)).toEqual([8]);
      }
    } finally {
      expect(await again.stop('SIGTERM')).toBe(0);
    }
  } finally {
    release();
    await llm.close();
  }
}

describe('SIGTERM to the process group of `npm start`', { timeout: PROCESS_TEST_TIMEOUT_MS * 2 }, () => {
  it('[pglite] finishes every request in flight, exits 0, and keeps every acknowledged write', async () => {
    await stopsCleanly({ DATA_DIR: tempDir() }, 'npm');
  });

  it.runIf(engines().includes('postgres'))(
    '[postgres] finishes every request in flight, exits 0, and keeps every acknowledged write',
    async () => {
      const scratch = await createScratchPostgres('runloop_shutdown');
      try {
        await stopsCleanly({ DATABASE_URL: scratch.url, DATA_DIR: tempDir() }, 'npm');
      } finally {
        await scratch.drop();
      }
    },
  );
});
