/**
 * Morning check-ins through the HTTP API, on PGlite and PostgreSQL (issue 10 §7, §9): resting HR 50 → 59
 * over four good nights eases the next hard session and the reply asks about illness; "knee still sore
 * 4/10" gets one consistent, soft reply, never "fit for duty" beside "pausing your running".
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface SessionJson {
  date: string;
  kind: string;
  hard: boolean;
  minutes: number;
  km: number;
  status?: string;
}
interface Replies {
  replies: { text: string; options: { value: string }[] }[];
  events: { type: string }[];
}

/** Drill-sergeant lines that must never reach a runner who is hurt or unwell. */
const BARKING =
  /fit for duty|train as ordered|change of orders|no excuses|that is an order|soldier|move out/i;

describeEachDatabase('morning check-ins over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-03T08:00:00Z');
  async function runner(persona: string): Promise<{ id: string }> {
    chat.at('2026-12-03T08:00:00Z');
    return { id: await chat.runner({ timezone: 'UTC', restingHr: 50, persona }) };
  }
  const send = (id: string, text: string, at: string): Promise<Replies> => chat.send<Replies>(id, text, at);
  const sessions = async (id: string) =>
    (
      (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as { weeks: { sessions: SessionJson[] }[] }
    ).weeks.flatMap((w) => w.sessions);
  const texts = (r: Replies) => r.replies.map((x) => x.text).join('\n');

  it('resting HR 50 → 59 over four mornings with good sleep eases the next hard session and asks about illness', async () => {
    const { id } = await runner('drill-sergeant');
    const plan = await sessions(id);
    const hard = plan.find((s) => s.hard && s.kind !== 'race')!;
    expect(hard, 'the plan has a quality session').toBeDefined();
    // The week before it run as planned, so nothing but the mornings can change it.
    for (const s of plan.filter(
      (x) => x.date >= addDays(hard.date, -7) && x.date < hard.date && x.minutes > 0,
    ))
      await send(id, `ran ${s.km}k in ${Math.round(s.minutes)}:00, rpe 3`, `${s.date}T18:00:00Z`);

    const mornings = [50, 53, 56, 59];
    const replies: Replies[] = [];
    for (const [i, hr] of mornings.entries()) {
      const day = addDays(hard.date, i - mornings.length);
      replies.push(await send(id, `slept 8h, resting hr ${hr}`, `${day}T07:00:00Z`));
    }
    // 50, 53, 56: nothing to say but the check-in.
    for (const r of replies.slice(0, 3)) expect(texts(r)).not.toMatch(/unwell|→/);
    const last = texts(replies[3]!);
    expect(last).toContain('Your resting HR was 59 bpm');
    expect(last).toContain('9 bpm above the 50 bpm you gave me as your usual');
    expect(last).toMatch(/Are you feeling unwell/);
    expect(last).not.toMatch(/\bfine\b|\bfit\b/i);
    expect(last).not.toMatch(BARKING);
    const offer = replies[3]!.replies.find((r) => r.options.some((o) => o.value.startsWith('accept')));
    expect(offer?.text, last).toMatch(/→ easy run/);

    const eased = (await sessions(id)).find((s) => s.date === hard.date)!;
    expect(eased).toMatchObject({ kind: 'easy', hard: false, status: 'adapted' });
    const decisions = (await chat.app().inject(`/api/athletes/${id}/decisions`)).json() as {
      rule: string;
      date: string;
    }[];
    expect(decisions.filter((d) => d.rule === 'readiness.resting-hr-trend')).toMatchObject([
      { date: hard.date },
    ]);
  });

  it('"knee still sore 4/10" gets one consistent, soft reply in the drill-sergeant voice', async () => {
    const { id } = await runner('drill-sergeant');
    const day = (await sessions(id)).find((s) => s.minutes > 0)!.date;
    const r = await send(id, 'knee still sore 4/10', `${day}T07:00:00Z`);
    const all = texts(r);
    expect(all.match(/I am pausing your running/g)).toHaveLength(1);
    expect(all).toContain('you reported pain in your knee (4/10)');
    expect(all).not.toMatch(BARKING);
    expect(all).not.toMatch(/\bfine\b|\bfit\b|train as planned/i);
    // A second check-in the same day still says the pause, never "fit for duty".
    const again = texts(await send(id, 'slept 8h', `${day}T09:00:00Z`));
    expect(again).toContain('I am pausing your running');
    expect(again).not.toMatch(BARKING);
  });
});
