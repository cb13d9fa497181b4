/**
 * JSON with object keys sorted, so two equal values always give the same text — including a value that
 * went through PostgreSQL jsonb, which stores keys in its own order. As `JSON.stringify` would write the
 * value, except that keys come in code-unit order and `toJSON` is not called (a `Date` is `{}`). Written in
 * one pass, with no sorted copy of the value made first: it runs on every message (the runner's state, the
 * adaptation's decisions).
 *
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value) as string;
}

/** The text of `value`, or undefined where JSON leaves it out (undefined, a function, a symbol). */
function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      return undefined;
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += `${i > 0 ? ',' : ''}${write(value[i]) ?? 'null'}`;
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const inner = write(record[key]);
    if (inner === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${inner}`;
  }
  return `${text}}`;
}

/**
 * True when `a` and `b` have the same canonical JSON (`canonicalJson(a) === canonicalJson(b)`), found
 * without writing either: key order and keys holding undefined do not count.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) return !isObject(a) && !isObject(b) && write(a) === write(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    // In an array, what JSON leaves out is written as null.
    for (let i = 0; i < a.length; i++) {
      if (!sameJson(omitted(a[i]) ? null : a[i], omitted(b[i]) ? null : b[i])) return false;
    }
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let unmatched = 0;
  for (const key of Object.keys(x)) {
    if (omitted(x[key])) continue;
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
    unmatched++;
  }
  for (const key of Object.keys(y)) if (!omitted(y[key])) unmatched--;
  return unmatched === 0;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** What JSON leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
