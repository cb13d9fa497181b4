/** Messages about the engine's decisions: a change to the plan, its answer (Accept / Keep original), "why", and rescheduling. */
import type { Decision } from '../../rules/decision.js';
import type { Purpose, Session } from '../../rules/plan/types.js';
import type { Progress } from '../message-parts.js';

export type DecisionMessage =
  | {
      readonly kind: 'decision';
      readonly decision: Decision;
      /** Offer Accept / Keep original (the change alters an upcoming session). */
      readonly askAccept: boolean;
      /** The stored ids of the proposed decisions the Accept / Keep original options answer. */
      readonly offeredIds?: readonly string[];
      readonly progress?: Progress;
    }
  | {
      /** Several decisions from one adaptation run (e.g. a lighter week: one decision per session). */
      readonly kind: 'plan-changed';
      readonly decisions: readonly Decision[];
      readonly askAccept: boolean;
      /** The stored ids of the proposed decisions the Accept / Keep original options answer. */
      readonly offeredIds?: readonly string[];
      readonly progress?: Progress;
    }
  | {
      readonly kind: 'decision-answered';
      readonly choice: 'accepted' | 'kept';
      readonly date: string;
      readonly sessionKind?: Session['kind'];
    }
  | {
      readonly kind: 'why';
      readonly date: string;
      /** The session's purpose as the engine decided it (a code with facts, worded in `purpose-words.ts`). */
      readonly purpose?: Purpose;
      readonly sessionKind?: Session['kind'];
      /** The last change, when the runner asks about it. */
      readonly decision?: Decision;
    }
  | {
      /**
       * A session moved or swapped, or a week cut to fewer run days, at the runner's request (issue 11 §4):
       * rule `schedule.move-session` or `schedule.limit-days`, worded as before → after with Accept / Keep.
       */
      readonly kind: 'rescheduled';
      readonly decision: Decision;
    }
  | {
      /**
       * A move or limit the coach will not make: the rule's stable code (`HARD_DAYS_ADJACENT`,
       * `TARGET_IN_PAST`, `RACE_DAY`, `NOTHING_TO_CHANGE`, … or `NO_PLAN`) and its facts (dates, kinds, the
       * days that would work as `alternatives`).
       */
      readonly kind: 'reschedule-refused';
      readonly code: string;
      readonly facts: Readonly<Record<string, unknown>>;
    };
