/**
 * One signal counted once. Every decision lists the runs and check-ins it stood on (`evidence` in a
 * reason's facts); a rule that answers a signal claims it in the pass's `EvidenceLedger`, and a rule that
 * needs a *second* signal (the ACWR caution) may only use evidence nobody claimed. So one easy run at
 * RPE 8 eases the next session (`rpe.mismatch`) and is not read again as the reason to cut the week.
 *
 * A claim holds whether or not the answer changed the plan in this pass: the day after, the eased session
 * is already behind the runner and nothing is edited, but the hard-feeling run is still answered.
 */
import type { Decision } from '../decision.js';
import type { Activity } from './history.js';

/** The facts key a reason lists its evidence under. */
export const EVIDENCE_FACT = 'evidence';

/** A run as evidence: its date, and its id when the run has one. */
export interface RunRef {
  readonly date: string;
  readonly id?: string;
}

/**
 * What a decision stood on: runs, check-ins by date, and for load rules the window of days whose load they
 * read (a window is listed, never claimed: load is not a second signal).
 */
export interface Evidence {
  readonly runs?: readonly RunRef[];
  readonly checkins?: readonly string[];
  readonly window?: { readonly from: string; readonly to: string };
}

/**
 * A run as evidence.
 *
 * @example
 * runRef({ date: '2027-01-13', km: 8, minutes: 48, rpe: 8 }); // { date: '2027-01-13' }
 */
export function runRef(a: Activity): RunRef {
  return a.id === undefined ? { date: a.date } : { date: a.date, id: a.id };
}

/**
 * The evidence a decision lists, merged over its reasons.
 *
 * @example
 * evidenceOf(rpeMismatchDecision); // { runs: [{ date: '2027-01-13' }], checkins: [] }
 */
export function evidenceOf(d: Decision): { runs: RunRef[]; checkins: string[] } {
  const runs: RunRef[] = [];
  const checkins: string[] = [];
  for (const r of d.reasons) {
    const e = r.facts[EVIDENCE_FACT] as Evidence | undefined;
    if (typeof e !== 'object' || e === null) continue;
    for (const x of Array.isArray(e.runs) ? e.runs : [])
      if (typeof x?.date === 'string') runs.push(x.id === undefined ? { date: x.date } : x);
    for (const c of Array.isArray(e.checkins) ? e.checkins : []) if (typeof c === 'string') checkins.push(c);
  }
  return { runs, checkins };
}

/**
 * The evidence answered so far in one adaptation pass, and by which rule. Runs with an id are known by it,
 * runs without one by their date.
 */
export class EvidenceLedger {
  private readonly runIds = new Map<string, string>();
  private readonly runDates = new Map<string, string>();
  private readonly checkinDates = new Map<string, string>();

  /** Records that `rule` answered this evidence (the first claim wins). */
  claim(rule: string, evidence: Evidence): void {
    for (const r of evidence.runs ?? []) {
      const [map, k] = r.id === undefined ? [this.runDates, r.date] : [this.runIds, r.id];
      if (!map.has(k)) map.set(k, rule);
    }
    for (const c of evidence.checkins ?? []) if (!this.checkinDates.has(c)) this.checkinDates.set(c, rule);
  }

  /**
   * Claims everything a decision lists (the pipeline does this after every rule). A plan-level change (a
   * new VDOT: `before` without a session `kind`) claims nothing: new paces lighten no session, so they
   * answer no run's load, and a second pass (the VDOT already set) must read the same evidence as the first.
   */
  claimDecision(d: Decision): void {
    if (isPlanLevel(d)) return;
    this.claim(d.rule, evidenceOf(d));
  }

  /** The rule that answered this run already, if any. */
  runClaimedBy(a: RunRef): string | undefined {
    return a.id !== undefined ? this.runIds.get(a.id) : this.runDates.get(a.date);
  }

  /** The rule that answered this day's check-in already, if any. */
  checkinClaimedBy(date: string): string | undefined {
    return this.checkinDates.get(date);
  }
}

/** A decision that changed the plan as a whole (VDOT), not a session. */
export function isPlanLevel(d: Decision): boolean {
  return typeof d.before === 'object' && d.before !== null && !('kind' in d.before);
}
