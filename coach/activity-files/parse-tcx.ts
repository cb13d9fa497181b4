/**
 * Garmin Training Center (TCX v2): the first `Activity`, its `Lap`s (the device's totals: time, distance,
 * average and maximum HR, `LX/AvgRunCadence`) and their `Track`s of `Trackpoint`s (time, position,
 * altitude, cumulative distance, HR, `TPX/RunCadence`). Cadence is per leg, doubled. A second `Track`
 * inside a lap, or a new lap starting after a gap, is a recording pause.
 */
import { stepsPerMinute } from '../rules/track/cadence.js';
import type { FileLap, TrackPoint } from '../rules/track/track-point.js';
import type { ParsedTrack } from './activity-file.js';
import { node, nodes, num, timeMs, type XmlNode } from './xml.js';

function trackpoint(tp: XmlNode, afterPause: boolean): TrackPoint | undefined {
  const t = timeMs(tp['Time']);
  if (t === undefined) return undefined;
  const pos = node(tp['Position']);
  const lat = num(pos['LatitudeDegrees']);
  const lon = num(pos['LongitudeDegrees']);
  const alt = num(tp['AltitudeMeters']);
  const dist = num(tp['DistanceMeters']);
  const hr = num(node(tp['HeartRateBpm'])['Value']);
  const tpx = node(node(tp['Extensions'])['TPX']);
  const cad = num(tpx['RunCadence']) ?? num(tp['Cadence']);
  return {
    timeMs: t,
    ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
    ...(alt !== undefined ? { altitudeM: alt } : {}),
    ...(dist !== undefined ? { distanceM: dist } : {}),
    ...(hr !== undefined ? { hrBpm: hr } : {}),
    ...(cad !== undefined ? { cadenceSpm: stepsPerMinute(cad) } : {}),
    ...(afterPause ? { afterPause: true } : {}),
  };
}

function lapOf(lap: XmlNode): FileLap {
  const start = timeMs(lap['@_StartTime']);
  const distanceM = num(lap['DistanceMeters']);
  const durationS = num(lap['TotalTimeSeconds']);
  const avgHrBpm = num(node(lap['AverageHeartRateBpm'])['Value']);
  const maxHrBpm = num(node(lap['MaximumHeartRateBpm'])['Value']);
  const cad = num(node(node(lap['Extensions'])['LX'])['AvgRunCadence']);
  return {
    ...(start !== undefined ? { startMs: start } : {}),
    ...(distanceM !== undefined ? { distanceM } : {}),
    ...(durationS !== undefined ? { durationS } : {}),
    ...(avgHrBpm !== undefined ? { avgHrBpm } : {}),
    ...(maxHrBpm !== undefined ? { maxHrBpm } : {}),
    ...(cad !== undefined ? { cadenceSpm: stepsPerMinute(cad) } : {}),
  };
}

/** The track and laps of a parsed TCX document. */
export function parseTcx(doc: XmlNode): ParsedTrack {
  const activity = nodes(node(node(doc['TrainingCenterDatabase'])['Activities'])['Activity'])[0] ?? {};
  const points: TrackPoint[] = [];
  const laps: FileLap[] = [];
  for (const lap of nodes(activity['Lap'])) {
    laps.push(lapOf(lap));
    nodes(lap['Track']).forEach((track, i) => {
      let first = true;
      for (const tp of nodes(track['Trackpoint'])) {
        const p = trackpoint(tp, first && i > 0);
        if (p === undefined) continue;
        points.push(p);
        first = false;
      }
    });
  }
  const sport = activity['@_Sport'];
  return { points, laps, ...(typeof sport === 'string' ? { sport } : {}) };
}
