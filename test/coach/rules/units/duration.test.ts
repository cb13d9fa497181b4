import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatPace, parseDuration } from '../../../../coach/rules/units/duration.js';

describe('parseDuration', () => {
  it('reads mm:ss and h:mm:ss', () => {
    expect(parseDuration('20:00')).toEqual({ ok: true, value: 1200 });
    expect(parseDuration('1:30:00')).toEqual({ ok: true, value: 5400 });
    expect(parseDuration('3:10:49')).toEqual({ ok: true, value: 11449 });
    expect(parseDuration('4:05.3')).toEqual({ ok: true, value: 245.3 });
    expect(parseDuration('75:00')).toEqual({ ok: true, value: 4500 });
  });

  it('rejects malformed times', () => {
    for (const text of [
      '',
      '20',
      '20:',
      ':20',
      '20:60',
      '1:60:00',
      '1:2:3:4',
      'abc',
      '0:00',
      '-1:00',
      '20:5a',
    ]) {
      const r = parseDuration(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.code).toBe('MALFORMED_TIME');
    }
  });
});

describe('formatDuration and formatPace', () => {
  it('formats as the issue shows', () => {
    expect(formatDuration(1234.4)).toBe('20:34');
    expect(formatDuration(5400)).toBe('1:30:00');
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(3599.6)).toBe('1:00:00');
    expect(formatPace(290, 'km')).toBe('4:50/km');
    expect(formatPace(290, 'mi')).toBe('7:47/mi');
  });

  it('round-trips whole seconds through parseDuration (seed 3)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 * 3600 }), (s) => {
        const r = parseDuration(formatDuration(s));
        return r.ok && r.value === s;
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
