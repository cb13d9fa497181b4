import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_FILE_REFUSALS,
  MAX_ACTIVITY_FILE_BYTES,
} from '../../../coach/activity-files/activity-file.js';
import { readActivityFile } from '../../../coach/activity-files/read-activity-file.js';
import { fitRun, gpxRun, tcxRun } from '../../helpers/activity-files.js';

const now = new Date('2026-12-01T12:00:00Z');
const read = (bytes: Uint8Array, fileName?: string) =>
  readActivityFile(bytes, { now, ...(fileName ? { fileName } : {}) });

describe('readActivityFile', () => {
  it('GPX with a stop, a recording pause and two hills', async () => {
    const r = await read(gpxRun());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value;
    expect(v.format).toBe('gpx');
    expect(v.startedAt).toBe('2026-11-29T07:00:00.000Z');
    expect(Math.abs(v.distanceMeters - 6000)).toBeLessThan(1); // haversine along a meridian: ±1 m
    expect(v.durationSeconds).toBe(2000); // 60 s standing and the 120 s pause excluded
    expect([v.avgHr, v.maxHr, v.cadence, v.elevationGainMeters]).toEqual([150, 172, 170, 50]);
    expect(v.laps).toHaveLength(6); // whole-kilometre splits
    expect(v.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('TCX with two laps, HR and cadence', async () => {
    const r = await read(tcxRun());
    expect(r.ok && r.value).toMatchObject({
      format: 'tcx',
      distanceMeters: 2000,
      durationSeconds: 600,
      avgHr: 150,
      maxHr: 171,
      cadence: 176,
      elevationGainMeters: 0,
      laps: [
        { distanceMeters: 1000, durationSeconds: 300, avgHr: 140, cadence: 176 },
        { distanceMeters: 1000, durationSeconds: 300, avgHr: 160, cadence: 176 },
      ],
    });
  });

  it('FIT written by the encoder: cadence per leg doubled, laps from lap messages', async () => {
    const r = await read(fitRun(undefined, 1), 'run.gpx'); // the content decides, not the name
    expect(r.ok && r.value).toMatchObject({
      format: 'fit',
      startedAt: '2026-11-28T09:00:00.000Z',
      distanceMeters: 3000,
      durationSeconds: 1000,
      avgHr: 155,
      maxHr: 178,
      cadence: 172,
      elevationGainMeters: 12,
    });
    expect(r.ok && r.value.laps).toHaveLength(3);
  });

  it('refuses with a code: empty, oversized, unknown, corrupt, truncated, no track, future', async () => {
    const gpx = gpxRun();
    const fit = fitRun();
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'ACTIVITY_FILE_EMPTY'],
      [new Uint8Array(MAX_ACTIVITY_FILE_BYTES + 1), 'ACTIVITY_FILE_TOO_LARGE'],
      [new TextEncoder().encode('just some notes about my run'), 'ACTIVITY_FILE_UNKNOWN_FORMAT'],
      [new TextEncoder().encode('<?xml version="1.0"?><kml></kml>'), 'ACTIVITY_FILE_UNKNOWN_FORMAT'],
      [gpx.subarray(0, gpx.length - 40), 'ACTIVITY_FILE_CORRUPT'],
      [fit.subarray(0, 200), 'ACTIVITY_FILE_CORRUPT'],
      [
        Uint8Array.from([...fit.subarray(0, fit.length - 1), fit[fit.length - 1]! ^ 0xff]),
        'ACTIVITY_FILE_CORRUPT',
      ],
      [
        new TextEncoder().encode('<gpx version="1.1"><trk><trkseg></trkseg></trk></gpx>'),
        'ACTIVITY_FILE_NO_TRACK',
      ],
      [gpxRun('2026-12-02T07:00:00Z'), 'ACTIVITY_IN_FUTURE'],
      [tcxRun(undefined, 'Biking'), 'ACTIVITY_NOT_A_RUN'],
      [fitRun(undefined, 2), 'ACTIVITY_NOT_A_RUN'],
    ];
    for (const [bytes, code] of cases) {
      const r = await read(bytes);
      expect(r.ok ? 'ok' : r.code, code).toBe(code);
    }
  });

  it('random bytes never throw and always give a refusal code', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([...fitRun().subarray(0, 14), ...b])),
          fc.string({ maxLength: 300 }).map((s) => new TextEncoder().encode(`<gpx>${s}`)),
        ),
        async (bytes) => {
          const r = await read(bytes);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(ACTIVITY_FILE_REFUSALS).toContain(r.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});
