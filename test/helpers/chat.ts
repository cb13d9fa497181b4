/**
 * A runner chatting with the coach over HTTP, for route tests on each database: one app per suite on a
 * clock the test moves (each message sets it to the message's time), a runner created with the sample
 * profile, and `send` that expects 200 and returns the reply body.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DatabaseHandle } from '../../db/client.js';
import { SAMPLE_PROFILE, buildTestApp, coachDeps } from './app.js';

export interface ChatOverHttp {
  /** The app (set once the suite's `beforeAll` ran). */
  readonly app: () => FastifyInstance;
  /** Sets the coach's clock (ISO timestamp). */
  readonly at: (iso: string) => void;
  /** Creates a runner from `SAMPLE_PROFILE` (plus `fields`) and returns its id. */
  readonly runner: (fields?: Record<string, unknown>) => Promise<string>;
  /** Sends `text` as sent at `at` (the clock moves there) and returns the reply body. */
  readonly send: <T = { replies: { text: string }[] }>(id: string, text: string, at: string) => Promise<T>;
}

/**
 * Registers the suite's app and returns the chat helpers.
 *
 * @example
 * const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
 * const id = await chat.runner({ persona: 'best-friend' });
 * await chat.send(id, 'ran 5k in 27 min', '2026-12-08T18:00:00Z');
 */
export function chatOverHttp(ctx: { readonly handle: DatabaseHandle }, start: string): ChatOverHttp {
  let app: FastifyInstance | undefined;
  let now = new Date(start);
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, { coach: coachDeps(ctx.handle, { now: () => now }) });
  });
  afterAll(async () => app?.close());
  const current = (): FastifyInstance => {
    if (app === undefined) throw new Error('chatOverHttp: the app is built in beforeAll');
    return app;
  };
  return {
    app: current,
    at: (iso) => {
      now = new Date(iso);
    },
    runner: async (fields = {}) => {
      const created = await current().inject({
        method: 'POST',
        url: '/api/athletes',
        payload: {
          name: 'Ana',
          timezone: 'Europe/Lisbon',
          maxHr: 188,
          restingHr: 52,
          age: 41,
          ...SAMPLE_PROFILE,
          ...fields,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      return (created.json() as { id: string }).id;
    },
    send: async <T>(id: string, text: string, at: string): Promise<T> => {
      now = new Date(at);
      const res = await current().inject({
        method: 'POST',
        url: `/api/athletes/${id}/messages`,
        payload: { text, at },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as T;
    },
  };
}
