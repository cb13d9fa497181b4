/**
 * Lone UTF-16 surrogates (`"\ud800"` in a JSON body) are not text PostgreSQL can store: every JSON body is
 * made well formed (each lone surrogate becomes U+FFFD) before a route sees it, so such a body is handled
 * like any other text instead of failing inside the database with a 500.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellFormed } from '../../../server/http/well-formed-text.js';
import { SAMPLE_PROFILE, buildTestApp } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

describe('wellFormed', () => {
  it('replaces lone surrogates in strings and keys, deep, and keeps pairs', () => {
    expect(wellFormed({ a: ['x\ud800', { '\udfffk': 'ok 💩' }], n: 1, z: null })).toEqual({
      a: ['x\ufffd', { '\ufffdk': 'ok 💩' }],
      n: 1,
      z: null,
    });
    expect(wellFormed('\udfff\ud800')).toBe('\ufffd\ufffd');
  });
});

describeEachDatabase('lone surrogates in JSON bodies', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle);
  });
  afterAll(async () => app.close());

  it.each([
    '{"text":"ran 5k in 25 min \\ud800"}',
    '{"text":"\\udfff\\ud800"}',
    '{"text":"slept 7h \\udc00 rpe 5"}',
  ])('POST messages %s answers 200', async (payload) => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Ana', timezone: 'Europe/Lisbon', ...SAMPLE_PROFILE },
    });
    const id = (created.json() as { id: string }).id;
    const res = await app.inject({
      method: 'POST',
      url: `/api/athletes/${id}/messages`,
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('POST /api/athletes with a lone surrogate in the name answers 201', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":"Ana \\ud800"}',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { name: string }).name).toBe('Ana \ufffd');
  });
});
