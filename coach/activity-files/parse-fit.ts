/**
 * FIT activity files (fit-file-parser, CRC checked): `record` messages (timestamp, position, enhanced or
 * plain altitude, cumulative distance, heart rate, cadence) and `lap` messages (timer time, distance,
 * average and maximum HR, average cadence). FIT running cadence counts one foot (strides per minute), so
 * it is doubled, with `fractional_cadence` added first. Units asked of the parser: metres, m/s.
 */
import type FitParserModule from 'fit-file-parser';
import { stepsPerMinute } from '../rules/track/cadence.js';
import type { FileLap, TrackPoint } from '../rules/track/track-point.js';
import type { ParsedTrack } from './activity-file.js';

type Rec = Readonly<Record<string, unknown>>;
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const ms = (x: unknown): number | undefined => {
  const t = x instanceof Date ? x.getTime() : typeof x === 'string' ? Date.parse(x) : NaN;
  return Number.isFinite(t) ? t : undefined;
};

function point(r: Rec): TrackPoint | undefined {
  const t = ms(r['timestamp']);
  if (t === undefined) return undefined;
  const lat = num(r['position_lat']);
  const lon = num(r['position_long']);
  const alt = num(r['enhanced_altitude']) ?? num(r['altitude']);
  const dist = num(r['distance']);
  const hr = num(r['heart_rate']);
  const cad = num(r['cadence']);
  return {
    timeMs: t,
    ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
    ...(alt !== undefined ? { altitudeM: alt } : {}),
    ...(dist !== undefined ? { distanceM: dist } : {}),
    ...(hr !== undefined ? { hrBpm: hr } : {}),
    ...(cad !== undefined ? { cadenceSpm: stepsPerMinute(cad, num(r['fractional_cadence'])) } : {}),
  };
}

function lap(l: Rec): FileLap {
  const startMs = ms(l['start_time']);
  const distanceM = num(l['total_distance']);
  const durationS = num(l['total_timer_time']);
  const avgHrBpm = num(l['avg_heart_rate']);
  const maxHrBpm = num(l['max_heart_rate']);
  const cad = num(l['avg_running_cadence']) ?? num(l['avg_cadence']);
  return {
    ...(startMs !== undefined ? { startMs } : {}),
    ...(distanceM !== undefined ? { distanceM } : {}),
    ...(durationS !== undefined ? { durationS } : {}),
    ...(avgHrBpm !== undefined ? { avgHrBpm } : {}),
    ...(maxHrBpm !== undefined ? { maxHrBpm } : {}),
    ...(cad !== undefined ? { cadenceSpm: stepsPerMinute(cad, num(l['avg_fractional_cadence'])) } : {}),
  };
}

let FitParser: typeof FitParserModule | undefined;

/** The track and laps of a FIT file; undefined when the parser refuses it (bad header, CRC, truncated). */
export async function parseFit(bytes: Uint8Array): Promise<ParsedTrack | undefined> {
  // Loaded with the first FIT file, not at import: a process that reads none never loads it.
  FitParser ??= (await import('fit-file-parser')).default;
  const parser = new FitParser({ force: false, mode: 'list', lengthUnit: 'm', speedUnit: 'm/s' });
  try {
    const copy = new Uint8Array(bytes).buffer;
    const data = (await parser.parseAsync(copy)) as unknown as {
      records?: Rec[];
      laps?: Rec[];
      sessions?: Rec[];
    };
    const points = (data.records ?? []).map(point).filter((p): p is TrackPoint => p !== undefined);
    const sport = data.sessions?.[0]?.['sport'];
    return { points, laps: (data.laps ?? []).map(lap), ...(typeof sport === 'string' ? { sport } : {}) };
  } catch {
    return undefined;
  }
}
