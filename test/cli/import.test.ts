/**
 * `runloop import FILE [--athlete ID]` in-process on each database: a GPX becomes a run with the RPE
 * question after it, the same file again is refused (exit 1, nothing stored), a corrupt file is refused
 * with its code, and a missing file or runner is a caller's mistake (exit 2).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { importFile } from '../../cli/commands/import.js';
import { gpxRun } from '../helpers/activity-files.js';
import { coachDeps } from '../helpers/app.js';
import { chatOverHttp } from '../helpers/chat.js';
import { describeEachDatabase } from '../helpers/database.js';

const dir = mkdtempSync(join(tmpdir(), 'runloop-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('runloop import', (ctx) => {
  const chat = chatOverHttp(ctx, '2026-12-07T08:00:00Z');
  const run = async (flags: { file?: string; athlete?: string; dataDir?: string }) => {
    let out = '';
    let err = '';
    const code = await importFile(
      coachDeps(ctx.handle, { now: () => new Date('2026-12-08T12:00:00Z') }),
      { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: Readable.from([]) },
      { dataDir: flags.dataDir ?? dir, ...flags },
    );
    return { code, out, err };
  };

  it('imports a GPX for a runner, refuses it the second time and a corrupt file, storing nothing', async () => {
    const id = await chat.runner();
    const file = join(dir, `hills-${id}.gpx`);
    writeFileSync(file, gpxRun('2026-12-08T07:00:00Z'));
    const first = await run({ file, athlete: id });
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/6 km in 33:20/);
    expect(first.out).toMatch(/How hard did that feel/);
    expect(first.out).toMatch(/runloop chat/); // where to answer the RPE question

    const again = await run({ file, athlete: id });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/ACTIVITY_ALREADY_IMPORTED/);

    const corrupt = join(dir, `cut-${id}.gpx`);
    writeFileSync(corrupt, gpxRun('2026-12-06T07:00:00Z').subarray(0, 500));
    const bad = await run({ file: corrupt, athlete: id });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/ACTIVITY_FILE_CORRUPT/);
    expect(bad.out).toMatch(/damaged or cut off/);

    const activities = (await chat.app().inject(`/api/athletes/${id}/activities`)).json() as unknown[];
    expect(activities).toHaveLength(1);
  });

  it('a missing file, no file or an unknown runner is a caller’s mistake (exit 2)', async () => {
    const id = await chat.runner();
    expect((await run({ file: join(dir, 'nope.gpx'), athlete: id })).code).toBe(2);
    expect((await run({ athlete: id })).code).toBe(2);
    const file = join(dir, 'someone.gpx');
    writeFileSync(file, gpxRun('2026-12-08T07:00:00Z'));
    const nobody = await run({ file, athlete: '00000000-0000-4000-8000-000000000000' });
    expect(nobody.code).toBe(2);
    expect(nobody.err).toMatch(/no runner/);
    const empty = mkdtempSync(join(tmpdir(), 'runloop-import-empty-'));
    const noRunner = await run({ file, dataDir: empty });
    rmSync(empty, { recursive: true, force: true });
    expect(noRunner.code).toBe(2);
    expect(noRunner.err).toMatch(/--athlete/);
  });
});
