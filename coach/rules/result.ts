/**
 * Expected outcomes are values, not exceptions: a rule that cannot apply returns `{ ok: false, code, … }`
 * with a stable, SCREAMING_SNAKE code that channels turn into a friendly message. Throw only on a broken
 * invariant (a bug), never on a runner's input.
 *
 * @example
 * const r = parseSomething('10k');
 * if (!r.ok) return reply(r.code, r.message);
 */
export type Ok<T> = { readonly ok: true; readonly value: T };

/** A failed rule: `code` is stable (tests and channels match on it), `message` is plain English. */
export type Err<C extends string = string> = {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
  readonly facts?: Readonly<Record<string, unknown>>;
};

export type Result<T, C extends string = string> = Ok<T> | Err<C>;

/**
 * Wraps a value as a successful result.
 *
 * @example ok(49.8) // { ok: true, value: 49.8 }
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Builds a failed result with a stable code, a human message and optional facts.
 *
 * @example err('VDOT_OUT_OF_RANGE', 'runloop works with VDOT 20–90.', { vdot: 95 })
 */
export function err<C extends string>(code: C, message: string, facts?: Record<string, unknown>): Err<C> {
  return facts === undefined ? { ok: false, code, message } : { ok: false, code, message, facts };
}

/**
 * A failed result whose words live in coach/prompts: only the code and the facts, the code standing in as
 * the message (for logs and tests). New rules refuse this way; `err` with an English message is the older
 * form, being moved to the templates (`test/architecture/words-only-in-prompts.test.ts`).
 *
 * @example refusal('HARD_DAYS_ADJACENT', { to: '2026-12-12' }) // { ok: false, code, message: code, facts }
 */
export function refusal<C extends string>(code: C, facts: Record<string, unknown> = {}): Err<C> {
  return { ok: false, code, message: code, facts };
}
