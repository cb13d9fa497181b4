/** Which activity format a file is, from its content (the name is only a tiebreak). */
import type { ActivityFileFormat } from './activity-file.js';

/** FIT files: a 12- or 14-byte header with the ASCII signature ".FIT" at bytes 8–11 (FIT SDK, "File Header"). */
export function looksLikeFit(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 12 &&
    (bytes[0] === 12 || bytes[0] === 14) &&
    bytes[8] === 0x2e &&
    bytes[9] === 0x46 &&
    bytes[10] === 0x49 &&
    bytes[11] === 0x54
  );
}

/** The first element name of an XML text (after the declaration, comments and a BOM), lower case. */
function rootElement(text: string): string | undefined {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body);
  return m?.[2]?.toLowerCase();
}

export type DetectedFormat = ActivityFileFormat | 'xml' | 'unknown';

/**
 * The format of a file: FIT by its header signature; GPX and TCX by their root element (`gpx`,
 * `TrainingCenterDatabase`); other XML is `xml`, anything else `unknown`. A `.gpx` named FIT file is read
 * as FIT: the content decides.
 *
 * @example
 * detectFormat(new TextEncoder().encode('<?xml version="1.0"?><gpx version="1.1">')); // 'gpx'
 */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (looksLikeFit(bytes)) return 'fit';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (!/^\uFEFF?\s*</.test(head)) return 'unknown';
  const root = rootElement(head);
  if (root === 'gpx') return 'gpx';
  if (root === 'trainingcenterdatabase') return 'tcx';
  return root === undefined ? 'unknown' : 'xml';
}
