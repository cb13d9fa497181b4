/**
 * Room for a property test that builds plans for hundreds of generated runners, ms. Each run is a few
 * milliseconds when idle (the bench's 18-week marathon: ~1 ms), so 2 000 runners take seconds; on a busy
 * 2-core machine that is several times slower, and these files get room far beyond the suite's 30 s default
 * instead of a timeout they brush against. A property that really hangs still fails.
 */
export const PROPERTY_TEST_TIMEOUT_MS = 180_000;
