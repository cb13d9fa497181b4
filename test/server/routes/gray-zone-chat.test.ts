/**
 * Issue 10 through the HTTP API, on PGlite and PostgreSQL: "7.5k in 40 mins, avg hr 158" on an easy day
 * gets the gray-zone flag with its numbers (pace, HR, the easy band and ceiling, the 80/20 share), not
 * praise; the assessment is stored with the run; `this week` shows the intensity split.
 */
import { expect, it } from 'vitest';
import { createRepositories } from '../../../db/repositories/index.js';
import { formatPaceRange, showPace } from '../../../coach/prompts/format.js';
import { SAMPLE_PROFILE } from '../../helpers/app.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface SessionJson {
  date: string;
  kind: string;
  hard: boolean;
  steps: { intensity: string; pace?: { from: number; to: number }; hr?: { from: number; to: number } }[];
}

type SentReply = { replies: { text: string }[]; events: { type: string }[] };

describeEachDatabase('gray zone in chat over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const send = (id: string, text: string, at: string): Promise<SentReply> =>
    chat.send<SentReply>(id, text, at);

  it('"7.5k in 40 mins, avg hr 158" on an easy day → the gray-zone flag with its numbers, no "Proud of you"', async () => {
    const created = await chat.app().inject({
      method: 'POST',
      url: '/api/athletes',
      payload: {
        name: 'Ana',
        timezone: 'Europe/Lisbon',
        maxHr: 188,
        restingHr: 52,
        age: 41,
        persona: 'best-friend',
        ...SAMPLE_PROFILE,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const athlete = created.json() as { id: string };
    const plan = (await chat.app().inject(`/api/athletes/${athlete.id}/plan`)).json() as {
      weeks: { sessions: SessionJson[] }[];
    };
    const easy = plan.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'easy')!;
    const e = easy.steps.find((s) => s.intensity === 'E' && s.pace)!;
    expect(e.hr, 'the easy step carries an HR ceiling').toBeDefined();

    const run = await send(athlete.id, '7.5k in 40 mins, avg hr 158', `${easy.date}T18:00:00Z`);
    const text = run.replies.map((r) => r.text).join('\n');
    expect(text).not.toMatch(/Proud of you/);
    expect(text).not.toMatch(/That was your easy run\./);
    expect(text).toContain(
      `${showPace(320, 'km')} at HR 158; easy is ${formatPaceRange(e.pace!, 'km')} under ${e.hr!.to} bpm — slower is the point`,
    );
    expect(text).toMatch(/0 % of your last 7 days was easy running/);

    const [listed] = (await chat.app().inject(`/api/athletes/${athlete.id}/activities`)).json() as {
      assessment: { flags: string[] } | null;
    }[];
    expect(listed?.assessment?.flags).toContain('gray-zone');
    const [stored] = await createRepositories(ctx.handle.db).activities.list(athlete.id);
    expect(stored?.assessment).toMatchObject({
      judgedAs: 'easy',
      paceSPerKm: 320,
      hr: { avgHr: 158, ceilingBpm: e.hr!.to, verdict: 'above' },
      flags: expect.arrayContaining(['gray-zone']),
    });

    const week = await send(athlete.id, 'this week', `${easy.date}T19:00:00Z`);
    expect(week.replies.map((r) => r.text).join('\n')).not.toMatch(/HR strap/);
    expect(week.replies.map((r) => r.text).join('\n')).toMatch(
      /0 % of your last 7 days was easy running \(0 % over 28 days; aim for about 80 %\)/,
    );
  });

  it('a second gray-zone easy run within 7 days → intensity.gray-zone asks about the HR strap or heat', async () => {
    const athlete = { id: await chat.runner({ name: 'Cy' }) };
    const plan = (await chat.app().inject(`/api/athletes/${athlete.id}/plan`)).json() as {
      weeks: { sessions: SessionJson[] }[];
    };
    const easyDays = plan.weeks
      .flatMap((w) => w.sessions)
      .filter((s) => s.kind === 'easy')
      .slice(0, 2);
    await send(athlete.id, '7.5k in 40 mins, avg hr 158, rpe 4', `${easyDays[0]!.date}T18:00:00Z`);
    const second = await send(
      athlete.id,
      '8k in 43 mins, avg hr 160, rpe 4',
      `${easyDays[1]!.date}T18:00:00Z`,
    );
    const text = second.replies.map((r) => r.text).join('\n');
    expect(text).toContain('slower is the point');
    expect(text).toMatch(/2 easy runs in the last 7 days drifted into the gray zone/);
    expect(text).toMatch(/Is your HR strap reading right, or was it hot\?/);
    const decisions = (await chat.app().inject(`/api/athletes/${athlete.id}/decisions`)).json() as {
      rule: string;
      reasons: { code: string; facts: { runs?: { date: string }[] } }[];
    }[];
    const gray = decisions.find((d) => d.rule === 'intensity.gray-zone');
    expect(gray?.reasons[0]?.facts.runs?.map((r) => r.date)).toEqual(easyDays.map((d) => d.date));
  });

  it('the same distance at an easy pace and HR is praised as usual and not flagged', async () => {
    const created = await chat.app().inject({
      method: 'POST',
      url: '/api/athletes',
      payload: {
        name: 'Bo',
        timezone: 'Europe/Lisbon',
        maxHr: 188,
        restingHr: 52,
        age: 41,
        persona: 'best-friend',
        ...SAMPLE_PROFILE,
      },
    });
    const athlete = created.json() as { id: string };
    const plan = (await chat.app().inject(`/api/athletes/${athlete.id}/plan`)).json() as {
      weeks: { sessions: SessionJson[] }[];
    };
    const easy = plan.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'easy')!;
    const e = easy.steps.find((s) => s.intensity === 'E' && s.pace)!;
    const minutes = Math.round((7.5 * (e.pace!.from + e.pace!.to)) / 2 / 60);
    const run = await send(
      athlete.id,
      `7.5k in ${minutes} mins, avg hr ${e.hr!.to - 6}`,
      `${easy.date}T18:00:00Z`,
    );
    const text = run.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/Proud of you/);
    expect(text).not.toMatch(/slower is the point/);
  });
});
