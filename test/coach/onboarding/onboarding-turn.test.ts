/**
 * Chat onboarding reads every answer for every slot (issue 11 §2), on both databases: several slots from
 * one message, only missing slots asked, each at most once, a one-line confirmation, and questions or run
 * reports never taken as answers.
 */
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { coachDeps, newChatRunner } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

/** Tuesday 1 December 2026. */
const START = '2026-12-01';

describeEachDatabase('chat onboarding reads every slot', (ctx) => {
  const deps = (): CoachDeps => coachDeps(ctx.handle, { now: () => new Date(`${START}T08:00:00Z`) });
  async function start(): Promise<string> {
    const athlete = await newChatRunner(deps(), { name: 'Ana', timezone: 'UTC' });
    return athlete.id;
  }
  async function say(athleteId: string, text: string) {
    const out = await handleMessage(deps(), { athleteId, text, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return {
      text: out.value.replies.map((r) => r.text).join('\n'),
      events: out.value.events.map((e) => e.type),
    };
  }
  const draft = async (id: string) => (await deps().repositories.athletes.findById(id))!.state.onboarding;

  it('takes goal and month from "half marathon in april" and asks only for the day', async () => {
    const id = await start();
    await say(id, 'km');
    await say(id, 'never raced');
    const reply = await say(id, 'half marathon in april');
    expect(reply.text).toContain('half marathon in April 2027');
    expect(reply.text).toContain('Which day in April 2027 is the race?');
    expect(await draft(id)).toMatchObject({
      goal: 'half',
      raceMonth: { year: 2027, month: 4 },
      step: 'race-date',
    });
    const day = await say(id, 'the 18th');
    expect(day.text).toContain('Got it: race on Sun 18 Apr.');
    expect((await draft(id))?.raceDate).toBe('2027-04-18');
    expect(day.text).toMatch(/Which days can you run\?/);
  });

  it('asks which days after "3 or 4 days", then never asks days again', async () => {
    const id = await start();
    for (const t of ['km', 'no race', 'a marathon', 'May 2nd']) await say(id, t);
    const count = await say(id, '3 or 4 days');
    expect(count.text).toContain('Which 3 or 4 days suit you?');
    const named = await say(id, 'weekends plus tuesdays and thursdays');
    expect(named.text).toContain('running Tue Thu Sat Sun, long run on Sunday');
    expect((await draft(id))?.days).toEqual(['tue', 'thu', 'sat', 'sun']);
    expect(named.text).toMatch(/How much do you run per week/);
  });

  it('builds the plan after "every day except friday" without asking the days again', async () => {
    const id = await start();
    const asked: string[] = [];
    const answers = [
      'km',
      '5k in 25:00',
      'half',
      '2027-04-18',
      'every day except friday',
      '30 km',
      'intermediate',
      "that's all",
    ];
    let last = { text: '', events: [] as string[] };
    for (const t of answers) {
      last = await say(id, t);
      const step = (await draft(id))?.step;
      if (step !== undefined) asked.push(step);
    }
    expect(last.events).toContain('plan_built');
    expect(last.text).not.toMatch(/Which days can you run/);
    expect(new Set(asked).size, asked.join(' ')).toBe(asked.length);
    const plan = await deps().repositories.plans.active(id);
    const days = new Set(
      plan!.sessions.filter((s) => s.kind !== 'rest').map((s) => new Date(`${s.date}T00:00:00Z`).getUTCDay()),
    );
    expect(days.has(5)).toBe(false);
  });

  it('does not take a run report typed during the closing question as a target time', async () => {
    const id = await start();
    for (const t of ['km', 'no race', 'marathon', '2027-05-02', 'tue thu sat sun', '30 km', 'intermediate']) {
      await say(id, t);
    }
    expect((await draft(id))?.step).toBe('extras');
    const report = await say(id, 'ran 5k today in 28 min');
    expect(report.text).toContain('I’ll log runs once your plan is built');
    expect(report.text).toMatch(/Anything else that shapes the plan: a target time/);
    const after = await draft(id);
    expect(after?.targetTime).toBeUndefined();
    expect(after?.step).toBe('extras');
    expect(await deps().repositories.activities.list(id)).toHaveLength(0);
  });

  it('answers a question typed during a slot question with the same question, taking nothing', async () => {
    const id = await start();
    await say(id, 'km');
    const before = await draft(id);
    const reply = await say(id, 'why do my easy runs have to be so slow? 6:30 feels like walking');
    expect(reply.text).toContain('I’ll answer questions like that once your plan is ready');
    expect(reply.text).toMatch(/Have you raced recently\?/);
    expect(await draft(id)).toEqual(before);
  });

  it('reads a paragraph and leaves at most three questions', async () => {
    const id = await start();
    const first = await say(
      id,
      'training for my first half in april, can run tue thu sat sun, about 25k a week, did a 10k in 55 min last month',
    );
    expect(first.text).toContain(
      'half marathon in April 2027, recent 10 km in 55:00, running Tue Thu Sat Sun, long run on Sunday, 25 km a week.',
    );
    let questions = 1;
    let reply = first;
    for (const t of ['18', 'somewhere in between, been running 2 years', 'neutral is fine']) {
      if (reply.events.includes('plan_built')) break;
      reply = await say(id, t);
      if (!reply.events.includes('plan_built')) questions += 1;
    }
    expect(reply.events).toContain('plan_built');
    expect(questions).toBeLessThanOrEqual(3);
    const athlete = await deps().repositories.athletes.findById(id);
    expect(athlete?.persona).toBe('neutral');
  });
});
