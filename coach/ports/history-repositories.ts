import type { Activity, NewActivity } from '../model/activity.js';
import type { RunAssessment } from '../rules/assess/run-assessment.js';
import type { Checkin, NewCheckin } from '../model/checkin.js';
import type { FitnessSnapshot, NewFitnessSnapshot } from '../model/fitness.js';
import type { Goal, NewGoal } from '../model/goal.js';
import type { DecisionStatus, NewDecision, StoredDecision } from '../model/stored-decision.js';

/** An inclusive range of ISO dates; either end may be open. */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

export interface ActivityRepository {
  add(activity: NewActivity): Promise<Activity>;
  /** Oldest first. */
  list(athleteId: string, range?: DateRange): Promise<Activity[]>;
  /** How many runs the runner has logged in `range` (all time without it). */
  count(athleteId: string, range?: DateRange): Promise<number>;
  /** Sets the RPE (and optionally how it felt) of a logged run; absent when there is no such run. */
  rate(athleteId: string, activityId: string, rpe: number, feel?: string): Promise<Activity | undefined>;
  /** Clears a run's RPE (an undone rating); absent when there is no such run. */
  clearRpe(athleteId: string, activityId: string): Promise<Activity | undefined>;
  /** Removes a run the runner took back ("undo"); returns it, absent when there is no such run. */
  remove(athleteId: string, activityId: string): Promise<Activity | undefined>;
  /** Stores the run's assessment against its prescription; absent when there is no such run. */
  setAssessment(
    athleteId: string,
    activityId: string,
    assessment: RunAssessment,
  ): Promise<Activity | undefined>;
}

export interface CheckinRepository {
  add(checkin: NewCheckin): Promise<Checkin>;
  /** Oldest first. */
  list(athleteId: string, range?: DateRange): Promise<Checkin[]>;
  /** Removes a check-in the runner took back ("undo"); returns it, absent when there is no such one. */
  remove(athleteId: string, checkinId: string): Promise<Checkin | undefined>;
}

export interface DecisionRepository {
  add(decision: NewDecision): Promise<StoredDecision>;
  /** Oldest first. */
  list(athleteId: string, range?: DateRange): Promise<StoredDecision[]>;
  setStatus(
    athleteId: string,
    decisionId: string,
    status: DecisionStatus,
  ): Promise<StoredDecision | undefined>;
}

export interface FitnessRepository {
  add(snapshot: NewFitnessSnapshot): Promise<FitnessSnapshot>;
  /** Oldest first. */
  history(athleteId: string): Promise<FitnessSnapshot[]>;
  /** The latest snapshot on or before `date` (the latest of all without it). */
  current(athleteId: string, date?: string): Promise<FitnessSnapshot | undefined>;
}

export interface GoalRepository {
  /** Adds a goal as the active one (earlier goals become inactive, kept for history). */
  setActive(goal: NewGoal): Promise<Goal>;
  active(athleteId: string): Promise<Goal | undefined>;
  list(athleteId: string): Promise<Goal[]>;
}

/** Idempotency of inbound events (a Telegram update id, a Twilio call step, an API idempotency key). */
export interface ProcessedEventRepository {
  /** True the first time (source, key) is seen; false for a retry of an event already handled. */
  claim(source: string, key: string, athleteId?: string): Promise<boolean>;
  /**
   * Keeps what a claimed message was first answered with, so a repeat replays it. The first outcome kept
   * stays: returns the one stored (this one, or an earlier one).
   */
  keepOutcome(source: string, key: string, outcome: unknown): Promise<unknown>;
  /**
   * A claimed event: when, how long ago by the database's clock (s), and its outcome once kept (null
   * while the first delivery is in flight).
   */
  find(source: string, key: string): Promise<(ProcessedEvent & { readonly ageSeconds: number }) | undefined>;
  /** The runner's events, oldest first (their export). */
  list(athleteId: string): Promise<ProcessedEvent[]>;
}

export interface ProcessedEvent {
  readonly source: string;
  readonly key: string;
  readonly processedAt: Date;
  readonly outcome: unknown;
}
