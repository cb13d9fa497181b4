/**
 * The HTTP message round trip with template wording: `POST /api/athletes/:id/messages` on PostgreSQL,
 * against a bare Fastify route measured the same way in the same run (same HTTP client, same machine).
 * Latency is sequential (p50/p99); throughput uses 8 concurrent clients.
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Fastify from 'fastify';
import postgres from 'postgres';
import { createDatabase } from '../../db/client.js';
import { migrateDatabase, shippedMigrations } from '../../db/migrate.js';
import { buildApp } from '../../server/app.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import { measureAsync, row, TABLE_HEADER, type BenchSuite } from '../measure.js';

const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const MESSAGES = ['what is today?', 'what are my paces?', 'how does this week look?', 'why?'];
const ITERATIONS = 400;
const CONCURRENCY = 8;
const THROUGHPUT_REQUESTS = 800;

async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

async function throughput(send: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < THROUGHPUT_REQUESTS) await send(next++);
    }),
  );
  return THROUGHPUT_REQUESTS / ((performance.now() - t0) / 1000);
}

const suite: BenchSuite = {
  title: 'HTTP message round trip (template wording, PostgreSQL) vs a bare Fastify route',
  async run() {
    const name = `runloop_bench_${randomBytes(4).toString('hex')}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const database = await createDatabase({ url: url.toString(), maxConnections: 10 });
    const bare = Fastify({ logger: false });
    bare.post('/echo', async (request) => ({
      replies: [{ text: 'ok', options: [] }],
      events: [],
      got: request.body,
    }));
    try {
      await migrateDatabase(database);
      const app = await buildApp({
        logger: false,
        database,
        shippedMigrations: shippedMigrations().length,
        coach: createCoachDeps(database, undefined),
      });
      const base = await bare.listen({ host: '127.0.0.1', port: 0 });
      const coach = await app.listen({ host: '127.0.0.1', port: 0 });
      const created = await fetch(`${coach}/api/athletes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'Bench',
          race: { distance: '10k', time: '50:00' },
          goal: { distance: 'marathon', raceDate: '2027-06-06' },
          days: ['tue', 'thu', 'sat', 'sun'],
          longDay: 'sun',
          weeklyKm: 40,
          level: 'intermediate',
        }),
      });
      const { id } = (await created.json()) as { id: string };
      const target = `${coach}/api/athletes/${id}/messages`;

      let i = 0;
      const baseline = await measureAsync(
        'baseline: bare Fastify POST route',
        () => post(`${base}/echo`, { text: MESSAGES[i++ % 4] }),
        {
          iterations: ITERATIONS,
        },
      );
      const message = await measureAsync(
        'POST …/messages (parse, rules, DB, template)',
        () => post(target, { text: MESSAGES[i++ % 4] }),
        {
          iterations: ITERATIONS,
        },
      );
      const baseRps = await throughput((n) => post(`${base}/echo`, { text: MESSAGES[n % 4] }));
      const messageRps = await throughput((n) => post(target, { text: MESSAGES[n % 4] }));
      await app.close();
      return [
        `Sequential latency over ${ITERATIONS} requests; throughput with ${CONCURRENCY} concurrent clients over ${THROUGHPUT_REQUESTS}.`,
        '',
        TABLE_HEADER,
        row(baseline),
        row(message, baseline),
        '',
        '| what | requests/s | vs baseline |',
        '|---|---|---|',
        `| baseline: bare Fastify POST route | ${Math.round(baseRps)} | 1.0× |`,
        `| POST …/messages | ${Math.round(messageRps)} | ${(messageRps / baseRps).toFixed(2)}× |`,
      ].join('\n');
    } finally {
      await bare.close();
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  },
};

export default suite;
