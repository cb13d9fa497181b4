/**
 * GPX 1.1 (and 1.0) tracks: every `trkpt` of every `trkseg` with `time`, `ele`, and Garmin's
 * TrackPointExtension `hr` and `cad` (per leg, doubled). A new `trkseg` after the first is a recording
 * pause. GPX has no laps: the track rules split it by kilometre.
 */
import { stepsPerMinute } from '../rules/track/cadence.js';
import type { TrackPoint } from '../rules/track/track-point.js';
import type { ParsedTrack } from './activity-file.js';
import { node, nodes, num, timeMs, type XmlNode } from './xml.js';

function extension(pt: XmlNode): XmlNode {
  const ext = node(pt['extensions']);
  return node(ext['TrackPointExtension'] ?? ext);
}

/** The track of a parsed GPX document (no points: an empty track, refused later). */
export function parseGpx(doc: XmlNode): ParsedTrack {
  const points: TrackPoint[] = [];
  let segment = 0;
  for (const trk of nodes(node(doc['gpx'])['trk'])) {
    for (const seg of nodes(trk['trkseg'])) {
      let first = true;
      for (const pt of nodes(seg['trkpt'])) {
        const t = timeMs(pt['time']);
        const lat = num(pt['@_lat']);
        const lon = num(pt['@_lon']);
        if (t === undefined || lat === undefined || lon === undefined) continue;
        const ext = extension(pt);
        const ele = num(pt['ele']);
        const hr = num(ext['hr']);
        const cad = num(ext['cad']);
        points.push({
          timeMs: t,
          lat,
          lon,
          ...(ele !== undefined ? { altitudeM: ele } : {}),
          ...(hr !== undefined ? { hrBpm: hr } : {}),
          ...(cad !== undefined ? { cadenceSpm: stepsPerMinute(cad) } : {}),
          ...(first && segment > 0 ? { afterPause: true } : {}),
        });
        first = false;
      }
      if (!first) segment++;
    }
  }
  return { points, laps: [] };
}
