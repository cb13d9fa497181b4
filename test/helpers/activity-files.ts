/**
 * Small real activity files for the importer's tests, generated here (no binary fixtures): a GPX with a
 * stop and a recording pause over two hills, a TCX with two laps, HR and cadence, and a FIT written with
 * fit-file-parser's encoder. Each builder documents the exact numbers the importer must find.
 */
import { FitBaseType as B, FitEncoder } from 'fit-file-parser/encoder';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Degrees of latitude for `m` metres along a meridian (haversine is exact there: d = R·Δφ). */
const latFor = (m: number): number => (m / 6_371_008.8) * (180 / Math.PI);
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * GPX, start `startIso`: 100 × (10 s, 30 m) moving, 6 × 10 s standing still (a red light: 0 m/s), a new
 * `trkseg` 120 s later at the same place (a recording pause), 100 × (10 s, 30 m). Altitude: ±1 m noise at
 * 100 m, a 30 m hill in 1 m steps up and down, a 20 m hill likewise. HR 150 except one 172, cadence 85
 * per leg. Expected: 6000 m, moving 2000 s, elapsed 2180 s, avg HR 150, max 172, 170 spm, gain 50 m.
 */
export function gpxRun(startIso = '2026-11-29T07:00:00Z'): Uint8Array {
  const t0 = Date.parse(startIso);
  let t = t0;
  let m = 0;
  let i = 0;
  const alt = (k: number): number => {
    if (k >= 20 && k < 80) return 100 + (k < 50 ? k - 20 : 80 - k); // 30 m up, 30 m down
    if (k >= 120 && k < 160) return 100 + (k < 140 ? k - 120 : 160 - k); // 20 m up, 20 m down
    return 100 + (k % 2); // ±1 m noise
  };
  const pt = () => {
    const hr = i === 50 ? 172 : 150;
    const s = `<trkpt lat="${(38.7 + latFor(m)).toFixed(9)}" lon="-9.1"><ele>${alt(i)}</ele><time>${iso(t)}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${hr}</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>`;
    i++;
    return s;
  };
  const seg1 = [pt()];
  for (let k = 0; k < 100; k++) {
    t += 10_000;
    m += 30;
    seg1.push(pt());
  }
  for (let k = 0; k < 6; k++) {
    t += 10_000;
    seg1.push(pt());
  }
  t += 120_000;
  const seg2 = [pt()];
  for (let k = 0; k < 100; k++) {
    t += 10_000;
    m += 30;
    seg2.push(pt());
  }
  return enc(
    `<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="runloop-test" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><name>Hills</name><trkseg>${seg1.join('')}</trkseg><trkseg>${seg2.join('')}</trkseg></trk></gpx>`,
  );
}

/**
 * TCX, start `startIso`: two laps of 1000 m in 300 s (points every 10 s, 33⅓ m each, device distance),
 * lap 1 HR 140, lap 2 HR 160 with one 171 sample, RunCadence 88 per leg; lap totals as the device wrote
 * them. Expected: 2000 m, moving 600 s, avg HR 150, max 171, 176 spm, laps [1000 m/300 s/140, 1000 m/300 s/160].
 */
export function tcxRun(startIso = '2026-11-30T18:00:00Z', sport = 'Running'): Uint8Array {
  const t0 = Date.parse(startIso);
  const laps: string[] = [];
  for (let lap = 0; lap < 2; lap++) {
    const hr = lap === 0 ? 140 : 160;
    const pts: string[] = [];
    for (let k = lap === 0 ? 0 : 1; k <= 30; k++) {
      const s = lap * 300 + k * 10;
      const sample = lap === 1 && k === 15 ? 171 : hr;
      pts.push(
        `<Trackpoint><Time>${iso(t0 + s * 1000)}</Time><AltitudeMeters>50</AltitudeMeters><DistanceMeters>${((s * 1000) / 300).toFixed(3)}</DistanceMeters><HeartRateBpm><Value>${sample}</Value></HeartRateBpm><Extensions><ns3:TPX><ns3:RunCadence>88</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>`,
      );
    }
    laps.push(
      `<Lap StartTime="${iso(t0 + lap * 300_000)}"><TotalTimeSeconds>300</TotalTimeSeconds><DistanceMeters>1000</DistanceMeters><MaximumSpeed>3.4</MaximumSpeed><Calories>70</Calories><AverageHeartRateBpm><Value>${hr}</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>${lap === 1 ? 171 : hr}</Value></MaximumHeartRateBpm><Intensity>Active</Intensity><TriggerMethod>Distance</TriggerMethod><Track>${pts.join('')}</Track><Extensions><ns3:LX><ns3:AvgRunCadence>88</ns3:AvgRunCadence></ns3:LX></Extensions></Lap>`,
    );
  }
  return enc(
    `<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Activities><Activity Sport="${sport}"><Id>${iso(t0)}</Id>${laps.join('')}</Activity></Activities></TrainingCenterDatabase>`,
  );
}

const u8 = (n: number, v: number) => ({ number: n, size: 1, baseType: B.Uint8, value: v });
const u16 = (n: number, v: number) => ({ number: n, size: 2, baseType: B.Uint16, value: v });
const u32 = (n: number, v: number) => ({ number: n, size: 4, baseType: B.Uint32, value: v });
const s32 = (n: number, v: number) => ({ number: n, size: 4, baseType: B.Sint32, value: v });
const semicircles = (deg: number) => Math.round((deg * 2 ** 31) / 180);

/**
 * FIT, start `startIso`: 201 records every 5 s, 15 m apart (device distance, 3 m/s), HR 155 with one 178,
 * cadence 86 per leg, altitude 200 m with a 12 m rise in the middle; 3 laps of 1000 m / 333.333 s.
 * Expected: 3000 m, moving 1000 s, avg HR 155, max 178, 172 spm, gain 12 m, 3 laps. `sport`: a session
 * message with that FIT sport.
 */
export function fitRun(startIso = '2026-11-28T09:00:00Z', sport?: number): Uint8Array {
  const e = new FitEncoder();
  const t0 = new Date(startIso);
  const ts = (s: number) => FitEncoder.toFitTimestamp(new Date(t0.getTime() + s * 1000));
  e.writeMessage(0, [u8(0, 4), u32(4, ts(0))]); // file_id: activity
  for (let k = 0; k <= 200; k++) {
    const alt = k >= 80 && k < 92 ? 200 + (k - 79) : k >= 92 && k < 104 ? 212 - (k - 91) : 200;
    e.writeMessage(
      20,
      [
        u32(253, ts(k * 5)),
        s32(0, semicircles(38.7 + latFor(k * 15))),
        s32(1, semicircles(-9.1)),
        u32(5, k * 15 * 100),
        u8(3, k === 100 ? 178 : 155),
        u8(4, 86),
        u16(2, (alt + 500) * 5),
      ],
      1,
    );
  }
  for (let lap = 0; lap < 3; lap++) {
    e.writeMessage(
      19,
      [
        u32(253, ts((lap + 1) * 333)),
        u32(2, ts(lap * 333)),
        u32(7, 333_333),
        u32(8, 333_333),
        u32(9, 100_000),
        u8(15, 155),
        u8(16, lap === 1 ? 178 : 155),
        u8(17, 86),
      ],
      2,
    );
  }
  // session: sport (FIT enum: 1 running, 2 cycling), when asked
  if (sport !== undefined) e.writeMessage(18, [{ number: 5, size: 1, baseType: B.Enum, value: sport }], 3);
  return e.close();
}
