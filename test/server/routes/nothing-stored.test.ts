/**
 * Issue 11 §3 through the HTTP API, on PGlite and PostgreSQL: a question stores nothing; impossible values
 * are refused; a treadmill run is 45 min / 7.5 km; "undo" takes it back; a return from a trip does not
 * pause; a run typed while the RPE question is open is a new run; "undo" of a short night withdraws the
 * downgrade it caused, and the undo stays in the audit log.
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface SessionJson {
  date: string;
  kind: string;
  hard: boolean;
}
interface Sent {
  replies: { text: string; options: { label: string; value: string }[] }[];
  events: { type: string; [k: string]: unknown }[];
}

describeEachDatabase('nothing stored from a question or a misparse', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const runner = (): Promise<string> => chat.runner();
  const send = (id: string, text: string, at: string): Promise<Sent> => chat.send<Sent>(id, text, at);
  const activities = async (id: string) =>
    (await chat.app().inject(`/api/athletes/${id}/activities`)).json() as {
      km?: number;
      minutes?: number;
      rpe?: number;
    }[];
  const decisions = async (id: string) =>
    (await chat.app().inject(`/api/athletes/${id}/decisions`)).json() as {
      id: string;
      rule: string;
      status: string;
    }[];
  const types = (s: Sent) => s.events.map((e) => e.type);
  const allText = (s: Sent) => s.replies.map((r) => r.text).join('\n');

  it('stores nothing from a question or an impossible value; a treadmill run is 45 min / 7.5 km; undo removes it', async () => {
    const id = await runner();
    const day = '2026-12-08';

    const question = await send(
      id,
      'why do my easy runs have to be so slow? 6:30 feels like walking',
      `${day}T08:00:00Z`,
    );
    expect(types(question)).not.toContain('activity_logged');
    expect(allText(question)).not.toMatch(/0:00|0\.0 km|6:30/);
    const unanswerable = await send(id, 'is 5:45 too quick for easy?', `${day}T08:01:00Z`);
    expect(types(unanswerable)).toEqual([]);
    expect(allText(unanswerable)).toMatch(/can’t answer that one yet/);

    for (const text of ['ran -5 km', 'ran 10k in 3 min', 'rpe 6.5', 'rpe 11', 'ran 8k avg hr 300']) {
      const refused = await send(id, text, `${day}T08:02:00Z`);
      expect(types(refused), text).toEqual(['clarification_needed']);
      expect(allText(refused), text).toMatch(/\?/);
    }
    expect(await activities(id)).toEqual([]);

    const treadmill = await send(id, 'Treadmill 45 min at 10 km/h', `${day}T18:00:00Z`);
    expect(types(treadmill)).toContain('activity_logged');
    expect(await activities(id)).toMatchObject([{ km: 7.5, minutes: 45 }]);
    expect(allText(treadmill)).toMatch(/7\.5 km in 45:00/);

    const undo = await send(id, 'undo', `${day}T18:05:00Z`);
    expect(types(undo)).toContain('fact_undone');
    expect(allText(undo)).toMatch(/took out the 7\.5 km run in 45:00/);
    expect(await activities(id)).toEqual([]);
    expect((await decisions(id)).some((d) => d.rule === 'conversation.undo')).toBe(true);
    // Taken back once: a second undo has nothing left.
    const again = await send(id, "that wasn't a run", `${day}T18:06:00Z`);
    expect(types(again)).toEqual([]);
    expect(allText(again)).toMatch(/nothing/i);
  });

  it('a recovery jog keeps its minutes, a time-only run never shows 0:00, and a return from a trip is no pause', async () => {
    const id = await runner();
    const jog = await send(id, '30 min recovery jog 4.2km', '2026-12-08T18:00:00Z');
    expect(allText(jog)).toMatch(/4\.2 km in 30:00/);
    const timeOnly = await send(id, 'easy 45 mins, no watch', '2026-12-09T18:00:00Z');
    expect(allText(timeOnly)).not.toMatch(/0:00\b(?!\S)|in 0:00|0\.0 km/);
    expect(await activities(id)).toMatchObject([{ km: 4.2, minutes: 30 }, { minutes: 45 }]);
    const back = await send(id, 'back after a work trip, slept 7h', '2026-12-10T07:00:00Z');
    expect(types(back)).not.toContain('paused');
    expect(types(back)).toContain('checkin_saved');
  });

  it('a run typed while the RPE question is open is a new run, not its answer', async () => {
    const id = await runner();
    const first = await send(id, 'ran 8k in 46 min', '2026-12-08T18:00:00Z');
    expect(allText(first)).toMatch(/1 \(very easy\) to 10/);
    await send(id, 'ran 5k in 25 min', '2026-12-09T18:00:00Z');
    const runs = await activities(id);
    expect(runs).toHaveLength(2);
    expect(runs, JSON.stringify(runs)).toMatchObject([{ km: 8 }, { km: 5 }]);
    expect(runs[0]?.rpe ?? null).toBeNull();
  });

  it('a run report inside a goal change is logged, never the goal’s target; the goal is asked on its own', async () => {
    const id = await runner();
    const goalBefore = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as { version: number };
    const both = await send(
      id,
      'change my goal to a marathon, ran 10k in 45 min yesterday',
      '2026-12-08T18:00:00Z',
    );
    expect(types(both)).toEqual(expect.arrayContaining(['activity_logged', 'clarification_needed']));
    expect(both.events).toContainEqual({ type: 'clarification_needed', codes: ['GOAL_AND_RUN_TOGETHER'] });
    expect(await activities(id)).toMatchObject([{ km: 10, minutes: 45 }]);
    const goalAfter = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as { version: number };
    expect(goalBefore.version).toBeGreaterThan(0);
    expect(goalAfter.version).toBe(goalBefore.version);
  });

  it('a run with the goal as context ("training for a half in april") logs the run, never a 50:00 half', async () => {
    const id = await runner();
    const goalBefore = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as { version: number };
    const sent = await send(
      id,
      'ran 10k yesterday in 50 min, training for a half in april',
      '2026-12-08T18:00:00Z',
    );
    expect(types(sent)).toContain('activity_logged');
    expect(types(sent)).not.toContain('clarification_needed');
    expect(await activities(id)).toMatchObject([{ km: 10, minutes: 50 }]);
    const goalAfter = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as { version: number };
    expect(goalAfter.version).toBe(goalBefore.version);
  });

  it('undo of a short night withdraws the downgrade it caused and restores the session', async () => {
    const id = await runner();
    const plan = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as {
      weeks: { sessions: SessionJson[] }[];
    };
    const firstHard = plan.weeks.flatMap((w) => w.sessions).find((s) => s.hard && s.kind !== 'race')!;
    await send(id, 'ran 8k in 46:30, rpe 4', `${addDays(firstHard.date, -1)}T18:00:00Z`);
    const morning = await send(id, 'slept 4h last night', `${firstHard.date}T07:00:00Z`);
    expect(types(morning)).toContain('plan_adapted');
    const sessionOn = async () =>
      (
        (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as {
          weeks: { sessions: SessionJson[] }[];
        }
      ).weeks
        .flatMap((w) => w.sessions)
        .find((s) => s.date === firstHard.date)!;
    expect((await sessionOn()).hard).toBe(false);

    const undo = await send(id, 'undo', `${firstHard.date}T07:05:00Z`);
    const undone = undo.events.find((e) => e.type === 'fact_undone') as
      { fact: string; withdrawnDecisionIds: string[] } | undefined;
    expect(undone, JSON.stringify(undo.events)).toMatchObject({ fact: 'checkin' });
    expect(undone!.withdrawnDecisionIds.length).toBeGreaterThan(0);
    expect(allText(undo)).toMatch(/withdrawn/);
    expect(await sessionOn()).toMatchObject({ kind: firstHard.kind, hard: true });
    const log = await decisions(id);
    for (const withdrawnId of undone!.withdrawnDecisionIds) {
      expect(log.find((d) => d.id === withdrawnId)?.status).not.toBe('proposed');
    }
    expect(log.some((d) => d.rule === 'conversation.undo')).toBe(true);
  });
});
