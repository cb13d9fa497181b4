/**
 * Closing waits for every route handler still running. Fastify's `close` resolves once no socket is open,
 * but a handler whose client hung up mid-request is still working (a message's unit of work, a phone
 * turn): closing the database under it fails its queries (`CONNECTION_ENDED`) and its transaction rolls
 * back. Every handler that returns a promise is counted from its start to its settling, and `onClose`
 * waits until none runs, so whoever closes the database after `app.close()` closes it under no one. The
 * grace period of the stop bounds the wait.
 */
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Counts the handlers of every route added after it; `app.close()` resolves only once none runs. */
export function trackRunningHandlers(app: FastifyInstance): { running(): number } {
  let running = 0;
  let drained: (() => void) | undefined;
  const settled = () => {
    running--;
    if (running === 0) drained?.();
  };
  app.addHook('onRoute', (route) => {
    const handler = route.handler as RouteHandlerMethod;
    route.handler = function tracked(this: FastifyInstance, request, reply) {
      const result: unknown = handler.call(this, request, reply);
      if (!isThenable(result)) return result;
      running++;
      result.then(settled, settled);
      return result;
    } as RouteHandlerMethod;
  });
  app.addHook('onClose', async () => {
    if (running === 0) return;
    await new Promise<void>((resolve) => (drained = resolve));
  });
  return { running: () => running };
}
