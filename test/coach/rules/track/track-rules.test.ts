import { describe, expect, it } from 'vitest';
import { elevationGainMeters, ELEVATION_HYSTERESIS_M } from '../../../../coach/rules/track/elevation-gain.js';
import { haversineMeters } from '../../../../coach/rules/track/haversine.js';
import { kmSplits } from '../../../../coach/rules/track/laps.js';
import { plausibleActivity } from '../../../../coach/rules/track/plausible-activity.js';
import {
  MOVING_MIN_SPEED_MPS,
  movingSeconds,
  segments,
  trackMeters,
} from '../../../../coach/rules/track/segments.js';
import { summarizeTrack } from '../../../../coach/rules/track/summarize-track.js';
import { stepsPerMinute } from '../../../../coach/rules/track/cadence.js';

describe('track rules', () => {
  it('haversine: one degree of the equator is 111.195 km', () => {
    expect(haversineMeters({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111_195, 0);
  });

  it('moving time excludes standing still and recording pauses; distance excludes the pause gap', () => {
    const pts = [
      { timeMs: 0, distanceM: 0 },
      { timeMs: 10_000, distanceM: 30 },
      { timeMs: 70_000, distanceM: 31 }, // 1 m in 60 s: standing
      { timeMs: 200_000, distanceM: 500, afterPause: true }, // watch paused: neither time nor distance
      { timeMs: 210_000, distanceM: 530 },
    ];
    const segs = segments(pts);
    expect(movingSeconds(segs)).toBe(20);
    expect(trackMeters(segs)).toBe(61);
    expect(MOVING_MIN_SPEED_MPS).toBeCloseTo(1000 / 1200, 6);
  });

  it('elevation gain ignores ±1 m noise and counts whole hills (3 m hysteresis)', () => {
    expect(ELEVATION_HYSTERESIS_M).toBe(3);
    const flat = Array.from({ length: 100 }, (_, i) => 100 + (i % 2));
    expect(elevationGainMeters(flat)).toBe(0);
    const hill = [...flat, ...Array.from({ length: 21 }, (_, i) => 100 + i), 119, 120, 118, 110, 100];
    expect(elevationGainMeters(hill)).toBe(20);
    expect(elevationGainMeters([100])).toBeUndefined();
  });

  it('cadence per leg is doubled to steps per minute', () => {
    expect(stepsPerMinute(85)).toBe(170);
    expect(stepsPerMinute(85, 0.5)).toBe(171);
  });

  it('splits by kilometre when the file has no laps', () => {
    const pts = Array.from({ length: 26 }, (_, i) => ({
      timeMs: i * 20_000,
      distanceM: i * 100,
      hrBpm: 150,
    }));
    const splits = kmSplits(pts, segments(pts));
    expect(splits.map((s) => [s.distanceMeters, s.durationSeconds])).toEqual([
      [1000, 200],
      [1000, 200],
      [500, 100],
    ]);
  });

  it('refuses a track without time or distance, and implausible values with the field', () => {
    expect(summarizeTrack([], [])).toMatchObject({ ok: false, code: 'ACTIVITY_FILE_NO_TRACK' });
    const standing = [
      { timeMs: 0, lat: 1, lon: 1 },
      { timeMs: 60_000, lat: 1, lon: 1 },
    ];
    expect(summarizeTrack(standing, [])).toMatchObject({ ok: false, code: 'ACTIVITY_FILE_NO_TRACK' });
    const pts = [
      { timeMs: 0, distanceM: 0, hrBpm: 250 },
      { timeMs: 600_000, distanceM: 2000, hrBpm: 250 },
    ];
    const s = summarizeTrack(pts, []);
    expect(s.ok && s.value.durationSeconds).toBe(600);
    expect(s.ok && plausibleActivity(s.value)).toMatchObject({
      ok: false,
      code: 'ACTIVITY_IMPLAUSIBLE',
      facts: { field: 'avgHr', value: 250 },
    });
    const car = summarizeTrack(
      [
        { timeMs: 0, distanceM: 0 },
        { timeMs: 600_000, distanceM: 15_000 },
      ],
      [],
    );
    expect(car.ok && plausibleActivity(car.value)).toMatchObject({ facts: { field: 'paceSPerKm' } });
  });
});
