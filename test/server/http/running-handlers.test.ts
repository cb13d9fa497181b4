import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { trackRunningHandlers } from '../../../server/http/running-handlers.js';

/** A promise and the function that resolves it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('trackRunningHandlers', () => {
  it('closing waits for a handler whose client hung up, and only for it', async () => {
    const app = Fastify();
    const tracker = trackRunningHandlers(app);
    const entered = deferred();
    const release = deferred();
    const order: string[] = [];
    app.get('/slow', async () => {
      entered.resolve();
      await release.promise;
      order.push('handler finished');
      return { ok: true };
    });
    app.get('/sync', (_request, reply) => void reply.send({ ok: true }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    expect((await fetch(`http://127.0.0.1:${port}/sync`)).status).toBe(200);
    expect(tracker.running()).toBe(0);

    const hungUp = new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/slow' });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.end();
      void entered.promise.then(() => req.destroy());
    });
    await hungUp;
    expect(tracker.running()).toBe(1);
    const closed = app.close().then(() => order.push('closed'));
    // Long enough for Fastify's close alone to finish: no socket is open any more.
    await tick(200);
    expect(order).toEqual([]);
    release.resolve();
    await closed;
    expect(order).toEqual(['handler finished', 'closed']);
    expect(tracker.running()).toBe(0);
  });

  it('a handler that throws is counted out too', async () => {
    const app = Fastify();
    const tracker = trackRunningHandlers(app);
    app.get('/fails', async () => {
      throw new Error('boom');
    });
    const res = await app.inject({ method: 'GET', url: '/fails' });
    expect(res.statusCode).toBe(500);
    expect(tracker.running()).toBe(0);
    await app.close();
  });
});
