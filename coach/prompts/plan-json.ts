/**
 * The plan as clients read it (`runloop plan --json`, `runloop adapt`, `GET /api/athletes/:id/plan`,
 * `/today` and the export): every session's `purpose` is its worded line (`templates/purpose-words.ts`,
 * the same words in every persona and without units, so one text serves every runner), beside the
 * `purposeCode` and `purposeFacts` it was worded from. `clientPurpose` (coach/rules/plan/purposes.ts) reads
 * a session back in either form.
 */
import { clientPurpose } from '../rules/plan/purposes.js';
import type { Feasibility, Plan, Purpose, PurposeCode, Session, Week } from '../rules/plan/types.js';
import { feasibilityText } from './templates/feasibility-words.js';
import { purposeText } from './templates/purpose-words.js';

/** A session as clients see it: `purpose` worded, with its code and facts. */
export type SessionJson<S extends Session = Session> = Omit<S, 'purpose' | 'replaces'> & {
  readonly purpose: string;
  readonly purposeCode: PurposeCode;
  readonly purposeFacts?: Purpose['facts'];
  readonly replaces?: SessionJson<Omit<Session, 'replaces'> & Session>;
};

/** A plan as clients see it: every session as `SessionJson`. */
export type PlanJson<P extends Plan = Plan> = Omit<P, 'weeks' | 'feasibility'> & {
  readonly feasibility: FeasibilityJson;
  readonly weeks: readonly (Omit<Week, 'sessions'> & { readonly sessions: readonly SessionJson[] })[];
};

/** Feasibility as clients see it: `message` worded from its notes (a stored plan's own message as is). */
export type FeasibilityJson = Feasibility & { readonly message: string };

/**
 * The feasibility with its `message` worded.
 *
 * @example
 * feasibilityJson(plan.feasibility).message; // 'Predicted race-day time 1:55:20 from today's fitness …'
 */
export function feasibilityJson(f: Feasibility): FeasibilityJson {
  return { ...f, message: feasibilityText(f) };
}

/**
 * A session with its purpose worded (and its original's, when adaptation replaced one).
 *
 * @example
 * sessionJson(tempo); // { …, purpose: 'Steady threshold running: …', purposeCode: 'TEMPO' }
 */
export function sessionJson<S extends Session>(session: S): SessionJson<S> {
  const { purpose, replaces, ...rest } = session;
  return {
    ...rest,
    purpose: purposeText(purpose),
    purposeCode: purpose.code,
    // A legacy purpose's one fact is its text, which `purpose` already is.
    ...(purpose.facts === undefined || purpose.code === 'LEGACY' ? {} : { purposeFacts: purpose.facts }),
    ...(replaces === undefined ? {} : { replaces: sessionJson(replaces) }),
  } as SessionJson<S>;
}

/**
 * The plan with every session's purpose worded.
 *
 * @example
 * JSON.stringify(planJson(plan)); // what `runloop plan --json` prints
 */
export function planJson<P extends Plan>(plan: P): PlanJson<P> {
  return {
    ...plan,
    feasibility: feasibilityJson(plan.feasibility),
    weeks: plan.weeks.map((w) => ({ ...w, sessions: w.sessions.map((s) => sessionJson(s)) })),
  };
}

/** A session as a client gives it back: `purpose` text (or a code with facts), `purposeCode`, `purposeFacts`. */
interface ClientSession {
  readonly purpose?: unknown;
  readonly purposeCode?: unknown;
  readonly purposeFacts?: unknown;
  readonly replaces?: ClientSession;
  readonly [key: string]: unknown;
}

function sessionFromJson(s: ClientSession): Session {
  const { purpose: _text, purposeCode: _code, purposeFacts: _facts, replaces, ...rest } = s;
  return {
    ...(rest as unknown as Omit<Session, 'purpose' | 'replaces'>),
    purpose: clientPurpose(s),
    ...(replaces === undefined ? {} : { replaces: sessionFromJson(replaces) }),
  };
}

/**
 * A plan as a client gives it back (`runloop adapt` reads `runloop plan --json`): every purpose read as a
 * code with facts, an English one without a code as `LEGACY`. The inverse of `planJson`.
 *
 * @example
 * planFromJson(JSON.parse(planJsonText)).weeks[0].sessions[0].purpose; // { code: 'EASY' }
 */
export function planFromJson<
  P extends { readonly weeks: readonly { readonly sessions: readonly object[] }[] },
>(plan: P): Plan {
  const { feasibility } = plan as unknown as Plan;
  // A plan with notes is worded from them: its `message` was only their words.
  const { message: _worded, ...noted } = feasibility;
  return {
    ...(plan as unknown as Plan),
    feasibility: feasibility.notes === undefined ? feasibility : noted,
    weeks: plan.weeks.map((w) => ({
      ...(w as unknown as Week),
      sessions: w.sessions.map((s) => sessionFromJson(s as ClientSession)),
    })),
  };
}
