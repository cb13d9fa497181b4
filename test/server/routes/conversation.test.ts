/**
 * The whole coach loop through the HTTP API, on PGlite and PostgreSQL: onboarding → plan → log a run with
 * RPE → a morning check-in with 4 h sleep → the next hard session is downgraded (before → after) and
 * accepted → a race result raises VDOT and every future pace changes.
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { SAMPLE_PROFILE } from '../../helpers/app.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface SessionJson {
  date: string;
  kind: string;
  hard: boolean;
  steps: { intensity: string; pace?: { from: number; to: number } }[];
}
interface PlanJson {
  vdot: number;
  weeks: { sessions: SessionJson[] }[];
}

type SentReply = {
  replies: { text: string; options: { label: string; value: string }[] }[];
  events: { type: string }[];
};

describeEachDatabase('coach loop over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const send = (id: string, text: string, at: string): Promise<SentReply> =>
    chat.send<SentReply>(id, text, at);
  const plan = async (id: string) => (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as PlanJson;
  const sessions = (p: PlanJson) => p.weeks.flatMap((w) => w.sessions);

  it('walks onboarding → plan → run with RPE → short night → downgrade accepted → race raises VDOT', async () => {
    const created = await chat.app().inject({
      method: 'POST',
      url: '/api/athletes',
      payload: {
        name: 'Ana',
        timezone: 'Europe/Lisbon',
        maxHr: 188,
        restingHr: 52,
        age: 41,
        ...SAMPLE_PROFILE,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const athlete = created.json();
    expect(athlete.plan).toMatchObject({ version: 1 });
    const before = await plan(athlete.id);
    const firstHard = sessions(before).find((s) => s.hard && s.kind !== 'race');
    expect(firstHard, 'the plan has quality sessions').toBeDefined();

    // A run with RPE, the day before the first hard session.
    const runDay = addDays(firstHard!.date, -1);
    const run = await send(athlete.id, 'ran 8k in 46:30, rpe 4', `${runDay}T18:00:00Z`);
    expect(run.events.map((e) => e.type)).toContain('activity_logged');
    const activities = (await chat.app().inject(`/api/athletes/${athlete.id}/activities`)).json();
    expect(activities).toMatchObject([{ date: runDay, km: 8, minutes: 46.5, rpe: 4, source: 'chat' }]);

    // A 4-hour night: the next hard session is downgraded, shown as before → after, with Accept / Keep.
    const morning = await send(athlete.id, 'slept 4h last night', `${firstHard!.date}T07:00:00Z`);
    expect(morning.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['checkin_saved', 'plan_adapted']),
    );
    const offer = morning.replies.find((r) => r.options.some((o) => o.value.startsWith('accept')));
    expect(offer, JSON.stringify(morning.replies)).toBeDefined();
    expect(offer!.text).toMatch(/→/);
    const downgraded = sessions(await plan(athlete.id)).find((s) => s.date === firstHard!.date)!;
    expect(downgraded.hard).toBe(false);

    const accepted = await send(athlete.id, 'accept', `${firstHard!.date}T07:05:00Z`);
    expect(accepted.events).toMatchObject([{ type: 'decision_answered', choice: 'accepted' }]);
    const decisions = (await chat.app().inject(`/api/athletes/${athlete.id}/decisions`)).json() as {
      rule: string;
      status: string;
    }[];
    expect(decisions.some((d) => d.rule.startsWith('readiness.') && d.status === 'accepted')).toBe(true);

    // A race result raises VDOT and every future pace changes.
    const raceDay = addDays(firstHard!.date, 5);
    const race = await send(athlete.id, 'raced a 10k today in 47:30', `${raceDay}T12:00:00Z`);
    const vdotChange = race.events.find((e) => e.type === 'vdot_changed') as
      { from: number; to: number } | undefined;
    expect(vdotChange, JSON.stringify(race.events)).toBeDefined();
    expect(vdotChange!.to).toBeGreaterThan(vdotChange!.from);
    const after = await plan(athlete.id);
    expect(after.vdot).toBe(vdotChange!.to);
    const paceOf = (s: SessionJson) => s.steps.find((st) => st.pace && st.intensity !== 'walk')?.pace;
    const beforeByDate = new Map(sessions(before).map((s) => [s.date, s]));
    const future = sessions(after).filter((s) => s.date > raceDay && paceOf(s) && s.kind !== 'race');
    expect(future.length).toBeGreaterThan(10);
    for (const s of future) {
      const old = beforeByDate.get(s.date);
      if (!old || !paceOf(old) || old.kind !== s.kind) continue;
      expect(paceOf(s)!.from, `${s.date} ${s.kind}`).toBeLessThan(paceOf(old)!.from);
    }
  });
});
