/**
 * Runs the adaptation rules over the stored plan and the runner's history, then stores what is new: each
 * fresh Decision goes into the audit log, changed sessions replace their originals (kept for "Keep
 * original"), and a VDOT change becomes a new plan version with every future pace updated, holding every
 * session exactly as the engine left it (adapted ones with their status and the original they replace).
 * Adapting twice for the same day stores nothing the second time.
 */
import type { Athlete } from '../model/athlete.js';
import type { AdaptationWrites, SessionWrite } from '../model/adaptation-writes.js';
import type { FitnessSource } from '../model/fitness.js';
import type { StoredDecision } from '../model/stored-decision.js';
import type { StoredPlan } from '../ports/plan-repository.js';
import type { Repositories } from '../ports/repositories.js';
import { adapt } from '../rules/adapt/adapt.js';
import type { History } from '../rules/adapt/history.js';
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

/** What one adaptation reads: the active plan, the runner's history and the decisions stored so far. */
export interface AdaptationInputs {
  readonly active: Plan;
  readonly history: History;
  /** Decisions dated from `HISTORY_DAYS` before today on, oldest first. */
  readonly stored: readonly StoredDecision[];
}

/**
 * The writes the rules call for today (pure: no I/O), or undefined when every decision they make is
 * stored already.
 */
export function planAdaptation(input: AdaptationInputs, today: string): AdaptationWrites | undefined {
  const { active, history, stored } = input;
  const result = adapt(active, history, today);
  if (result.decisions.length === 0) return undefined;
  const known = {
    keys: new Set(stored.map(decisionKey)),
    proposed: stored.filter((d) => d.status === 'proposed'),
    bindingDates: new Set(stored.filter((d) => BINDING_RULES.test(d.rule)).map((d) => d.date)),
  };
  const fresh = result.decisions.filter((d) => !known.keys.has(decisionKey(d)));
  for (const d of fresh) if (BINDING_RULES.test(d.rule)) known.bindingDates.add(d.date);
  if (fresh.length === 0) return undefined;

  const vdotChanged = result.plan.vdot !== undefined && result.plan.vdot !== active.vdot;
  let version: AdaptationWrites['version'];
  const sessions: SessionWrite[] = [];
  if (vdotChanged) {
    const cause = fresh.find((d) => d.rule.startsWith('fitness.'));
    version = {
      plan: result.plan,
      // The new version carries every earlier change: offers still open can no longer be undone.
      applied: known.proposed.map((d) => d.id),
      fitness: {
        date: today,
        vdot: result.plan.vdot!,
        source: vdotSource(cause),
        evidence: { rule: cause?.rule ?? 'adapt', reasons: cause?.reasons ?? [] },
      },
      ...(active.vdot !== undefined ? { from: active.vdot } : {}),
      to: result.plan.vdot!,
    };
  } else {
    const dates = new Set(fresh.map((d) => d.date));
    for (const date of dates) {
      const next = sessionOn(result.plan, date);
      const current = sessionOn(active, date);
      if (!next) continue;
      if (sessionShape(next) !== sessionShape(current)) sessions.push({ replace: next });
      else if (next.status && next.status !== current?.status) sessions.push({ date, status: next.status });
    }
  }

  const inputs = { today, activities: history.activities.length, checkins: history.checkins.length };
  const decisions = fresh.map((d) => {
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
    return { ...d, status: changesUpcoming ? ('proposed' as const) : ('applied' as const), inputs };
  });
  return { today, decisions, ...(version ? { version } : {}), sessions };
}

/** The outcome of `writes` once its decisions are stored (`decisions`, in the same order). */
export function adaptationOutcome(
  writes: AdaptationWrites,
  decisions: readonly StoredDecision[],
): AdaptationOutcome {
  const { version } = writes;
  return {
    decisions,
    proposed: decisions.filter((d) => d.status === 'proposed'),
    ...(version
      ? { vdotChange: { ...(version.from !== undefined ? { from: version.from } : {}), to: version.to } }
      : {}),
  };
}

/** Stores `writes` for the runner through the repositories, one write after another. */
export async function storeAdaptation(
  repos: Repositories,
  athleteId: string,
  writes: AdaptationWrites,
): Promise<AdaptationOutcome> {
  const { version } = writes;
  if (version) {
    await repos.plans.save(athleteId, version.plan);
    for (const id of version.applied) await repos.decisions.setStatus(athleteId, id, 'applied');
    await repos.fitness.add({ athleteId, ...version.fitness });
  } else {
    // Each change is on a date of its own: the replacements go together (a fixed number of round trips),
    // then each status.
    await repos.plans.replaceSessions(
      athleteId,
      writes.sessions.flatMap((change) => ('replace' in change ? [change.replace] : [])),
    );
    for (const change of writes.sessions)
      if (!('replace' in change)) await repos.plans.setStatus(athleteId, change.date, change.status);
  }
  // Every insert at once (one round trip on PostgreSQL); stored and returned in rule order.
  const decisions: StoredDecision[] = await Promise.all(
    writes.decisions.map((d) => repos.decisions.add({ ...d, athleteId })),
  );
  return adaptationOutcome(writes, decisions);
}

/**
 * What `applyAdaptation` reads, at once (on PostgreSQL the statements go out together, one round trip
 * instead of four). A turn that adapts after it may call this early, beside reads of its own, so that on
 * repositories remembering a message's reads (`rememberingReads`) adaptation finds them answered.
 */
export function readAdaptationInputs(
  repos: Repositories,
  athlete: Pick<Athlete, 'id' | 'restingHr'>,
  today: string,
) {
  return Promise.all([
    repos.plans.active(athlete.id) as Promise<StoredPlan | undefined>,
    loadHistory(repos, athlete, today),
    repos.decisions.list(athlete.id, { from: addDays(today, -HISTORY_DAYS) }),
  ]);
}

/** `athlete` is the runner as the message read them (their resting HR is the recovery baseline). */
export async function applyAdaptation(
  repos: Repositories,
  athlete: Pick<Athlete, 'id' | 'restingHr'>,
  today: string,
): Promise<AdaptationOutcome> {
  const athleteId = athlete.id;
  const [active, history, stored] = await readAdaptationInputs(repos, athlete, today);
  if (!active) return NOTHING;
  const writes = planAdaptation({ active: active.plan, history, stored }, today);
  return writes ? storeAdaptation(repos, athleteId, writes) : NOTHING;
}
