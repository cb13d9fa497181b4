/**
 * Onboarding by conversation through the HTTP API, on PGlite and PostgreSQL (issue 11 "done when"): a
 * runner created without a profile writes one paragraph, is asked at most three questions, and gets a
 * plan built from what the paragraph said.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const AT = '2026-12-01T08:00:00Z';

describeEachDatabase('paragraph onboarding over HTTP', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, { coach: coachDeps(ctx.handle, { now: () => new Date(AT) }) });
  });
  afterAll(async () => app.close());

  async function send(id: string, text: string) {
    const res = await app.inject({
      method: 'POST',
      url: `/api/athletes/${id}/messages`,
      payload: { text, at: AT },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { replies: { text: string }[]; events: { type: string }[] };
  }

  it('completes with at most three questions after the paragraph and builds the plan it describes', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Ines', timezone: 'UTC' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;

    let reply = await send(
      id,
      'training for my first half in april, can run tue thu sat sun, about 25k a week, did a 10k in 55 min last month',
    );
    const answers: Record<string, string> = {
      'Which day in April': 'the 18th',
      'describe yourself as a runner': 'somewhere in between, been running 2 years',
      'Anything else': 'neutral is fine',
    };
    let questions = 0;
    while (!reply.events.some((e) => e.type === 'plan_built')) {
      questions += 1;
      expect(questions, reply.replies.map((r) => r.text).join('\n')).toBeLessThanOrEqual(3);
      const text = reply.replies.map((r) => r.text).join('\n');
      const key = Object.keys(answers).find((k) => text.includes(k));
      expect(key, text).toBeDefined();
      reply = await send(id, answers[key!]!);
    }
    expect(questions).toBeLessThanOrEqual(3);

    const plan = (await app.inject(`/api/athletes/${id}/plan`)).json() as {
      goal: { distance: string; raceDate: string };
      weeks: { sessions: { date: string; kind: string }[] }[];
    };
    expect(plan.goal).toMatchObject({ distance: 'half', raceDate: '2027-04-18' });
    const runDays = new Set(
      plan.weeks.flatMap((w) =>
        w.sessions.filter((s) => s.kind !== 'rest').map((s) => new Date(`${s.date}T00:00:00Z`).getUTCDay()),
      ),
    );
    for (const d of runDays) expect([2, 4, 6, 0]).toContain(d);
    const athlete = (await app.inject(`/api/athletes/${id}`)).json() as { units: string; persona: string };
    expect(athlete).toMatchObject({ units: 'km', persona: 'neutral' });
  });
});
