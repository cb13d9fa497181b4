/**
 * What the coach remembers between messages (the `conversation` of the runner-state document,
 * `model/runner-state.ts`, which validates it): the question it is waiting on, changes it offered, and a
 * pause. Small and explicit, so any channel can continue a conversation.
 */
import type { ChosenOption } from '../prompts/chosen-option.js';

export interface ConversationState {
  /**
   * The coach asked for the RPE of this run, or (`callSid`, after a phone call mid-run) of the session the
   * runner called about: then the day's logged run is rated, or the call keeps the RPE until one is.
   */
  readonly pendingRpe?: { readonly activityId?: string; readonly date: string; readonly callSid?: string };
  /** Decisions offered with Accept / Keep original. */
  readonly pendingDecisionIds?: readonly string[];
  /** The runner asked to delete everything; waiting for yes/no. */
  readonly pendingDelete?: boolean;
  /**
   * The last fact a message stored (a run, an RPE, a check-in), the day it was stored and the plan changes
   * adaptation made right after it: what "undo" takes back (`use-cases/undo.ts`).
   */
  readonly lastStored?: {
    readonly fact: 'run' | 'rpe' | 'checkin';
    readonly id: string;
    readonly storedOn: string;
    readonly decisionIds: readonly string[];
    /** A VDOT change it caused: undo stores the earlier plan again as a new version. */
    readonly vdotFrom?: number;
  };
  /** The quick replies the last reply offered, in the order shown: a bare number picks one of them. */
  readonly offered?: readonly ChosenOption[];
  /** Training paused (injury, illness, travel) since this date. */
  readonly paused?: { readonly from: string; readonly reason: 'injury' | 'illness' | 'travel' | 'other' };
}
