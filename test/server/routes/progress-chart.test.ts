/**
 * `GET /api/athletes/:id/progress.png` on PGlite and PostgreSQL: an `image/png` of 800 × 450 for a runner
 * with a plan, the same bytes when asked again, new bytes after a run logged in chat, 404 for an unknown
 * runner and for a runner without a plan.
 */
import { expect, it } from 'vitest';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

const PNG_SIGNATURE = '89504e470d0a1a0a';

describeEachDatabase('progress chart over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const get = (id: string) => chat.app().inject({ method: 'GET', url: `/api/athletes/${id}/progress.png` });

  it('is a PNG of the runner that changes with a new run', async () => {
    const id = await chat.runner();
    await chat.send(id, 'ran 7k in 45 min', '2026-12-08T18:00:00Z');
    const res = await get(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    const png = res.rawPayload;
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 450]);

    const again = await get(id);
    expect(again.rawPayload.equals(png)).toBe(true);

    await chat.send(id, 'ran 8k in 50 min', '2026-12-10T18:00:00Z');
    const after = await get(id);
    expect(after.statusCode).toBe(200);
    expect(after.rawPayload.equals(png)).toBe(false);
  });

  it('is 404 for an unknown runner and for a runner without a plan', async () => {
    const unknown = await get('00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'ATHLETE_NOT_FOUND' } });

    const created = await chat.app().inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Bea', timezone: 'Europe/Lisbon' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const noPlan = await get((created.json() as { id: string }).id);
    expect(noPlan.statusCode).toBe(404);
    expect(noPlan.json()).toMatchObject({ error: { code: 'PLAN_NOT_FOUND' } });
  });
});
