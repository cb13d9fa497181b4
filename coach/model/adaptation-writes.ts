/**
 * What one adaptation stores, decided in memory before anything is written
 * (`coach/adaptation/apply-adaptation.ts`): a message stores it write by write through the repositories,
 * the nightly job for a whole batch of runners at once (`coach/ports/nightly.ts`).
 */
import type { Plan, Session } from '../rules/plan/types.js';
import type { NewFitnessSnapshot } from './fitness.js';
import type { NewDecision } from './stored-decision.js';

/** A change to one of the active plan's sessions (no new VDOT): a new shape, or a status alone. */
export type SessionWrite =
  { readonly replace: Session } | { readonly date: string; readonly status: NonNullable<Session['status']> };

/**
 * What an adaptation stores, decided in memory from what was read (`planAdaptation`).
 */
export interface AdaptationWrites {
  readonly today: string;
  /** The fresh decisions, in rule order, each with the status and inputs it is stored with. */
  readonly decisions: readonly Omit<NewDecision, 'athleteId'>[];
  /**
   * A new VDOT: the plan stored as a new version (every earlier change in it), the open offers it makes
   * final (ids of proposed decisions, set `applied`), and the fitness snapshot recorded.
   */
  readonly version?: {
    readonly plan: Plan;
    readonly applied: readonly string[];
    readonly fitness: Omit<NewFitnessSnapshot, 'athleteId'>;
    readonly from?: number;
    readonly to: number;
  };
  /** Without a new VDOT: the sessions changed, one per date, in the order of the decisions' dates. */
  readonly sessions: readonly SessionWrite[];
}
