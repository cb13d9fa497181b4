/**
 * Issue 11 "done when", one scripted conversation through the HTTP API on PGlite and PostgreSQL: a runner
 * created without a profile onboards from one paragraph with at most three questions; the long run is
 * moved within the week and accepted by the option's value; a mid-run question gets the cue and stores
 * nothing; a logged run is undone; a short night's change is answered "Keep original" by value.
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface Option {
  label: string;
  value: string;
  option: { kind: string; [k: string]: unknown };
}
interface Body {
  replies: { text: string; options: Option[] }[];
  events: { type: string; [k: string]: unknown }[];
}
interface SessionJson {
  date: string;
  kind: string;
  hard: boolean;
  minutes: number;
}
interface PlanJson {
  version: number;
  weeks: { start: string; sessions: SessionJson[] }[];
}

const text = (b: Body) => b.replies.map((r) => r.text).join('\n');
const decisionOffer = (b: Body) =>
  b.replies.flatMap((r) => r.options).filter((o) => o.option.kind === 'decision');

describeEachDatabase('one conversation through the front door over HTTP', (ctx) => {
  const monday = '2026-12-07';
  const chat = chatOverHttp(ctx, `${monday}T08:00:00Z`);
  const post = async (id: string, payload: Record<string, unknown>, at: string): Promise<Body> => {
    chat.at(at);
    const res = await chat
      .app()
      .inject({ method: 'POST', url: `/api/athletes/${id}/messages`, payload: { ...payload, at } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Body;
  };
  const say = (id: string, words: string, at: string) => post(id, { text: words }, at);
  const choose = (id: string, option: Option['option'], at: string) => post(id, { option }, at);
  const plan = async (id: string) => (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as PlanJson;
  const on = (p: PlanJson, date: string) =>
    p.weeks.flatMap((w) => w.sessions).find((s) => s.date === date && s.kind !== 'rest');
  const activities = async (id: string) =>
    (await chat.app().inject(`/api/athletes/${id}/activities`)).json() as unknown[];

  it('paragraph onboarding, a moved long run, a mid-run question, undo and Keep original by value', async () => {
    const created = await chat.app().inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Ines', timezone: 'UTC' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;

    // 1. One paragraph, then at most three questions.
    let reply = await say(
      id,
      'training for my first half in april, can run tue thu sat sun, about 25k a week, did a 10k in 55 min last month',
      `${monday}T08:00:00Z`,
    );
    const answers: Record<string, string> = {
      'Which day in April': 'the 18th',
      'describe yourself as a runner': 'somewhere in between, been running 2 years',
      'Anything else': 'neutral is fine',
    };
    let questions = 0;
    while (!reply.events.some((e) => e.type === 'plan_built')) {
      questions += 1;
      expect(questions, text(reply)).toBeLessThanOrEqual(3);
      const key = Object.keys(answers).find((k) => text(reply).includes(k));
      expect(key, text(reply)).toBeDefined();
      reply = await say(id, answers[key!]!, `${monday}T08:0${questions}:00Z`);
    }
    const built = await plan(id);
    const week = built.weeks.find((w) => w.start <= monday && monday <= addDays(w.start, 6))!;
    const saturday = addDays(week.start, 5);
    const sunday = addDays(week.start, 6);
    expect(on(built, sunday)?.kind).toBe('long');
    const saturdayBefore = on(built, saturday)?.kind ?? 'rest';

    // 2. The long run moves to Saturday this week: a Decision offered, accepted by the option's value.
    const moved = await say(id, 'can i do my long run on sat instead this week?', `${monday}T09:00:00Z`);
    const adapted = moved.events.find((e) => e.type === 'plan_adapted') as
      { decisions: { rule: string; status: string }[] } | undefined;
    expect(adapted?.decisions, text(moved)).toMatchObject([
      { rule: 'schedule.move-session', status: 'proposed' },
    ]);
    const accept = decisionOffer(moved).find((o) => o.option.answer === 'accept')!;
    const accepted = await choose(id, accept.option, `${monday}T09:01:00Z`);
    expect(accepted.events).toMatchObject([{ type: 'decision_answered', choice: 'accepted' }]);
    const afterMove = await plan(id);
    expect(afterMove.version).toBe(built.version);
    expect(on(afterMove, saturday)?.kind).toBe('long');
    expect(on(afterMove, sunday)?.kind ?? 'rest').toBe(saturdayBefore);

    // 3. A mid-run question on Tuesday's run: a cue, nothing stored.
    const tuesday = addDays(week.start, 1);
    const mid = await say(id, "I'm 3k in, HR 165, should I slow down?", `${tuesday}T07:20:00Z`);
    expect(mid.events).toEqual([]);
    expect(text(mid)).not.toMatch(/logged/i);
    expect(await activities(id)).toEqual([]);

    // 4. The run logged after it, then undone.
    const logged = await say(id, 'ran 6k in 35 min', `${tuesday}T18:00:00Z`);
    expect(logged.events.map((e) => e.type)).toContain('activity_logged');
    expect(await activities(id)).toHaveLength(1);
    const undone = await say(id, 'undo', `${tuesday}T18:05:00Z`);
    expect(undone.events).toMatchObject([{ type: 'fact_undone', fact: 'run' }]);
    expect(await activities(id)).toEqual([]);

    // 5. A short night before the next hard session: the change is offered, "Keep original" chosen by value.
    const hard = afterMove.weeks
      .flatMap((w) => w.sessions)
      .find((s) => s.hard && s.date > tuesday && s.kind !== 'race')!;
    const morning = await say(id, 'slept 4h last night', `${hard.date}T07:00:00Z`);
    const keep = decisionOffer(morning).find((o) => o.option.answer === 'keep');
    expect(keep, text(morning)).toBeDefined();
    expect(on(await plan(id), hard.date)?.hard).toBe(false);
    const kept = await choose(id, keep!.option, `${hard.date}T07:01:00Z`);
    expect(kept.events).toMatchObject([{ type: 'decision_answered', choice: 'kept' }]);
    expect(on(await plan(id), hard.date)).toMatchObject({ kind: hard.kind, hard: true });
  });
});
