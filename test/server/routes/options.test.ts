/**
 * Quick replies over HTTP, on PGlite and PostgreSQL: an adaptation offers Accept / Keep original and the
 * runner answers by the option's value (`{"option": …}`) or by typing its number; an RPE chosen as an
 * option; a stale option refused with a code and nothing stored; exactly one of text or option.
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
type Sent = {
  replies: { text: string; options: Option[] }[];
  events: { type: string; [k: string]: unknown }[];
};
interface PlanJson {
  weeks: { sessions: { date: string; kind: string; hard: boolean }[] }[];
}
interface DecisionJson {
  id: string;
  date: string;
  status: string;
}

describeEachDatabase('quick replies over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const post = (id: string, payload: Record<string, unknown>, at: string) => {
    chat.at(at);
    return chat.app().inject({ method: 'POST', url: `/api/athletes/${id}/messages`, payload });
  };
  const choose = async (id: string, option: unknown, at: string): Promise<Sent> => {
    const res = await post(id, { option, at }, at);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Sent;
  };
  const say = (id: string, text: string, at: string) => chat.send<Sent>(id, text, at);
  const firstHard = async (id: string) => {
    const plan = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as PlanJson;
    return plan.weeks.flatMap((w) => w.sessions).find((s) => s.hard && s.kind !== 'race')!;
  };
  const session = async (id: string, date: string) => {
    const plan = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as PlanJson;
    return plan.weeks.flatMap((w) => w.sessions).find((s) => s.date === date)!;
  };
  const decisions = async (id: string) =>
    (await chat.app().inject(`/api/athletes/${id}/decisions`)).json() as DecisionJson[];
  const offerIn = (sent: Sent) =>
    sent.replies.flatMap((r) => r.options).filter((o) => o.option.kind === 'decision');

  it('Keep original chosen by value restores the session; choosing it again is refused and stores nothing', async () => {
    const id = await chat.runner();
    const hard = await firstHard(id);
    const morning = await say(id, 'slept 4h last night', `${hard.date}T07:00:00Z`);
    const offer = offerIn(morning);
    expect(offer.map((o) => o.label)).toEqual(['Accept', 'Keep original']);
    const proposed = (await decisions(id)).filter((d) => d.status === 'proposed').map((d) => d.id);
    expect(offer[1]!.option).toEqual({ kind: 'decision', answer: 'keep', ids: proposed });
    expect(offer[1]!.value).toBe(`keep_original:${proposed.join(',')}`);
    expect((await session(id, hard.date)).hard).toBe(false);

    const kept = await choose(id, offer[1]!.option, `${hard.date}T07:02:00Z`);
    expect(kept.events).toMatchObject([{ type: 'decision_answered', choice: 'kept', decisionIds: proposed }]);
    expect((await session(id, hard.date)).hard).toBe(true);

    // The same button again: that offer is settled. A specific reply and code; nothing changes.
    const before = await decisions(id);
    const again = await choose(id, offer[0]!.option, `${hard.date}T07:03:00Z`);
    expect(again.events).toEqual([{ type: 'option_stale', option: 'decision', code: 'DECISION_SETTLED' }]);
    expect(again.replies[0]!.text).toMatch(/no longer applies/);
    expect(await decisions(id)).toEqual(before);
    expect((await session(id, hard.date)).hard).toBe(true);
  });

  it('typing "2" after Accept / Keep original keeps the original', async () => {
    const id = await chat.runner();
    const hard = await firstHard(id);
    const morning = await say(id, 'slept 4h last night', `${hard.date}T07:00:00Z`);
    const all = morning.replies.flatMap((r) => r.options);
    expect(all.map((o) => o.label)).toEqual(['Accept', 'Keep original']);
    const kept = await say(id, '2', `${hard.date}T07:01:00Z`);
    expect(kept.events).toMatchObject([{ type: 'decision_answered', choice: 'kept' }]);
    expect((await session(id, hard.date)).hard).toBe(true);
    // No run was rated by the "2".
    const activities = (await chat.app().inject(`/api/athletes/${id}/activities`)).json() as unknown[];
    expect(activities).toEqual([]);
  });

  it('an RPE chosen as an option rates the run asked about; with none asked it is refused and stores nothing', async () => {
    const id = await chat.runner();
    const hard = await firstHard(id);
    const day = addDays(hard.date, -1);
    const logged = await say(id, 'ran 8k in 46:30', `${day}T18:00:00Z`);
    const rpe = logged.replies.flatMap((r) => r.options).filter((o) => o.option.kind === 'rpe');
    expect(rpe.map((o) => o.value)).toEqual(Array.from({ length: 10 }, (_, i) => `rpe:${i + 1}`));
    const rated = await choose(id, rpe[5]!.option, `${day}T18:05:00Z`);
    expect(rated.events.find((e) => e.type === 'run_rated')).toMatchObject({ rpe: 6 });
    const activities = () =>
      chat
        .app()
        .inject(`/api/athletes/${id}/activities`)
        .then((r) => r.json() as { rpe?: number }[]);
    expect(await activities()).toMatchObject([{ rpe: 6 }]);

    const stale = await choose(id, { kind: 'rpe', value: 9 }, `${day}T18:10:00Z`);
    expect(stale.events).toEqual([{ type: 'option_stale', option: 'rpe', code: 'NO_RPE_PENDING' }]);
    expect(await activities()).toMatchObject([{ rpe: 6 }]);
  });

  it('"4, felt ok" after the RPE question rates 4', async () => {
    const id = await chat.runner();
    const hard = await firstHard(id);
    const day = addDays(hard.date, -1);
    await say(id, 'ran 6k in 36 min', `${day}T18:00:00Z`);
    const rated = await say(id, '4, felt ok', `${day}T18:03:00Z`);
    expect(rated.events.find((e) => e.type === 'run_rated')).toMatchObject({ rpe: 4 });
  });

  it.each([
    [{ at: '2026-12-07T08:00:00Z' }, 'TEXT_OR_OPTION'],
    [{ text: 'hi', option: { kind: 'rpe', value: 5 }, at: '2026-12-07T08:00:00Z' }, 'TEXT_OR_OPTION'],
  ])('refuses %j with %s', async (payload, code) => {
    const id = await chat.runner();
    const res = await post(id, payload, '2026-12-07T08:00:00Z');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });

  it('refuses an option that is not one of the union', async () => {
    const id = await chat.runner();
    const res = await post(id, { option: { kind: 'rpe', value: 11 } }, '2026-12-07T08:00:00Z');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
