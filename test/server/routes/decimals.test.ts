/**
 * Decimals, commas and ranges in every numeric slot never answer 500, on PGlite and PostgreSQL: a 0–10
 * symptom score is stored as a whole number (halves round up, the cautious reading), a decimal RPE is asked
 * again, a decimal comma is a decimal ("3,5/10"), and a run faster than the world-record pace for its
 * distance is refused.
 */
import { expect, it } from 'vitest';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface Body {
  replies: { text: string }[];
  events: { type: string; [k: string]: unknown }[];
}
interface CheckinJson {
  date: string;
  soreness?: number;
  stress?: number;
  sleepHours?: number;
}

const AT = '2026-12-07T18:00:00Z';

describeEachDatabase('decimals in numeric slots over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, AT);
  const post = async (id: string, text: string) => {
    chat.at(AT);
    return chat
      .app()
      .inject({ method: 'POST', url: `/api/athletes/${id}/messages`, payload: { text, at: AT } });
  };
  const checkins = async (id: string) =>
    (await chat.app().inject(`/api/athletes/${id}/checkins`)).json() as CheckinJson[];

  it.each([
    'rpe 6.5',
    '6.5',
    'rpe 6,5',
    'knee pain 2.5/10',
    'left knee 2,5/10',
    'soreness 3.5/10',
    'stress 4.5/10',
    'legs sore 3,5/10',
    'slept 6.5h',
    'slept 6,5 hours',
    'rpe 6-7',
    'soreness 3-4/10',
    'resting hr 52.5',
    'ran 6,5 km in 35 min',
    'ran 10.25 km in 55:30.5',
    '6-7',
    'slept 6-7h',
    'stress 4,5/10',
    'resting hr 52,5',
    'hrv 45.5',
    'ran 10,5 km in 55 min',
    'ran 8k in 45:10 avg hr 150.5',
  ])('%j answers 200 with a reply that is about it (stored or asked, never the fallback)', async (text) => {
    const id = await chat.runner();
    await chat.send(id, 'ran 5k in 28 min', AT);
    const res = await post(id, text);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Body;
    expect(body.replies.length).toBeGreaterThan(0);
    expect(body.events.length, body.replies[0]?.text).toBeGreaterThan(0);
  });

  it('stores "soreness 3-4/10" as 4 (the higher end), and its "4/10" does not rate the run asked about', async () => {
    const id = await chat.runner();
    await chat.send(id, 'ran 5k in 28 min', AT);
    const body = (await post(id, 'soreness 3-4/10')).json() as Body;
    expect(body.events.map((e) => e.type)).toEqual(['checkin_saved']);
    expect(await checkins(id)).toMatchObject([{ soreness: 4 }]);
    const runs = (await chat.app().inject(`/api/athletes/${id}/activities`)).json() as {
      rpe: number | null;
    }[];
    expect(runs.map((r) => r.rpe ?? null)).toEqual([null]);
  });

  it('asks "a 6 or a 7?" for a bare "6-7" answering the RPE question, and stores no rating', async () => {
    const id = await chat.runner();
    await chat.send(id, 'ran 5k in 28 min', AT);
    const body = (await post(id, '6-7')).json() as Body;
    expect(body.events).toEqual([{ type: 'clarification_needed', codes: ['RPE_OUT_OF_RANGE'] }]);
    expect(body.replies[0]?.text).toMatch(/6 or a 7/);
  });

  it('stores "slept 6-7h" as 6 hours (the lower end), not as a negative run time', async () => {
    const id = await chat.runner();
    const body = (await post(id, 'slept 6-7h')).json() as Body;
    expect(body.events.map((e) => e.type)).toEqual(['checkin_saved']);
    expect(await checkins(id)).toMatchObject([{ sleepHours: 6 }]);
  });

  it('stores symptom scores as whole numbers, halves rounded up', async () => {
    const id = await chat.runner();
    expect((await post(id, 'soreness 3.5/10, stress 4.5/10')).statusCode).toBe(200);
    expect(await checkins(id)).toMatchObject([{ soreness: 4, stress: 5 }]);
  });

  it('reads "3,5/10" as three and a half, not as a 3 and an RPE of 5', async () => {
    const id = await chat.runner();
    await chat.send(id, 'ran 5k in 28 min', AT);
    const body = (await post(id, 'legs sore 3,5/10')).json() as Body;
    expect(body.events.map((e) => e.type)).not.toContain('run_rated');
    expect(await checkins(id)).toMatchObject([{ soreness: 4 }]);
  });

  it('refuses 16 km in 42 min (faster than the record pace between 10 km and the half) and stores nothing', async () => {
    const id = await chat.runner();
    const body = (await post(id, 'ran 16 km in 42 min')).json() as Body;
    expect(body.events).toEqual([{ type: 'clarification_needed', codes: ['PACE_FASTER_THAN_WORLD_RECORD'] }]);
    const runs = (await chat.app().inject(`/api/athletes/${id}/activities`)).json() as unknown[];
    expect(runs).toEqual([]);
  });
});
