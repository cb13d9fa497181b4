/**
 * Issue 11 §4 through the HTTP API, on PGlite and PostgreSQL: "move my long run to saturday this week"
 * swaps two days of this week only (no rebuild: same plan version) as a Decision with before → after and
 * Accept / Keep original; "keep original" restores both days. "I can only run 3 days next week" leaves
 * that week with 3 runs, the long run kept, and the week after unchanged. A move that would put two hard
 * days side by side, or leave the week, is refused with why.
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { formatDate } from '../../../coach/prompts/format.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface SessionJson {
  date: string;
  kind: string;
  minutes: number;
}
interface PlanJson {
  version: number;
  weeks: { start: string; sessions: SessionJson[] }[];
}
interface Body {
  replies: { text: string; options: { label: string; value: string }[] }[];
  events: { type: string; decisions?: { id: string; rule: string; status: string }[] }[];
}

const runs = (w: { sessions: SessionJson[] }) => w.sessions.filter((s) => s.kind !== 'rest' && s.minutes > 0);
const onDay = (p: PlanJson, date: string) =>
  p.weeks.flatMap((w) => w.sessions).find((s) => s.date === date && s.kind !== 'rest')?.kind ?? 'rest';

describeEachDatabase('rescheduling over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const plan = async (id: string) => (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as PlanJson;
  const text = (b: Body) => b.replies.map((r) => r.text).join('\n');

  it('moves the long run to saturday this week, and "keep original" restores both days', async () => {
    const id = await chat.runner();
    const before = await plan(id);
    const week = before.weeks[0]!;
    const long = week.sessions.find((s) => s.kind === 'long')!;
    const saturday = addDays(week.start, 5);
    expect(long.date).toBe(addDays(week.start, 6));
    const satBefore = onDay(before, saturday);

    const moved = await chat.send<Body>(
      id,
      'move my long run to saturday this week',
      `${week.start}T09:00:00Z`,
    );
    const reply = text(moved);
    expect(reply).toContain(`${formatDate(saturday)}: ${satBefore === 'rest' ? 'rest day' : 'easy run'}`);
    expect(reply).toMatch(new RegExp(`${formatDate(saturday)}: .* → long run, ${long.minutes} min`));
    expect(moved.replies.flatMap((r) => r.options.map((o) => o.value))).toEqual(['accept', 'keep_original']);
    const adapted = moved.events.find((e) => e.type === 'plan_adapted')!;
    expect(adapted.decisions).toMatchObject([{ rule: 'schedule.move-session', status: 'proposed' }]);

    const after = await plan(id);
    expect(after.version).toBe(before.version);
    expect(onDay(after, saturday)).toBe('long');
    expect(onDay(after, long.date)).toBe(satBefore === 'rest' ? 'rest' : 'easy');
    expect(
      runs(after.weeks[0]!)
        .map((s) => s.minutes)
        .sort(),
    ).toEqual(
      runs(week)
        .map((s) => s.minutes)
        .sort(),
    );
    expect(after.weeks.slice(1)).toEqual(before.weeks.slice(1));

    const kept = await chat.send<Body>(id, 'keep original', `${week.start}T09:05:00Z`);
    expect(text(kept)).toMatch(/original/i);
    const restored = await plan(id);
    expect(onDay(restored, long.date)).toBe('long');
    expect(onDay(restored, saturday)).toBe(satBefore);
    expect(runs(restored.weeks[0]!)).toEqual(
      runs(week).map((s) => expect.objectContaining({ date: s.date, kind: s.kind, minutes: s.minutes })),
    );
    const decisions = (await chat.app().inject(`/api/athletes/${id}/decisions`)).json() as {
      rule: string;
      status: string;
    }[];
    expect(decisions.find((d) => d.rule === 'schedule.move-session')?.status).toBe('kept_original');
  });

  it('"I can only run 3 days next week" leaves that week 3 runs and the week after as it was', async () => {
    const id = await chat.runner();
    const before = await plan(id);
    const [, next, later] = before.weeks as [unknown, PlanJson['weeks'][0], PlanJson['weeks'][0]];
    expect(runs(next).length).toBeGreaterThan(3);

    const cut = await chat.send<Body>(
      id,
      'I can only run 3 days next week',
      `${before.weeks[0]!.start}T09:00:00Z`,
    );
    expect(text(cut)).toContain(`${runs(next).length} → 3 run days`);
    expect(cut.replies.flatMap((r) => r.options.map((o) => o.value))).toEqual(['accept', 'keep_original']);
    const after = await plan(id);
    expect(after.version).toBe(before.version);
    const week = after.weeks[1]!;
    expect(runs(week)).toHaveLength(3);
    expect(runs(week).some((s) => s.kind === 'long')).toBe(true);
    expect(after.weeks[2]).toEqual(later);
    expect(after.weeks[0]).toEqual(before.weeks[0]);

    await chat.send<Body>(id, 'ok', `${before.weeks[0]!.start}T09:05:00Z`);
    expect(runs((await plan(id)).weeks[1]!)).toHaveLength(3);
  });

  it('refuses a move out of the week and says what would work, changing nothing', async () => {
    const id = await chat.runner();
    const before = await plan(id);
    const start = before.weeks[0]!.start;
    // Said on Wednesday: "tuesday" is next week's.
    const out = await chat.send<Body>(
      id,
      'can i do my long run tuesday instead',
      `${addDays(start, 2)}T09:00:00Z`,
    );
    expect(text(out)).toContain(
      `${formatDate(addDays(start, 8))} is in another week: moves stay within the week`,
    );
    expect(text(out)).toContain(`Pick a day up to ${formatDate(addDays(start, 6))}.`);
    expect(out.replies.flatMap((r) => r.options)).toEqual([]);
    expect(await plan(id)).toEqual(before);
  });
});
