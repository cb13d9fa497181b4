import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { memoryOf, startServerProcess } from '../../bench/server-process.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../helpers/process.js';

describe.runIf(process.platform === 'linux')('memoryOf', () => {
  it("reads a process's resident memory and its peak, in MB", () => {
    const memory = memoryOf(process.pid);
    expect(memory?.rssMb).toBeGreaterThan(1);
    expect(memory!.peakMb).toBeGreaterThanOrEqual(memory!.rssMb);
  });

  it('is undefined for a process that does not exist', () => {
    expect(memoryOf(2 ** 22 + 1)).toBeUndefined();
  });
});

const POSTGRES = process.env.TEST_DATABASE_URL;

describe('startServerProcess', () => {
  it.runIf(POSTGRES)(
    'runs the service on a scratch PostgreSQL database and drops it on stop',
    async () => {
      const server = await startServerProcess({ database: 'postgres', adminUrl: POSTGRES! });
      const name = new URL(server.database.url!).pathname.slice(1);
      const admin = postgres(POSTGRES!, { max: 1, onnotice: () => {} });
      try {
        expect(server.database.kind).toBe('postgres');
        const ready = await fetch(`${server.baseUrl}/ready`);
        expect(await ready.json()).toMatchObject({ status: 'ready', database: 'postgres' });
        expect(memoryOf(server.pid)?.rssMb).toBeGreaterThan(1);
        await server.stop();
        expect(server.child.exitCode).not.toBeNull();
        const left = await admin`select count(*)::int as n from pg_database where datname = ${name}`;
        expect(left[0]?.n).toBe(0);
      } finally {
        await server.stop();
        await admin.end();
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'falls back to PGlite, and says so, when PostgreSQL is unreachable',
    async () => {
      const server = await startServerProcess({
        database: 'postgres',
        adminUrl: 'postgres://postgres@127.0.0.1:1/postgres',
      });
      try {
        expect(server.database.kind).toBe('pglite');
        expect(server.database.label).toMatch(/PGlite.*unreachable/);
        const ready = await fetch(`${server.baseUrl}/ready`);
        expect(await ready.json()).toMatchObject({ status: 'ready', database: 'pglite' });
      } finally {
        await server.stop();
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
