/**
 * Issue 10 §5 through the HTTP API, on PGlite and PostgreSQL: a parkrun "went all out" is a race — said so
 * ("parkrun") or recognised (5 km at RPE 10 at a PR-level effort) — so it raises VDOT and earns its recovery
 * days, is never an RPE mismatch, never cuts the week, and the long run logged the next day is never edited
 * after the fact.
 */
import { expect, it } from 'vitest';
import type { Session } from '../../../coach/rules/plan/types.js';
import { SAMPLE_PROFILE } from '../../helpers/app.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface Reply {
  replies: { text: string }[];
  events: { type: string; decisions?: { rule: string; date: string }[] }[];
}
interface PlanJson {
  vdot: number;
  weeks: { sessions: Session[] }[];
}

describeEachDatabase('a race is a race, over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const send = (id: string, text: string, at: string): Promise<Reply> => chat.send<Reply>(id, text, at);
  const sessionOn = async (id: string, date: string): Promise<Session> => {
    const plan = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as PlanJson;
    return plan.weeks.flatMap((w) => w.sessions).find((s) => s.date === date)!;
  };
  const rulesOf = (r: Reply) => r.events.flatMap((e) => e.decisions ?? []).map((d) => d.rule);

  it.each([
    ['said so', 'parkrun this morning, 5k in 22:40, went all out'],
    ['recognised', '5k in 22:40 this morning, went all out'],
  ])(
    'a parkrun (%s): no mismatch, VDOT up, recovery days, and the next day’s run is left as run',
    async (_how, text) => {
      const created = await chat.app().inject({
        method: 'POST',
        url: '/api/athletes',
        payload: { name: 'Ana', timezone: 'UTC', ...SAMPLE_PROFILE },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      const sunday = await sessionOn(id, '2026-12-13');
      expect(sunday.kind).toBe('long');

      await send(id, 'ran 7k in 45:00, rpe 3', '2026-12-08T18:00:00Z');
      const race = await send(id, text, '2026-12-12T10:00:00Z');
      const rules = rulesOf(race);
      expect(rules).toContain('fitness.race-result');
      expect(rules).toContain('recovery.post-race');
      expect(rules.filter((r) => r.startsWith('rpe.') || r === 'load.acwr-caution')).toEqual([]);
      const said = race.replies.map((r) => r.text).join('\n');
      expect(said).toMatch(/^Race logged\. Sat 12 Dec: 5 km in 22:40/);
      expect(said).toContain('That was a race');
      expect(said).not.toMatch(/That was your easy run|felt like RPE|felt much harder/);
      expect(said).toMatch(/earns 2 easy days/);
      expect(race.events.some((e) => e.type === 'vdot_changed')).toBe(true);

      // Sunday's long run is now an easy recovery run.
      const eased = await sessionOn(id, '2026-12-13');
      expect(eased).toMatchObject({ kind: 'easy', hard: false, status: 'adapted' });
      expect(eased.minutes).toBeLessThanOrEqual(45);

      // Sunday's run is logged: nothing edits Sunday after the fact, and nothing reads the race as too hard.
      const next = await send(id, 'ran 6k in 40:00, rpe 3', '2026-12-13T10:00:00Z');
      expect(rulesOf(next).filter((r) => r.startsWith('rpe.') || r === 'load.acwr-caution')).toEqual([]);
      const after = await sessionOn(id, '2026-12-13');
      expect({ ...after, status: undefined }).toEqual({ ...eased, status: undefined });
      const decisions = (await chat.app().inject(`/api/athletes/${id}/decisions`)).json() as {
        rule: string;
      }[];
      expect(decisions.map((d) => d.rule).filter((r) => r.startsWith('rpe.'))).toEqual([]);
    },
  );
});
