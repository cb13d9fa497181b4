/**
 * A stop while a handler still runs for a client that hung up: the message (with an idempotency key) is
 * held at the LLM behind its wording, the client gives up and closes its connection, then SIGTERM comes.
 * With no socket left open, closing the HTTP server alone would let the database close under the handler
 * (its reply never kept with the key); the service waits for the handler (`server/http/running-handlers.ts`,
 * installed by `buildApp`), exits 0, and after a restart a repeat of the key replays the reply the coach
 * worded for the client that left, with nothing worded again. On PostgreSQL, the service as `npm start` runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer } from '../fakes/openai-server.js';
import { createRunnerOverHttp } from '../helpers/app.js';
import { createScratchPostgres, engines } from '../helpers/database.js';
import { PROCESS_TEST_TIMEOUT_MS, startServer } from '../helpers/process.js';
import { until } from '../helpers/until.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.runIf(engines().includes('postgres'))(
  'SIGTERM while a handler runs for a client that hung up',
  { timeout: PROCESS_TEST_TIMEOUT_MS * 2 },
  () => {
    it('waits for the handler, exits 0, and the reply is kept with its key', async () => {
      const scratch = await createScratchPostgres('runloop_gone');
      const dataDir = mkdtempSync(join(tmpdir(), 'runloop-gone-'));
      dirs.push(dataDir);
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      const llm = await startFakeOpenAiServer(async () => {
        await released;
        return { text: 'Logged your 8k, nicely paced.' };
      });
      const env = {
        DATABASE_URL: scratch.url,
        DATA_DIR: dataDir,
        LLM_BASE_URL: llm.baseURL,
        LLM_MODEL: 'held',
      };
      try {
        const server = await startServer(env, { command: 'production', detached: true });
        const id = await createRunnerOverHttp(server.baseUrl, { name: 'Gone' });
        const send = (baseUrl: string, signal?: AbortSignal) =>
          fetch(`${baseUrl}/api/athletes/${id}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': 'gone-1' },
            body: JSON.stringify({ text: 'ran 8k in 45:10 rpe 4' }),
            ...(signal ? { signal } : {}),
          });

        const worded = llm.requests.length;
        const client = new AbortController();
        const abandoned = send(server.baseUrl, client.signal).catch((error: unknown) => error);
        await until(() => llm.requests.length > worded, 'the message to reach the wording');
        client.abort();
        expect(await abandoned).toBeInstanceOf(Error);

        const exited = server.stopGroup('SIGTERM');
        await until(() => server.output().includes('shutting down'), 'the server to start shutting down');
        release();
        expect(await exited, server.output()).toBe(0);
        expect(server.output()).not.toMatch(/CONNECTION_ENDED|killed by timeout/);

        const again = await startServer(env, { command: 'production' });
        try {
          const wordedBefore = llm.requests.length;
          const repeat = await send(again.baseUrl);
          expect(repeat.status).toBe(200);
          expect(repeat.headers.get('idempotent-replayed')).toBe('true');
          const body = (await repeat.json()) as { replies: { text: string }[] };
          expect(body.replies.length).toBeGreaterThan(0);
          // Replayed as kept: nothing worded again.
          expect(llm.requests.length).toBe(wordedBefore);
        } finally {
          expect(await again.stop('SIGTERM')).toBe(0);
        }
      } finally {
        release();
        await llm.close();
        await scratch.drop();
      }
    });
  },
);
