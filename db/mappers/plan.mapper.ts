/** Row ↔ domain mapping for plans and planned sessions. */
import type { StoredPlan, StoredSession } from '../../coach/ports/plan-repository.js';
import { readPurpose } from '../../coach/rules/plan/purposes.js';
import type { Plan, Session, Week } from '../../coach/rules/plan/types.js';
import { SUPERSEDED, type plannedSessions, type plans } from '../schema/index.js';

type PlanRow = typeof plans.$inferSelect;
type FullSessionRow = typeof plannedSessions.$inferSelect;
/**
 * The columns a session is read back from (`SESSION_FIELDS`): not its plan, runner, `targets` or times,
 * which no reader uses (two timestamps and a JSON column less to parse per row, ~88 rows a plan).
 */
export type SessionRow = Pick<
  FullSessionRow,
  | 'id'
  | 'date'
  | 'kind'
  | 'hard'
  | 'minutes'
  | 'km'
  | 'purpose'
  | 'purposeCode'
  | 'purposeFacts'
  | 'steps'
  | 'status'
  | 'replacesId'
>;
type SessionInsert = typeof plannedSessions.$inferInsert;

/** What plans.summary holds: the plan without its sessions (they are rows). */
export type PlanSummary = Omit<Plan, 'weeks'> & { weeks: Omit<Week, 'sessions'>[] };

export function planSummary(plan: Plan): PlanSummary {
  const { weeks, ...rest } = plan;
  return { ...rest, weeks: weeks.map(({ sessions: _sessions, ...week }) => week) };
}

/** Extra session fields kept in the targets column (the rest have columns of their own). */
interface SessionExtras {
  readonly purpose?: string;
}

/**
 * The row of a current session (its own status, `planned` when it has none); `replacesId` links the
 * superseded original it replaced.
 */
export function sessionToInsert(
  planId: string,
  athleteId: string,
  session: Session,
  replacesId?: string,
): SessionInsert {
  return {
    planId,
    athleteId,
    date: session.date,
    kind: session.kind,
    hard: session.hard,
    minutes: session.minutes,
    km: session.km,
    // The text column holds only purposes stored before codes; a new row keeps code and facts.
    purpose: '',
    purposeCode: session.purpose.code,
    purposeFacts: session.purpose.facts ?? null,
    steps: session.steps,
    targets: {} satisfies SessionExtras,
    status: session.status ?? 'planned',
    replacesId: replacesId ?? null,
  };
}

/** The row of an original an adaptation replaced, kept for "Keep original": status `superseded`. */
export function originalToInsert(
  planId: string,
  athleteId: string,
  original: Omit<Session, 'replaces'>,
  id: string,
): SessionInsert {
  return { ...sessionToInsert(planId, athleteId, original), id, status: SUPERSEDED };
}

/** True for a row that is the current session of its date (not a superseded original). */
export const isCurrent = (row: Pick<SessionRow, 'status'>): boolean => row.status !== SUPERSEDED;

/**
 * The session a row holds, with the original it replaced when `replaced` (its superseded row) is given.
 * A superseded row reads back as the `planned` session it was: restoring it makes it that again.
 */
export function sessionFromRow(row: SessionRow, replaced?: SessionRow): StoredSession {
  const base = {
    id: row.id,
    date: row.date,
    kind: row.kind as Session['kind'],
    hard: row.hard,
    minutes: row.minutes,
    km: row.km,
    purpose:
      row.purposeCode === null
        ? readPurpose(row.purpose)
        : readPurpose({ code: row.purposeCode, facts: row.purposeFacts }),
    steps: row.steps as Session['steps'],
    status: (row.status === SUPERSEDED ? 'planned' : row.status) as NonNullable<Session['status']>,
  };
  if (!replaced) return base;
  const { id: _id, ...original } = sessionFromRow(replaced);
  return { ...base, replaces: original };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Rebuilds the plan from its summary and current sessions: for each date, the session that is not
 * superseded. Week totals are summed from the current sessions so adaptations show in them.
 */
export function planFromRows(row: PlanRow, rows: readonly SessionRow[]): StoredPlan {
  const summary = row.summary as PlanSummary;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const current = rows
    .filter(isCurrent)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => sessionFromRow(r, r.replacesId ? byId.get(r.replacesId) : undefined));
  const weeks: Week[] = summary.weeks.map((week, i) => {
    const next = summary.weeks[i + 1]?.start;
    const sessions = current.filter((s) => s.date >= week.start && (next === undefined || s.date < next));
    return {
      ...week,
      minutes: round1(sessions.reduce((sum, s) => sum + s.minutes, 0)),
      km: round1(sessions.reduce((sum, s) => sum + s.km, 0)),
      sessions,
    };
  });
  const { weeks: _weeks, ...rest } = summary;
  return {
    id: row.id,
    athleteId: row.athleteId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    plan: { ...rest, weeks },
    sessions: current,
  };
}

/**
 * `stored` with `session` in place of the session of the same id: for a change that moves no minutes or
 * kilometres (a status), so week totals stay as they are. Undefined when it has no such session, or the
 * change would move its totals.
 */
export function withSession(stored: StoredPlan, session: StoredSession): StoredPlan | undefined {
  const old = stored.sessions.find((s) => s.id === session.id);
  if (!old || old.km !== session.km || old.minutes !== session.minutes) return undefined;
  const swap = (sessions: readonly StoredSession[]) =>
    sessions.map((s) => (s.id === session.id ? session : s));
  return {
    ...stored,
    plan: {
      ...stored.plan,
      weeks: stored.plan.weeks.map((week) =>
        week.sessions.some((s) => (s as StoredSession).id === session.id)
          ? { ...week, sessions: swap(week.sessions as readonly StoredSession[]) }
          : week,
      ),
    },
    sessions: swap(stored.sessions),
  };
}

/** `stored` with its current session on `date` given `status`, and that session; undefined when it has none. */
export function withStatusOn(
  stored: StoredPlan,
  date: string,
  status: NonNullable<Session['status']>,
): { readonly plan: StoredPlan; readonly session: StoredSession } | undefined {
  const current = stored.sessions.find((s) => s.date === date);
  if (!current) return undefined;
  const session = { ...current, status };
  const plan = withSession(stored, session);
  return plan ? { plan, session } : undefined;
}
