/**
 * The shape of one adaptation rule: it reads the plan (as left by the rules before it), the history and
 * "today", and returns the plan it leaves plus the decisions it took, in order.
 */
import type { Decision, Reason } from '../decision.js';
import type { Plan, Session } from '../plan/types.js';
import type { EvidenceLedger } from './evidence.js';
import type { Activity, CheckIn, RecoveryBaseline } from './history.js';
import type { SessionRef } from './plan-edit.js';
import type { AdaptRuleId } from './rule-ids.js';
import { replaceSession } from './plan-edit.js';

/** Inputs every rule sees. Lists are sorted by date (stable), so rules never depend on input order. */
export interface AdaptContext {
  readonly today: string;
  readonly activities: readonly Activity[];
  readonly checkins: readonly CheckIn[];
  /** The runner's stated baseline (resting HR from onboarding), when known. */
  readonly baseline?: RecoveryBaseline;
  /**
   * The evidence answered so far in this pass (`adapt` always sets it; a rule called on its own may get
   * none, and then nothing is claimed yet).
   */
  readonly evidence?: EvidenceLedger;
}

export interface RuleOutput {
  readonly plan: Plan;
  readonly decisions: readonly Decision[];
}

export type AdaptRule = (plan: Plan, ctx: AdaptContext) => RuleOutput;

/** What a decision shows of a session before and after a change. */
export interface SessionSummary {
  readonly date: string;
  readonly kind: Session['kind'];
  readonly hard: boolean;
  readonly minutes: number;
  readonly km: number;
  readonly status?: Session['status'];
}

/**
 * A compact view of a session for a decision's `before`/`after`.
 *
 * @example
 * summarize(tempo); // { date: '2027-01-12', kind: 'tempo', hard: true, minutes: 55, km: 11 }
 */
export function summarize(session: Session): SessionSummary {
  const out: SessionSummary = {
    date: session.date,
    kind: session.kind,
    hard: session.hard,
    minutes: session.minutes,
    km: session.km,
  };
  return session.status === undefined ? out : { ...out, status: session.status };
}

/**
 * Collects edits of sessions and the decisions they produce; an edit that returns the same session
 * object is no change and produces no decision.
 *
 * @example
 * const editor = new PlanEditor(plan);
 * editor.edit(ref, (s) => toRest(s, 'Rest'), { rule: 'illness.rest', date, action: 'swap_to_rest', reasons });
 * editor.result(); // { plan, decisions: [{ rule: 'illness.rest', before, after, … }] }
 */
export class PlanEditor {
  private current: Plan;
  private readonly out: Decision[] = [];

  constructor(plan: Plan) {
    this.current = plan;
  }

  get plan(): Plan {
    return this.current;
  }

  /** Applies `edit` to the session at `ref`; records a decision when it changed something. */
  edit(
    ref: SessionRef,
    edit: (s: Session) => Session,
    decision: { rule: AdaptRuleId; date: string; action: string; reasons: readonly Reason[] },
  ): boolean {
    const before = this.current.weeks[ref.week]?.sessions[ref.index];
    if (before === undefined) throw new Error('PlanEditor.edit: stale session reference');
    const after = edit(before);
    if (after === before) return false;
    this.current = replaceSession(this.current, ref, after);
    this.out.push({
      rule: decision.rule,
      date: decision.date,
      action: decision.action,
      before: summarize(before),
      after: summarize(after),
      reasons: decision.reasons,
    });
    return true;
  }

  /** Replaces the whole plan (a plan-level change such as a new VDOT) and records its decision. */
  replacePlan(next: Plan, decision: Decision & { rule: AdaptRuleId }): void {
    this.current = next;
    this.out.push(decision);
  }

  /** Records a decision that changes nothing in the plan (advice such as "see a professional"). */
  advise(decision: Decision & { rule: AdaptRuleId }): void {
    this.out.push(decision);
  }

  result(): RuleOutput {
    return { plan: this.current, decisions: this.out };
  }
}
