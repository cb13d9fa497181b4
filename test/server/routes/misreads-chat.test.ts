/**
 * Issue 11 misreads through the HTTP API, on PGlite and PostgreSQL: "long run next week" in the plan's last
 * week says the plan ends before then (not an error); a sleep supposed inside a question ("should i do the
 * tempo if i slept 5h?") stores no check-in; "3k in" alone is asked about and stores nothing.
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { formatDate } from '../../../coach/prompts/format.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface Sent {
  replies: { text: string }[];
  events: { type: string; [k: string]: unknown }[];
}

describeEachDatabase('misreads of issue 11 over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const send = (id: string, text: string, at: string): Promise<Sent> => chat.send<Sent>(id, text, at);
  const text = (s: Sent) => s.replies.map((r) => r.text).join('\n');
  const count = async (id: string, what: 'activities' | 'checkins' | 'decisions') =>
    ((await chat.app().inject(`/api/athletes/${id}/${what}`)).json() as unknown[]).length;

  it('a sleep supposed inside a question is answered, never stored as a check-in', async () => {
    const id = await chat.runner();
    const decisions = await count(id, 'decisions');
    const sent = await send(id, 'should i do the tempo if i slept 5h?', '2026-12-08T07:00:00Z');
    expect(
      sent.events.map((e) => e.type),
      JSON.stringify(sent),
    ).not.toContain('checkin_recorded');
    expect(await count(id, 'checkins'), JSON.stringify(sent)).toBe(0);
    expect(await count(id, 'decisions')).toBe(decisions);
  });

  it('"3k in" alone is asked about: finished, or mid-run? Nothing stored', async () => {
    const id = await chat.runner();
    const sent = await send(id, '3k in', '2026-12-08T07:00:00Z');
    expect(sent.events).toEqual([{ type: 'clarification_needed', codes: ['RUN_POSITION_AMBIGUOUS'] }]);
    expect(text(sent)).toMatch(/right now\?/);
    expect(await count(id, 'activities')).toBe(0);
  });

  it('"long run next week" in the last week of the plan: the plan ends before then', async () => {
    chat.at('2026-12-07T08:00:00Z');
    const id = await chat.runner();
    const plan = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as {
      weeks: { start: string }[];
    };
    const last = plan.weeks[plan.weeks.length - 1]!;
    const sent = await send(id, 'Long run next week', `${addDays(last.start, 1)}T08:00:00Z`);
    expect(text(sent)).not.toMatch(/went wrong/);
    expect(text(sent)).toContain(`Your plan ends on ${formatDate(addDays(last.start, 6))}`);
  });
});
