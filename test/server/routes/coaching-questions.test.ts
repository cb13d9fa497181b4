/**
 * Issue 11 §5 through the HTTP API, on PGlite and PostgreSQL: after onboarding with the sample profile,
 * "what about tomorrow?", "how am I doing?", a mid-run question, a race prediction, an outside question
 * and "was that too fast?" after a logged run are each answered from the coach's data, and none of the
 * questions stores anything (no run, no check-in, no decision). A red flag in a question gets the red-flag
 * reply, never a cue.
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { formatDate, formatPaceRange, showPace } from '../../../coach/prompts/format.js';
import { CUE_WORDS } from '../../../coach/prompts/templates/questions.js';
import { midRunCue } from '../../../coach/rules/in-run/mid-run-cue.js';
import type { Session } from '../../../coach/rules/plan/types.js';
import { equivalentRaceTime } from '../../../coach/rules/vdot/equivalent-race-time.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface SessionJson {
  date: string;
  kind: string;
  minutes: number;
  steps: { intensity: string; pace?: { from: number; to: number }; hr?: { from: number; to: number } }[];
}

/** `h:mm:ss` → seconds. */
const seconds = (clock: string) => clock.split(':').reduce((t, part) => t * 60 + Number(part), 0);

describeEachDatabase('coaching questions over HTTP', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  async function send(id: string, text: string, at: string): Promise<string> {
    const body = await chat.send<{ replies: { text: string }[] }>(id, text, at);
    return body.replies.map((r) => r.text).join('\n');
  }
  const count = async (id: string, what: 'activities' | 'checkins' | 'decisions') =>
    ((await chat.app().inject(`/api/athletes/${id}/${what}`)).json() as unknown[]).length;
  const stored = async (id: string) => ({
    activities: await count(id, 'activities'),
    checkins: await count(id, 'checkins'),
    decisions: await count(id, 'decisions'),
  });

  it('answers tomorrow, progress, mid-run, prediction, outside and "was that too fast?" and stores nothing', async () => {
    const id = await chat.runner({ name: 'Ana' });
    const plan = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as {
      vdot: number;
      weeks: { sessions: SessionJson[] }[];
    };
    const all = plan.weeks.flatMap((w) => w.sessions);
    const easy = all.find((s, i) => i > 0 && s.kind === 'easy')!;
    const e = easy.steps.find((s) => s.intensity === 'E' && s.hr)!;
    const before = await stored(id);

    const tomorrow = await send(id, 'what about tomorrow?', `${addDays(easy.date, -1)}T08:00:00Z`);
    expect(tomorrow).toContain(`${formatDate(easy.date)}: easy run, ${easy.minutes} min`);
    expect(tomorrow).not.toMatch(/Today \(/);

    const progress = await send(id, 'how am I doing?', `${addDays(easy.date, -1)}T08:05:00Z`);
    expect(progress).toMatch(/of \d+ weeks|First week of \d+/);
    expect(progress).toContain('no runs logged yet');
    expect(progress).toMatch(/VDOT \d/);

    const mid = await send(id, "I'm 3k in, HR 165, should I slow down?", `${easy.date}T07:20:00Z`);
    // The same cue `midRunCue` gives the phone line for this report on this session.
    const cue = midRunCue(easy as unknown as Session, 0, { distanceKm: 3, hr: 165 });
    expect(mid).toContain(CUE_WORDS[cue.cue]);
    expect(['slow_down', 'walk_break']).toContain(cue.cue);
    expect(mid).toContain(`HR 165 is above your easy ceiling of ${e.hr!.to} bpm.`);

    const predicted = await send(id, 'what time can I run for the half now?', `${easy.date}T07:30:00Z`);
    const range = /a half marathon now: about (\d:\d\d:\d\d) to (\d:\d\d:\d\d)/.exec(predicted);
    expect(range, predicted).not.toBeNull();
    // Honest: never faster than the current Daniels equivalent, and a real range.
    const equivalent = equivalentRaceTime(plan.vdot, 21097.5);
    expect(seconds(range![1]!)).toBeGreaterThanOrEqual(Math.floor(equivalent));
    expect(seconds(range![2]!)).toBeGreaterThan(seconds(range![1]!));

    const food = await send(id, 'what should I eat before my long run?', `${easy.date}T07:40:00Z`);
    expect(food).toContain('outside what I coach');
    expect(food).not.toMatch(/didn.t catch/i);
    expect(await stored(id)).toEqual(before);

    await send(id, '7.5k in 40 mins, avg hr 158', `${easy.date}T18:00:00Z`);
    const afterRun = await stored(id);
    expect(afterRun.activities).toBe(before.activities + 1);

    const check = await send(id, 'was that too fast?', `${easy.date}T18:10:00Z`);
    expect(check).toContain(`Your run on ${formatDate(easy.date)} was too fast for an easy run.`);
    expect(check).toContain(
      `${showPace(320, 'km')} against ${formatPaceRange(e.pace!, 'km')} for the easy run; HR 158 against a ceiling of ${e.hr!.to} bpm.`,
    );
    const later = await send(id, 'how am I doing?', `${easy.date}T18:20:00Z`);
    expect(later).toContain('1 run logged (7.5 km)');
    expect(await stored(id)).toEqual(afterRun);
  });

  it('after a race raises VDOT, "how am I doing?" shows the trend and the paces that moved', async () => {
    const id = await chat.runner({ name: 'Cy' });
    const before = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as {
      vdot: number;
      weeks: { start: string }[];
    };
    const raceDay = addDays(before.weeks[1]!.start, 2);
    await send(id, 'raced a 10k today in 47:30', `${raceDay}T12:00:00Z`);
    const after = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as { vdot: number };
    expect(after.vdot).toBeGreaterThan(before.vdot);
    const reply = await send(id, 'am i getting fitter?', `${raceDay}T18:00:00Z`);
    expect(reply).toMatch(/Fitness up: VDOT [\d.]+ → [\d.]+\./);
    expect(reply).toMatch(/Paces moved: easy \d:\d\d–\d:\d\d\/km → \d:\d\d–\d:\d\d\/km, threshold/);
    expect(reply).toContain('1 of');
  });

  it('a red flag in a mid-run question gets the red-flag reply, never a cue', async () => {
    const id = await chat.runner({ name: 'Bo' });
    const plan = (await chat.app().inject(`/api/athletes/${id}/plan`)).json() as {
      weeks: { sessions: SessionJson[] }[];
    };
    const easy = plan.weeks.flatMap((w) => w.sessions).find((s, i) => i > 0 && s.kind === 'easy')!;
    for (const text of ['chest pain, should I keep going?', 'dizzy, 4k in, hr 165, should i keep going?']) {
      const reply = await send(id, text, `${easy.date}T07:20:00Z`);
      expect(reply).toContain('qualified health professional');
      expect(reply).not.toMatch(/Slow down|Hold what you are doing|Target:/);
    }
    expect(await count(id, 'activities')).toBe(0);
  });
});
