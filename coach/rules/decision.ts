/**
 * Decisions are records. Every rule outcome that changes something for a runner is a Decision: it is
 * stored (the audit log) and it is all the wording layer ever sees, so a reply can only explain what the
 * engine decided.
 */

/** One reason behind a decision: a stable code plus the facts (numbers with units in their keys). */
export interface Reason {
  readonly code: string;
  readonly facts: Readonly<Record<string, unknown>>;
}

/**
 * A rule's outcome. `date` is the ISO day (`YYYY-MM-DD`) the decision is about, in the runner's timezone;
 * `before`/`after` are what changed, so a channel can offer "Accept / Keep original".
 *
 * @example
 * { rule: 'readiness.two-bad-nights', date: '2027-01-12', action: 'downgrade_session',
 *   before: { kind: 'tempo' }, after: { kind: 'easy' },
 *   reasons: [{ code: 'SLEEP_SHORT_TWO_NIGHTS', facts: { sleepHours: [4, 5] } }] }
 */
export interface Decision<Before = unknown, After = unknown> {
  readonly rule: string;
  readonly date: string;
  readonly action: string;
  readonly before: Before;
  readonly after: After;
  readonly reasons: readonly Reason[];
}
