import type { Plan, Session, Week } from '../rules/plan/types.js';

/** A stored session carries its id, so a channel can refer to it (rate it, accept or undo a change). */
export type StoredSession = Session & { readonly id: string };

export interface StoredPlan {
  readonly id: string;
  readonly athleteId: string;
  readonly version: number;
  readonly createdAt: string;
  /** The plan as the rules see it, with the sessions' ids. */
  readonly plan: Plan;
  /** Sessions in date order, with ids (the same sessions as in `plan.weeks`). */
  readonly sessions: readonly StoredSession[];
}

/**
 * The active plan without its sessions: what a question about where the runner stands needs (which week,
 * how many, the VDOT). Week totals are left out: only the sessions say what a week holds now.
 */
export interface PlanOverview {
  readonly id: string;
  readonly version: number;
  readonly plan: Omit<Plan, 'weeks'> & {
    readonly weeks: readonly Omit<Week, 'sessions' | 'km' | 'minutes'>[];
  };
}

export interface PlanRepository {
  /**
   * Stores a new plan version and makes it the active one; earlier versions stay for history. Each session
   * is stored as it stands (an adapted one keeps status `adapted`) together with the original it
   * `replaces`, so the version reads back exactly as given and "Keep original" works on it.
   */
  save(athleteId: string, plan: Plan): Promise<StoredPlan>;
  /** The active plan, with every adaptation applied. */
  active(athleteId: string): Promise<StoredPlan | undefined>;
  /** The active plan's overview (one row, no sessions). */
  overview(athleteId: string): Promise<PlanOverview | undefined>;
  /** The current session of the active plan on `date`, with the original it replaced (one session read). */
  sessionOn(athleteId: string, date: string): Promise<StoredSession | undefined>;
  /** Every plan version the runner has had, oldest first (for export). */
  versions(athleteId: string): Promise<StoredPlan[]>;
  /**
   * Replaces the session on `session.date` of the active plan with `session` (an adaptation; status
   * `adapted` unless it has its own). The original is kept out of the plan, and `replaces` points at it so
   * the runner can keep it instead; adapting again still points at the first original.
   */
  replaceSession(athleteId: string, session: Session): Promise<StoredSession | undefined>;
  /**
   * `replaceSession` for several dates at once (an adaptation's changes), in one unit and a fixed number
   * of round trips however many there are. One session a date (the last one given for a date wins); dates
   * with no current session are left out. The replaced sessions, in the order given.
   */
  replaceSessions(athleteId: string, sessions: readonly Session[]): Promise<StoredSession[]>;
  /**
   * Like `replaceSession`, but a date of the active plan with no session (a rest day the builder left
   * empty) gets one too: an empty rest day is stored as the original it replaces, so `restoreOriginal`
   * brings the rest day back. For moves that touch a day with nothing planned (issue 11 §4). Undefined for
   * a date outside the plan's weeks.
   */
  placeSession(athleteId: string, session: Session): Promise<StoredSession | undefined>;
  /** Undoes the adaptation of the session on `date`: the original comes back. */
  restoreOriginal(athleteId: string, date: string): Promise<StoredSession | undefined>;
  /** Sets a session's status (done, missed, skipped). */
  setStatus(
    athleteId: string,
    date: string,
    status: NonNullable<Session['status']>,
  ): Promise<StoredSession | undefined>;
}
