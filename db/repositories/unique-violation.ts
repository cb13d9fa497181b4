/** Reads which unique constraint a PostgreSQL error violated (SQLSTATE 23505), on both drivers. */
export function uniqueViolation(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // drizzle wraps driver errors; walk the cause chain.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (e.code === '23505') return String(e.constraint_name ?? e.constraint ?? '');
    current = e.cause;
  }
  return undefined;
}
