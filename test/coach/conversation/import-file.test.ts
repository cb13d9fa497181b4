/**
 * The front door for files (`importActivityFile`), as Telegram will call it, on both databases: the RPE
 * button after an import rates that run; the same Telegram file (`file_unique_id`) is one run even as other
 * bytes; a refusal is worded in the runner's persona and stores nothing; after "undo" the file imports again.
 */
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import {
  handleMessage,
  importActivityFile,
  openConversation,
  refuseActivityFile,
} from '../../../coach/channel.js';
import { gpxRun, tcxRun } from '../../helpers/activity-files.js';
import { coachDeps } from '../../helpers/app.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('importActivityFile', (ctx) => {
  const deps = (): CoachDeps => coachDeps(ctx.handle, { now: () => new Date('2026-12-08T20:00:00Z') });
  const runner = async (chatId: number, persona?: 'drill-sergeant') => {
    const opened = await openConversation(
      deps(),
      { channel: 'telegram', chatId },
      { name: 'Ana', timezone: 'Europe/Lisbon', ...(persona ? { persona } : {}) },
    );
    if (!opened.ok) throw new Error(opened.code);
    return opened.value.athleteId;
  };
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const runs = (athleteId: string) => deps().repositories.activities.list(athleteId);

  it('the RPE button after an import rates that run; the same Telegram file is one run; undo allows it again', async () => {
    const athleteId = await chat.runner({ telegramChatId: 5001 });
    const upload = {
      athleteId,
      channel: 'telegram' as const,
      fileName: 'evening.tcx',
      fileUniqueId: 'AgADxyz',
    };
    const bytes = tcxRun('2026-12-08T18:00:00Z');
    const taken = await importActivityFile(deps(), { ...upload, bytes });
    expect(taken.ok).toBe(true);
    // "undo" takes the run back, and then the same file imports again.
    await handleMessage(deps(), { athleteId, input: { text: 'undo' }, channel: 'telegram' });
    expect(await runs(athleteId)).toHaveLength(0);
    const first = await importActivityFile(deps(), { ...upload, bytes });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const rpe = first.value.replies.flatMap((r) => r.options).find((o) => o.label === '7');
    expect(rpe?.option).toEqual({ kind: 'rpe', value: 7 });
    const rated = await handleMessage(deps(), {
      athleteId,
      input: { option: rpe!.option },
      channel: 'telegram',
    });
    expect(rated.ok && rated.value.events).toContainEqual({
      type: 'run_rated',
      activityId: first.value.activityId,
      rpe: 7,
    });
    const [stored] = await runs(athleteId);
    expect(stored).toMatchObject({ source: 'tcx', rpe: 7, elevationGainMeters: 0, cadence: 176 });
    expect(stored!.laps).toHaveLength(2);
    expect(stored!.rawFileRef).toMatch(/^sha256:[0-9a-f]{64} telegram:AgADxyz$/);

    // Telegram's id of the same file: a repeat even when the bytes differ (re-exported).
    const again = await importActivityFile(deps(), { ...upload, bytes: tcxRun('2026-12-08T18:00:01Z') });
    expect(again).toMatchObject({ ok: false, code: 'ACTIVITY_ALREADY_IMPORTED' });
    expect(!again.ok && again.replies[0]!.text).toMatch(/I already have this run for Tue 8 Dec/);
    expect(await runs(athleteId)).toHaveLength(1);
  });

  it('a refused file is answered in the persona, and nothing is stored', async () => {
    const athleteId = await runner(5002, 'drill-sergeant');
    const bad = await importActivityFile(deps(), {
      athleteId,
      channel: 'telegram',
      bytes: gpxRun('2026-12-08T07:00:00Z').subarray(0, 700),
    });
    expect(bad).toMatchObject({ ok: false, code: 'ACTIVITY_FILE_CORRUPT' });
    if (bad.ok) return;
    expect(bad.replies[0]!.text).toMatch(/soldier/);
    expect(bad.replies[0]!.text).toMatch(/damaged or cut off/);
    const voice = await importActivityFile(deps(), { athleteId, channel: 'voice', bytes: new Uint8Array(0) });
    expect(!voice.ok && voice.replies[0]!.text).toBe('The file was empty. Nothing was saved.');
    // A Telegram document over the limit is refused from its size alone (no download).
    const big = await refuseActivityFile(
      deps(),
      { athleteId, channel: 'telegram' },
      'ACTIVITY_FILE_TOO_LARGE',
      {
        maxMb: 20,
      },
    );
    expect(big.replies[0]!.text).toMatch(/larger than 20 MB/);
    expect(await runs(athleteId)).toHaveLength(0);
    // Still onboarding: the file waits for the plan, and the question being asked comes again.
    const early = await importActivityFile(deps(), {
      athleteId,
      channel: 'telegram',
      bytes: gpxRun('2026-12-08T07:00:00Z'),
    });
    expect(early).toMatchObject({ ok: false, code: 'ACTIVITY_ONBOARDING_FIRST' });
    expect(!early.ok && early.replies).toHaveLength(2);
    expect(await runs(athleteId)).toHaveLength(0);
    const nobody = await importActivityFile(deps(), {
      athleteId: '00000000-0000-4000-8000-000000000000',
      channel: 'telegram',
      bytes: gpxRun('2026-12-08T07:00:00Z'),
    });
    expect(nobody).toMatchObject({ ok: false, code: 'ATHLETE_NOT_FOUND', replies: [] });
  });
});
