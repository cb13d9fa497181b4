/**
 * Issue 12 §5 through the HTTP API, on PGlite and PostgreSQL: a GPX upload becomes a run like a logged one
 * (the RPE question follows, and the next "6" rates that run); the same file again is refused and stores
 * nothing; oversized, corrupt, unknown and future files are refused with their codes and store nothing.
 */
import { expect, it } from 'vitest';
import { MAX_ACTIVITY_FILE_BYTES } from '../../../coach/activity-files/activity-file.js';
import { fitRun, gpxRun, tcxRun } from '../../helpers/activity-files.js';
import { chatOverHttp } from '../../helpers/chat.js';
import { describeEachDatabase } from '../../helpers/database.js';

interface Imported {
  activityId: string;
  replies: { text: string; options: { label: string; value: string }[] }[];
  events: { type: string; [k: string]: unknown }[];
}

describeEachDatabase('POST /api/athletes/:id/activities/import', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const upload = (id: string, bytes: Uint8Array, fileName = 'run.gpx') =>
    chat.app().inject({
      method: 'POST',
      url: `/api/athletes/${id}/activities/import?filename=${encodeURIComponent(fileName)}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(bytes),
    });
  const activities = async (id: string) =>
    (await chat.app().inject(`/api/athletes/${id}/activities`)).json() as {
      id: string;
      date: string;
      km: number;
      minutes: number;
      avgHr: number;
      maxHr: number;
      cadence: number;
      rpe: number | null;
      source: string;
    }[];

  it('imports a GPX as a run, asks for the RPE, and the next "6" rates that run; the same file twice is refused', async () => {
    const id = await chat.runner();
    chat.at('2026-12-08T09:00:00Z');
    const res = await upload(id, gpxRun('2026-12-08T07:00:00Z'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Imported;
    expect(body.events.find((e) => e.type === 'activity_logged')).toMatchObject({
      activityId: body.activityId,
      date: '2026-12-08',
    });
    const text = body.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/6(\.0)? km/);
    expect(text).toMatch(/50 m/); // elevation gain
    expect(body.replies.some((r) => r.options.map((o) => o.label).includes('6'))).toBe(true);
    expect(text).toMatch(/From your GPX file: max HR 172 bpm, cadence 170 spm, 50 m climbing, 6 laps\./);
    const [run] = await activities(id);
    expect(run).toMatchObject({
      id: body.activityId,
      date: '2026-12-08',
      avgHr: 150,
      maxHr: 172,
      cadence: 170,
    });
    expect(run!.km).toBeCloseTo(6, 2);
    expect(run!.minutes).toBeCloseTo(2000 / 60, 2);
    expect(run!.source).toBe('gpx');

    const rated = await chat.send<Imported>(id, '6', '2026-12-08T09:05:00Z');
    expect(rated.events.find((e) => e.type === 'run_rated')).toMatchObject({
      activityId: body.activityId,
      rpe: 6,
    });

    const again = await upload(id, gpxRun('2026-12-08T07:00:00Z'), 'renamed.gpx');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: { code: 'ACTIVITY_ALREADY_IMPORTED' } });
    expect(await activities(id)).toHaveLength(1);
  });

  it('imports TCX and FIT (the format read from the content), and refuses bad files storing nothing', async () => {
    const id = await chat.runner();
    chat.at('2026-12-08T20:00:00Z');
    const tcx = await upload(id, tcxRun('2026-12-08T18:00:00Z'), 'evening.tcx');
    expect(tcx.statusCode, tcx.body).toBe(200);
    const fit = await upload(id, fitRun('2026-12-07T09:00:00Z'), 'no-extension');
    expect(fit.statusCode, fit.body).toBe(200);
    expect((await activities(id)).map((a) => [a.date, a.source])).toEqual([
      ['2026-12-07', 'fit'],
      ['2026-12-08', 'tcx'],
    ]);

    const refused: [Uint8Array, number, string][] = [
      [new Uint8Array(MAX_ACTIVITY_FILE_BYTES + 1), 413, 'ACTIVITY_FILE_TOO_LARGE'],
      [gpxRun('2026-12-08T07:00:00Z').subarray(0, 900), 400, 'ACTIVITY_FILE_CORRUPT'],
      [new TextEncoder().encode('hello coach'), 400, 'ACTIVITY_FILE_UNKNOWN_FORMAT'],
      [gpxRun('2026-12-09T07:00:00Z'), 400, 'ACTIVITY_IN_FUTURE'],
    ];
    for (const [bytes, status, code] of refused) {
      const res = await upload(id, bytes);
      expect(res.statusCode, code).toBe(status);
      expect(res.json(), code).toMatchObject({ error: { code } });
    }
    const empty = await chat.app().inject({
      method: 'POST',
      url: `/api/athletes/${id}/activities/import`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.alloc(0),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'ACTIVITY_FILE_EMPTY' } });
    expect(await activities(id)).toHaveLength(2);

    const nobody = await upload('00000000-0000-4000-8000-000000000000', gpxRun('2026-12-08T07:00:00Z'));
    expect(nobody.statusCode).toBe(404);
  });
});
