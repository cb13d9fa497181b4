/**
 * Open-loop load at a steady rate, for the flood phases of the messages suite: request `i` is due at
 * `start + i / rate` and sent then on a keep-alive agent of `connections` sockets; its latency counts from
 * when it was due, so a request that waits for a free socket (the server is behind) is charged that wait,
 * as the runner sending it would be (no coordinated omission). autocannon's `overallRate` is a per-second
 * quota sent at the start of each second (`lib/httpClient.js`): it measures bursts, not a steady rate.
 */
import { Agent, request } from 'node:http';
import { latencyOf } from './latency.js';
import type { PhaseFigures } from './messages-protocol.js';

export interface PacedOptions {
  readonly baseUrl: string;
  /** Requests per second. */
  readonly rate: number;
  readonly durationS: number;
  /** Sockets the requests share. */
  readonly connections: number;
  /** Seconds one answer may take before it counts as a timeout. */
  readonly timeoutS: number;
  /** The `i`th request: its path and JSON body (always a POST). */
  next(i: number): { readonly path: string; readonly body: string };
}

interface Answer {
  readonly ms: number;
  readonly status?: number;
  readonly error?: 'timeout' | 'error';
}

export async function paced(options: PacedOptions): Promise<PhaseFigures> {
  const { baseUrl, rate, durationS, connections, timeoutS } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(baseUrl);
  const total = Math.max(1, Math.round(rate * durationS));
  const answers: Promise<Answer>[] = [];
  const send = (i: number, due: number) =>
    new Promise<Answer>((resolve) => {
      const { path, body } = options.next(i);
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: timeoutS * 1000,
        },
        (res) => {
          res.resume();
          res.once('end', () => resolve({ ms: performance.now() - due, status: res.statusCode ?? 0 }));
          res.once('error', () => resolve({ ms: performance.now() - due, error: 'error' }));
        },
      );
      req.once('timeout', () => {
        req.destroy();
        resolve({ ms: performance.now() - due, error: 'timeout' });
      });
      req.once('error', () => resolve({ ms: performance.now() - due, error: 'error' }));
      req.end(body);
    });
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      // Every request already due goes now, at the time it was due: a late timer is not a late runner.
      while (sent < total && start + (sent * 1000) / rate <= now) {
        answers.push(send(sent, start + (sent * 1000) / rate));
        sent++;
      }
      if (sent >= total) return done();
      setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
    };
    tick();
  });
  const settled = await Promise.all(answers);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  const times = settled.filter((a) => a.error === undefined).map((a) => a.ms);
  const not200: Record<string, number> = {};
  for (const a of settled)
    if (a.status !== undefined && a.status !== 200) not200[a.status] = (not200[a.status] ?? 0) + 1;
  return {
    responses: times.length,
    perSecond: times.length / durationS,
    seconds,
    latencyMs: latencyOf(times),
    errors: settled.filter((a) => a.error !== undefined).length,
    timeouts: settled.filter((a) => a.error === 'timeout').length,
    not200,
  };
}
