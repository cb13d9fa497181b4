import type { Decision } from '../rules/decision.js';

/** What happened to a decision that changes a runner's sessions (autonomy: they may keep the original). */
export const DECISION_STATUSES = ['applied', 'proposed', 'accepted', 'kept_original'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** A Decision as stored in the audit log. */
export interface StoredDecision extends Decision {
  readonly id: string;
  readonly athleteId: string;
  readonly status: DecisionStatus;
  /** The inputs the rule saw (enough to explain "why" later). */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

export type NewDecision = Decision & {
  readonly athleteId: string;
  readonly status?: DecisionStatus;
  readonly inputs?: Readonly<Record<string, unknown>>;
};
