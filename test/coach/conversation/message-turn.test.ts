import { describe, expect, it } from 'vitest';
import { firstReading, looksLikeQuestion, understand } from '../../../coach/conversation/message-turn.js';
import type { Athlete } from '../../../coach/model/athlete.js';
import { emptyRunnerState } from '../../../coach/model/runner-state.js';
import { createReadingTerms } from '../../../coach/conversation/reading-terms.js';

const at = new Date('2026-12-08T20:30:00Z');
const deps = { clock: { now: () => at } };
const runner = (timezone: string, units: 'km' | 'mi' = 'km') =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Ana',
    timezone,
    units,
    persona: 'friendly',
    state: emptyRunnerState(),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  }) as unknown as Athlete;
const words = {} as const;
const read = { mayExtract: false } as const;

describe('the first reading of a message', () => {
  it('tells a question from a fact before the runner is read', () => {
    expect(looksLikeQuestion(firstReading('what is today?', at))).toBe(true);
    expect(looksLikeQuestion(firstReading('ran 8k in 45:10 rpe 4', at))).toBe(false);
  });

  it('is the runner’s reading when their terms are the ones it was read in (UTC, km): parsed once', () => {
    const first = firstReading('ran 8k yesterday', at);
    const understood = understand(deps, runner('UTC'), words, 'ran 8k yesterday', at, read, first);
    expect(understood !== 'extract' && understood.parsed).toBe(first.parsed);
  });

  it('is read again in the runner’s own terms: their date, their units', () => {
    const first = firstReading('ran 8 yesterday', at);
    // 20:30 UTC is already the next day in Tokyo: "yesterday" is the 8th there, the 7th in UTC.
    const tokyo = understand(deps, runner('Asia/Tokyo'), words, 'ran 8 yesterday', at, read, first);
    expect(tokyo !== 'extract' && tokyo.parsed).not.toBe(first.parsed);
    expect(tokyo !== 'extract' && tokyo.parsed.slots.date).toBe('2026-12-08');
    expect(first.parsed.slots.date).toBe('2026-12-07');
    const miles = understand(deps, runner('UTC', 'mi'), words, 'ran 8 yesterday', at, read, first);
    expect(miles !== 'extract' && miles.parsed).not.toBe(first.parsed);
  });

  it('is not reused for other words (the extractor’s phrase)', () => {
    const first = firstReading('ran 8k', at);
    const other = understand(
      deps,
      runner('UTC'),
      words,
      'ran 8k',
      at,
      { mayExtract: false, phrase: 'ran 10k' },
      first,
    );
    expect(other !== 'extract' && other.parsed).not.toBe(first.parsed);
  });

  it('is in the runner’s terms as last seen: a Tokyo runner in miles is parsed once, and read right', () => {
    const readingTerms = createReadingTerms();
    const tokyo = runner('Asia/Tokyo', 'mi');
    const before = firstReading('ran 8 yesterday', at, readingTerms.get(tokyo.id));
    understand({ ...deps, readingTerms }, tokyo, words, 'ran 8 yesterday', at, read, before);
    // The next message, read before the runner is, is read in Tokyo and miles: `understand` keeps it.
    const first = firstReading('ran 8 yesterday', at, readingTerms.get(tokyo.id.toUpperCase()));
    const understood = understand(
      { ...deps, readingTerms },
      tokyo,
      words,
      'ran 8 yesterday',
      at,
      read,
      first,
    );
    expect(understood !== 'extract' && understood.parsed).toBe(first.parsed);
    expect(first.parsed.slots.date).toBe('2026-12-08');
    expect(first.context.units).toBe('mi');
  });

  it('is read again when the runner’s terms changed since they were kept', () => {
    const readingTerms = createReadingTerms();
    readingTerms.set(runner('UTC').id, { timezone: 'Asia/Tokyo', units: 'km' });
    const first = firstReading('ran 8 yesterday', at, readingTerms.get(runner('UTC').id));
    const understood = understand(
      { ...deps, readingTerms },
      runner('UTC'),
      words,
      'ran 8 yesterday',
      at,
      read,
      first,
    );
    expect(understood !== 'extract' && understood.parsed).not.toBe(first.parsed);
    expect(understood !== 'extract' && understood.parsed.slots.date).toBe('2026-12-07');
    expect(readingTerms.get(runner('UTC').id)).toEqual({ timezone: 'UTC', units: 'km' });
  });
});

describe('createReadingTerms', () => {
  it('keeps the runners seen last, up to its size, whatever the case of the id', () => {
    const terms = createReadingTerms({ maxEntries: 2 });
    terms.set('A', { timezone: 'UTC', units: 'km' });
    terms.set('b', { timezone: 'Europe/Berlin', units: 'km' });
    expect(terms.get('a')).toEqual({ timezone: 'UTC', units: 'km' });
    terms.set('c', { timezone: 'Asia/Tokyo', units: 'mi' });
    expect(terms.size).toBe(2);
    expect(terms.get('a')).toBeUndefined();
    expect(terms.get('C')).toEqual({ timezone: 'Asia/Tokyo', units: 'mi' });
  });
});
