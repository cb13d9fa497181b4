/** What a message changed, for the API caller and channels (`events` of `POST …/messages`). */
export type CoachEvent =
  | {
      readonly type: 'activity_logged';
      readonly activityId: string;
      readonly date: string;
      readonly race: boolean;
    }
  | { readonly type: 'run_rated'; readonly activityId: string; readonly rpe: number }
  | { readonly type: 'checkin_saved'; readonly date: string; readonly checkinId?: string }
  | {
      readonly type: 'fact_undone';
      readonly fact: 'run' | 'rpe' | 'checkin';
      readonly date: string;
      readonly withdrawnDecisionIds: readonly string[];
    }
  | {
      readonly type: 'plan_adapted';
      readonly decisions: readonly {
        readonly id: string;
        readonly rule: string;
        readonly date: string;
        readonly status: string;
      }[];
    }
  | { readonly type: 'vdot_changed'; readonly from?: number; readonly to: number }
  | { readonly type: 'red_flag'; readonly flags: readonly string[] }
  | {
      readonly type: 'decision_answered';
      readonly decisionIds: readonly string[];
      readonly choice: 'accepted' | 'kept';
    }
  | { readonly type: 'persona_changed'; readonly persona: string }
  | { readonly type: 'plan_built'; readonly version: number; readonly weeks: number }
  | { readonly type: 'paused'; readonly from: string; readonly reason: string }
  | { readonly type: 'resumed'; readonly date: string }
  | { readonly type: 'clarification_needed'; readonly codes: readonly string[] }
  /** A chosen option that no longer applies (`OptionStaleCode`): nothing was stored. */
  | { readonly type: 'option_stale'; readonly option: string; readonly code: string }
  /** An activity file that was not imported (`ActivityFileRefusal`): nothing was stored. */
  | { readonly type: 'activity_refused'; readonly code: string }
  | { readonly type: 'athlete_deleted' };
