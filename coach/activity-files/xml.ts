/**
 * The XML reading GPX and TCX share (fast-xml-parser): validated first, namespaces dropped, no entities.
 * The parser is loaded with the first file, not at import: a process that reads none never loads it.
 */
import { createRequire } from 'node:module';
import type * as Fxp from 'fast-xml-parser';

export type XmlNode = Readonly<Record<string, unknown>>;

/** Elements that may repeat, always read as arrays. */
const REPEATED = new Set(['trk', 'trkseg', 'trkpt', 'Activity', 'Lap', 'Track', 'Trackpoint']);

let loaded: { readonly fxp: typeof Fxp; readonly parser: Fxp.XMLParser } | undefined;
function xml() {
  if (loaded) return loaded;
  const fxp = createRequire(import.meta.url)('fast-xml-parser') as typeof Fxp;
  const parser = new fxp.XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: true,
    isArray: (name) => REPEATED.has(name),
  });
  loaded = { fxp, parser };
  return loaded;
}

/** The parsed document, or undefined when the text is not well-formed XML (truncated, garbage). */
export function readXml(text: string): XmlNode | undefined {
  const { fxp, parser } = xml();
  if (fxp.XMLValidator.validate(text) !== true) return undefined;
  try {
    return parser.parse(text) as XmlNode;
  } catch {
    return undefined;
  }
}

/** A child element as a node (`{}` when absent or text). */
export const node = (x: unknown): XmlNode => (typeof x === 'object' && x !== null ? (x as XmlNode) : {});
/** Child elements as nodes (`[]` when absent). */
export const nodes = (x: unknown): XmlNode[] => (Array.isArray(x) ? x.map(node) : x ? [node(x)] : []);
/** A number from an element or attribute (undefined when absent or not numeric). */
export function num(x: unknown): number | undefined {
  const v = typeof x === 'object' && x !== null ? (x as XmlNode)['#text'] : x;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
/** An ISO time element as ms since the epoch (undefined when absent or unreadable). */
export function timeMs(x: unknown): number | undefined {
  const v = typeof x === 'object' && x !== null ? (x as XmlNode)['#text'] : x;
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(t) ? t : undefined;
}
