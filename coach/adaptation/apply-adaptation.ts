/**
 * Runs the adaptation rules over the stored plan and the runner's history, then stores what is new: each
 * fresh Decision goes into the audit log, changed sessions replace their originals (kept for "Keep
 * original"), and a VDOT change becomes a new plan version with every future pace updated, holding every
 * session exactly as the engine left it (adapted ones with their status and the original they replace).
 * Adapting twice for the same day stores nothing the second time.
 */
import type { Athlete } from '../model/athlete.js';
import type { FitnessSource } from '../model/fitness.js';
import type { StoredDecision } from '../model/stored-decision.js';
import type { StoredPlan } from '../ports/plan-repository.js';
import type { Repositories } from '../ports/repositories.js';
import { adapt } from '../rules/adapt/adapt.js';
import { addDays } from '../rules/calendar/add-days.js';
import type { Decision } from '../rules/decision.js';
import type { Plan, Session } from '../rules/plan/types.js';
import { canonicalJson } from '../canonical-json.js';
import { HISTORY_DAYS, loadHistory } from '../history.js';

export interface AdaptationOutcome {
  /** Every decision stored by this run, in rule order. */
  readonly decisions: readonly StoredDecision[];
  /** Those that changed an upcoming session and wait for Accept / Keep original. */
  readonly proposed: readonly StoredDecision[];
  readonly vdotChange?: { readonly from?: number; readonly to: number };
}

const NOTHING: AdaptationOutcome = { decisions: [], proposed: [] };

/** Rule families whose changes are not up for "keep original": safety and illness always stand. */
export const BINDING_RULES = /^(safety|illness)\./;

/** What makes a decision the same as one already stored (its rule, day, action and outcome). */
export const decisionKey = (d: Decision) => canonicalJson([d.rule, d.date, d.action, d.after ?? null]);

const sessionShape = (s: Session | undefined) =>
  s === undefined ? 'none' : canonicalJson([s.kind, s.hard, s.minutes, s.km, s.purpose, s.steps]);

function sessionOn(plan: Plan, date: string): Session | undefined {
  for (const week of plan.weeks) for (const s of week.sessions) if (s.date === date) return s;
  return undefined;
}

function vdotSource(decision: Decision | undefined): FitnessSource {
  if (!decision) return 'estimate';
  if (decision.rule.includes('race')) return 'race';
  if (decision.rule.includes('break') || decision.rule.includes('detrain')) return 'detraining';
  return 'workout';
}

/** `athlete` is the runner as the message read them (their resting HR is the recovery baseline). */
export async function applyAdaptation(
  repos: Repositories,
  athlete: Pick<Athlete, 'id' | 'restingHr'>,
  today: string,
): Promise<AdaptationOutcome> {
  const athleteId = athlete.id;
  // Read at once: on PostgreSQL the statements go out together, one round trip instead of four.
  const [active, history, stored] = await Promise.all([
    repos.plans.active(athleteId) as Promise<StoredPlan | undefined>,
    loadHistory(repos, athlete, today),
    repos.decisions.list(athleteId, { from: addDays(today, -HISTORY_DAYS) }),
  ]);
  if (!active) return NOTHING;
  const result = adapt(active.plan, history, today);
  const known = {
    keys: new Set(stored.map(decisionKey)),
    proposed: stored.filter((d) => d.status === 'proposed'),
    bindingDates: new Set(stored.filter((d) => BINDING_RULES.test(d.rule)).map((d) => d.date)),
  };
  const fresh = result.decisions.filter((d) => !known.keys.has(decisionKey(d)));
  for (const d of fresh) if (BINDING_RULES.test(d.rule)) known.bindingDates.add(d.date);
  if (fresh.length === 0) return NOTHING;

  const vdotChanged = result.plan.vdot !== undefined && result.plan.vdot !== active.plan.vdot;
  if (vdotChanged) {
    await repos.plans.save(athleteId, result.plan);
    // The new version carries every earlier change: offers still open can no longer be undone.
    for (const open of known.proposed) await repos.decisions.setStatus(athleteId, open.id, 'applied');
    const cause = fresh.find((d) => d.rule.startsWith('fitness.'));
    await repos.fitness.add({
      athleteId,
      date: today,
      vdot: result.plan.vdot!,
      source: vdotSource(cause),
      evidence: { rule: cause?.rule ?? 'adapt', reasons: cause?.reasons ?? [] },
    });
  } else {
    const dates = new Set(fresh.map((d) => d.date));
    for (const date of dates) {
      const next = sessionOn(result.plan, date);
      const current = sessionOn(active.plan, date);
      if (!next) continue;
      if (sessionShape(next) !== sessionShape(current)) await repos.plans.replaceSession(athleteId, next);
      else if (next.status && next.status !== current?.status)
        await repos.plans.setStatus(athleteId, date, next.status);
    }
  }

  // Every insert at once (one round trip on PostgreSQL); stored and returned in rule order.
  const decisions: StoredDecision[] = await Promise.all(
    fresh.map((d) => {
      // A change on a day safety or illness also changed is not offered for "keep original": undoing it
      // would undo theirs too.
      const changesUpcoming =
        !vdotChanged &&
        d.date >= today &&
        // Advice (no before/after) changes no session: nothing to keep instead.
        d.before != null &&
        d.after != null &&
        !BINDING_RULES.test(d.rule) &&
        !known.bindingDates.has(d.date);
      return repos.decisions.add({
        ...d,
        athleteId,
        status: changesUpcoming ? 'proposed' : 'applied',
        inputs: { today, activities: history.activities.length, checkins: history.checkins.length },
      });
    }),
  );
  return {
    decisions,
    proposed: decisions.filter((d) => d.status === 'proposed'),
    ...(vdotChanged
      ? {
          vdotChange: {
            ...(active.plan.vdot !== undefined ? { from: active.plan.vdot } : {}),
            to: result.plan.vdot!,
          },
        }
      : {}),
  };
}
