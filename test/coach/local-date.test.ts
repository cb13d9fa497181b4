import { describe, expect, it } from 'vitest';
import { localNow } from '../../coach/local-date.js';

/** Intl's own reading, part by part, as a fresh formatter gives it. */
function byParts(ms: number, timeZone: string): { date: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) % 24 };
}

describe('localNow', () => {
  it("gives the runner's date and hour", () => {
    expect(localNow(new Date('2026-12-01T23:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-12-02',
      hour: 0,
    });
    expect(localNow(new Date('2026-12-01T23:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-12-01',
      hour: 18,
    });
    expect(localNow(new Date('2026-12-01T23:30:00Z'), 'Asia/Kathmandu')).toEqual({
      date: '2026-12-02',
      hour: 5,
    });
  });

  it('reads an unknown timezone as UTC, every time it is asked', () => {
    for (let i = 0; i < 3; i++)
      expect(localNow(new Date('2026-12-01T23:30:00Z'), 'Not/AZone')).toEqual({
        date: '2026-12-01',
        hour: 23,
      });
  });

  it('throws on an invalid instant, as Intl does', () => {
    expect(() => localNow(new Date(Number.NaN), 'Europe/Berlin')).toThrow(RangeError);
  });

  it('is right on both sides of a clock change, asked many times within each second', () => {
    // Berlin goes from 02:00 CET to 03:00 CEST at 01:00:00Z on 2027-03-28; New York from 02:00 EST to 03:00
    // EDT at 07:00:00Z on 2027-03-14; Lord Howe by half an hour at 15:00:00Z on 2027-04-03.
    const changes: [string, number][] = [
      ['Europe/Berlin', Date.UTC(2027, 2, 28, 1)],
      ['America/New_York', Date.UTC(2027, 2, 14, 7)],
      ['Australia/Lord_Howe', Date.UTC(2027, 3, 3, 15)],
    ];
    for (const [zone, at] of changes) {
      const wrong: number[] = [];
      for (let ms = at - 2500; ms <= at + 2500; ms += 125)
        if (JSON.stringify(localNow(new Date(ms), zone)) !== JSON.stringify(byParts(ms, zone)))
          wrong.push(ms - at);
      expect(wrong).toEqual([]);
    }
    expect(localNow(new Date(Date.UTC(2027, 2, 28, 1) - 1), 'Europe/Berlin').hour).toBe(1);
    expect(localNow(new Date(Date.UTC(2027, 2, 28, 1)), 'Europe/Berlin').hour).toBe(3);
  });

  it('answers each timezone for its own second, whatever was asked in between', () => {
    const at = Date.UTC(2026, 11, 1, 22, 59, 59, 900);
    const seen = [
      localNow(new Date(at), 'Europe/Berlin'),
      localNow(new Date(at), 'UTC'),
      localNow(new Date(at + 100), 'Europe/Berlin'), // the next second: a new hour and day in Berlin
      localNow(new Date(at + 50), 'UTC'),
    ];
    expect(seen).toEqual([
      { date: '2026-12-01', hour: 23 },
      { date: '2026-12-01', hour: 22 },
      { date: '2026-12-02', hour: 0 },
      { date: '2026-12-01', hour: 22 },
    ]);
    // Each answer is the caller's own object.
    seen[0]!.hour = 99;
    expect(localNow(new Date(at), 'Europe/Berlin').hour).toBe(23);
  });
});
