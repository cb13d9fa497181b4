/**
 * Issue 9 §1 through the HTTP API, on PGlite and PostgreSQL: a race PR changes VDOT, so the plan is saved
 * as a new version; every session the replies said was changed ("Sun 13 Dec: long run, 56 min → long run,
 * 45 min") is then exactly what `GET …/plan`, "today" and "this week" show — never an empty day or a
 * rest day — including a session changed before the race.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDate, sessionHeadline } from '../../../coach/prompts/format.js';
import type { Session } from '../../../coach/rules/plan/types.js';
import { SAMPLE_PROFILE, buildTestApp, coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface PlanJson {
  vdot: number;
  weeks: { start: string; sessions: Session[] }[];
}
interface Reply {
  replies: { text: string }[];
  events: { type: string; from?: number; to?: number }[];
}
/** One "date: before → after" line of a reply. */
interface Told {
  readonly day: string;
  readonly before: string;
  readonly after: string;
}

/**
 * The session changes a reply lists, as the runner read them ("Thu 10 Dec: easy run, 45 min, about 7 km →
 * easy run, 36 min, about 5.6 km"), inline or one per line; VDOT lines have no date and are left out.
 */
function changesTold(reply: Reply): Told[] {
  const change = /(\w{3} \d{1,2} \w{3}): ([^→\n]+?) → ([^\n]+?)(?=\.\s|\.?\n|\.?$)/g;
  return reply.replies.flatMap((r) =>
    [...r.text.matchAll(change)].map((m) => ({ day: m[1]!, before: m[2]!, after: m[3]! })),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describeEachDatabase('adapted sessions after a VDOT change, over HTTP', (ctx) => {
  let app: FastifyInstance;
  let now = new Date('2026-12-07T08:00:00Z');
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, { coach: coachDeps(ctx.handle, { now: () => now }) });
  });
  afterAll(async () => app.close());

  async function send(id: string, text: string, at: string): Promise<Reply> {
    now = new Date(at);
    const res = await app.inject({
      method: 'POST',
      url: `/api/athletes/${id}/messages`,
      payload: { text, at },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Reply;
  }
  const plan = async (id: string) => (await app.inject(`/api/athletes/${id}/plan`)).json() as PlanJson;
  const sessionOn = (p: PlanJson, day: string) =>
    p.weeks.flatMap((w) => w.sessions).filter((s) => formatDate(s.date) === day);

  it('a race PR keeps every changed session in the plan, today and this week as the replies said', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: {
        name: 'Ana',
        timezone: 'UTC',
        ...SAMPLE_PROFILE,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    // A run that felt far too hard: the next session is eased (no VDOT change).
    const hard = await send(id, 'ran 8k in 45:00, rpe 9', '2026-12-08T18:00:00Z');
    const earlier = changesTold(hard);
    expect(earlier.length, JSON.stringify(hard.replies)).toBeGreaterThan(0);

    // A 10K PR at RPE 9 on an easy day: VDOT rises (a new plan version) and the next session is eased.
    const race = await send(id, 'raced a 10k today in 47:30, rpe 9', '2026-12-12T12:00:00Z');
    const vdot = race.events.find((e) => e.type === 'vdot_changed');
    expect(vdot, JSON.stringify(race.events)).toBeDefined();
    const told = changesTold(race);
    expect(told.length, JSON.stringify(race.replies)).toBeGreaterThan(0);

    const after = await plan(id);
    expect(after.vdot).toBe(vdot!.to);
    for (const t of [...earlier, ...told]) {
      const sessions = sessionOn(after, t.day);
      expect(sessions, `${t.day} is in the plan once`).toHaveLength(1);
      const s = sessions[0]!;
      expect(sessionHeadline(s, 'km'), t.day).toBe(t.after);
      expect(s.replaces, `${t.day} keeps what it replaced`).toBeDefined();
      expect(sessionHeadline(s.replaces as Session, 'km'), t.day).toBe(t.before);
      expect(['adapted', 'done', 'missed'], t.day).toContain(s.status);
    }

    // "today" and "this week" on the day after the race name the same sessions.
    const next = told.find((t) => t.day === 'Sun 13 Dec');
    expect(next, JSON.stringify(told)).toBeDefined();
    const today = (await send(id, 'what is today', '2026-12-13T07:00:00Z')).replies.map((r) => r.text);
    expect(today.join('\n')).toContain(`Today (${next!.day}): ${next!.after}.`);
    expect(today.join('\n')).toContain(`Changed from: ${next!.before}.`);
    const week = (await send(id, 'what is this week', '2026-12-13T07:05:00Z')).replies
      .map((r) => r.text)
      .join('\n');
    const thisWeek = after.weeks.find((w) => w.sessions.some((s) => s.date === '2026-12-13'))!;
    const days = new Set(thisWeek.sessions.map((s) => formatDate(s.date)));
    const inWeek = [...earlier, ...told].filter((t) => days.has(t.day));
    expect(inWeek.length).toBeGreaterThan(1);
    for (const t of inWeek)
      expect(week.split('\n'), t.day).toContainEqual(
        expect.stringMatching(`^• ${t.day}: ${escape(t.after)}`),
      );
  });
});
