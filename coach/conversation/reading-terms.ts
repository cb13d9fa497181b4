/**
 * Each runner's terms (timezone, units) as last read with them, so the first reading of their next message,
 * made before the runner is read (`firstReading`), is in the terms `understand` will find: the parse is
 * reused instead of done again (a runner outside UTC, or in miles, was otherwise parsed twice a message).
 * A hint only: `understand` still checks the terms against the runner as read, and parses again when they
 * changed, so a stale or missing entry costs one parse and is never wrong.
 */
import type { ReadingTerms, Terms } from '../ports/reading-terms.js';

/** Runners kept by default: a few dozen bytes each. */
export const DEFAULT_READING_TERMS_ENTRIES = 10_000;

/** A process's runners' terms, the least recently seen dropped past `maxEntries`. Ids are case-blind. */
export function createReadingTerms({ maxEntries = DEFAULT_READING_TERMS_ENTRIES } = {}): ReadingTerms {
  const entries = new Map<string, Terms>();
  return {
    get: (athleteId) => entries.get(athleteId.toLowerCase()),
    set(athleteId, { timezone, units }) {
      const id = athleteId.toLowerCase();
      const kept = entries.get(id);
      if (kept?.timezone === timezone && kept.units === units) return;
      entries.delete(id);
      entries.set(id, { timezone, units });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
