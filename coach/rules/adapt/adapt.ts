/**
 * `adapt(plan, history, today)`: the coach changes tomorrow because of today. Rules run in a fixed order,
 * each on the plan the previous one left; every change is a Decision with before/after. Edits only ever
 * make sessions lighter and are computed from the original session, so adapting twice for the same day
 * changes nothing the second time. When the VDOT changes, the plan's feasibility (predicted time, message,
 * realistic target) is recomputed for the new version. Two pipeline guarantees hold for every rule:
 * sessions already run or dated before today are never edited (`settled.ts`), and the evidence a
 * decision stood on is claimed for the rules after it (`evidence.ts`).
 */
import type { Decision } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { breakRules } from './break-rules.js';
import { cadenceRules } from './cadence-rules.js';
import { fitnessRules } from './fitness-rules.js';
import { tooSlowRules } from './fitness-too-slow.js';
import type { AdaptResult, History } from './history.js';
import { illnessRules } from './illness-rules.js';
import { intensityRules } from './intensity-rules.js';
import { loadRules } from './load-rules.js';
import { missedRules } from './missed-rules.js';
import { overshootRules } from './overshoot-rules.js';
import { readinessRules } from './readiness-rules.js';
import { recoveryRules } from './recovery-rules.js';
import { withFreshFeasibility } from './refresh-feasibility.js';
import { EvidenceLedger } from './evidence.js';
import type { AdaptContext, AdaptRule } from './rule.js';
import { rpeRules } from './rpe-rules.js';
import { safetyRules } from './safety-rules.js';
import { keepSettled, settledSessions } from './settled.js';

/**
 * The rule groups in the order they run: safety first (what it forbids nothing brings back), then
 * illness, breaks and fitness (which set the paces; too-slow quality lowers them), post-race recovery, missed
 * sessions, readiness, RPE and the gray zone (runs judged against their prescription), load (it trims what is
 * left), overshoot (a run or week well over plan lightens only what the load guards left as it was), and last
 * the cadence note (advice only, it changes nothing).
 */
export const ADAPT_RULES: readonly (readonly [string, AdaptRule])[] = Object.freeze([
  ['safety', safetyRules],
  ['illness', illnessRules],
  ['break', breakRules],
  ['fitness', fitnessRules],
  ['too-slow', tooSlowRules],
  ['recovery', recoveryRules],
  ['missed', missedRules],
  ['readiness', readinessRules],
  ['rpe', rpeRules],
  ['intensity', intensityRules],
  ['load', loadRules],
  ['overshoot', overshootRules],
  ['cadence', cadenceRules],
] as const);

/**
 * Adapts a plan for one day.
 *
 * @param plan the current plan (possibly adapted before)
 * @param history activities and check-ins, any order
 * @param today ISO date being decided, in the runner's timezone
 * @returns the ordered decisions and the updated plan
 * @example
 * const { decisions, plan: next } = adapt(plan, { activities, checkins }, '2027-01-12');
 * decisions[0]?.rule; // 'readiness.two-bad-nights'
 */
export function adapt(plan: Plan, history: History, today: string): AdaptResult {
  const ctx: AdaptContext = {
    today,
    activities: sortByDate(history.activities),
    checkins: sortByDate(history.checkins),
    ...(history.baseline !== undefined ? { baseline: history.baseline } : {}),
    evidence: new EvidenceLedger(),
  };
  // What was already run (or is past) stays as it was, whatever a rule would make of it.
  const settled = settledSessions(plan, ctx.activities, today);
  let current = plan;
  const decisions: Decision[] = [];
  for (const [, rule] of ADAPT_RULES) {
    const out = rule(current, ctx);
    const kept = keepSettled(settled, out.plan, out.decisions);
    current = kept.plan;
    decisions.push(...kept.decisions);
    // One signal counted once: what a decision stood on is answered for the rules after it.
    for (const d of kept.decisions) ctx.evidence?.claimDecision(d);
  }
  // A new VDOT makes a new prediction: the plan version never keeps the old one.
  return { decisions, plan: withFreshFeasibility(plan, current, decisions) };
}

/**
 * Sorted by date, then by content, so two runs or check-ins on the same day are read in the same order
 * whatever order they arrived in: the decisions depend on what happened, never on how it was listed. The
 * content (its JSON) is only written out for an item that shares its date with another.
 */
function sortByDate<T extends { readonly date: string }>(xs: readonly T[]): T[] {
  const keys = new Map<T, string>();
  const keyOf = (x: T): string => {
    let k = keys.get(x);
    if (k === undefined) {
      k = JSON.stringify(x);
      keys.set(x, k);
    }
    return k;
  };
  return [...xs].sort((a, b) => {
    if (a.date < b.date) return -1;
    if (a.date > b.date) return 1;
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
