import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from '../../coach/canonical-json.js';

/** `value` rebuilt with each object's keys as `keys` lists them (dropping the keys it leaves out). */
function rebuilt(value: unknown, keys: (record: Record<string, unknown>) => string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => rebuilt(v, keys));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(keys(record).map((k) => [k, rebuilt(record[k], keys)]));
  }
  return value;
}

/** The way canonical JSON was first written: a sorted copy of the value, then `JSON.stringify`. */
const sortedCopy = (v: unknown) =>
  rebuilt(v, (r) =>
    Object.keys(r)
      .sort()
      .filter((k) => r[k] !== undefined),
  );

/** `v` with every object's keys in reverse order. */
const reversed = (v: unknown) => rebuilt(v, (r) => Object.keys(r).reverse());

/** Keys an object keeps in insertion order (an integer-like key would be enumerated first). */
const key = fc.string({ maxLength: 6 }).filter((k) => !/^(0|[1-9]\d*)$/.test(k));
/** JSON-like values with what JSON leaves out (undefined, a function) here and there. */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
}));

describe('canonicalJson', () => {
  it('writes what a sorted copy of the value would give JSON.stringify', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(JSON.stringify(sortedCopy(v)));
      }),
    );
  });

  it('gives the same text whatever the order of the keys', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(reversed(v))).toBe(canonicalJson(v));
      }),
    );
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('leaves out undefined in an object and writes it as null in an array, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, () => 1], c: NaN })).toBe(
      '{"b":[null,null],"c":null}',
    );
  });
});

describe('sameJson', () => {
  it('says two values are the same exactly when their canonical JSON is', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
      }),
    );
  });

  it('holds for a value and its copy with the keys reordered, and not once one leaf changed', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(sameJson(reversed(v), v)).toBe(true);
      }),
    );
    const state = { conversation: { offered: [{ kind: 'rpe', id: 'a' }], pendingRpe: undefined }, v: 1 };
    expect(sameJson(state, { v: 1, conversation: { offered: [{ id: 'a', kind: 'rpe' }] } })).toBe(true);
    expect(sameJson(state, { v: 1, conversation: { offered: [{ id: 'b', kind: 'rpe' }] } })).toBe(false);
    expect(sameJson(state, { v: 1, conversation: { offered: [] } })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson({ constructor: 1 }, {})).toBe(false);
  });
});
