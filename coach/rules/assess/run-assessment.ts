/**
 * `RunAssessment`: one run judged against what was prescribed for it. It is stored with the activity
 * (`activities.assessment`), the post-run reply explains it, and the adaptation rules read it.
 * Units: paces s/km, HR bpm, minutes, km; `offSPerKm` is how far a pace sits outside its band
 * (positive: slower than the band's slow end; negative: faster than its fast end; 0: inside).
 */
import type { Range, SessionKind } from '../plan/types.js';

/** Where a value sits against its band. */
export type BandVerdict = 'below' | 'within' | 'above';
/** Where a pace sits against its band (`faster` is a smaller s/km). */
export type PaceVerdict = 'faster' | 'within' | 'slower';

/** What the session was for: an easy or long run, a quality session, or a race. */
export type RunIntent = 'easy' | 'quality' | 'race';

/**
 * - `gray-zone`: an easy or long run faster than the top of E by more than the margin, or above the easy
 *   HR ceiling for most of its time (Seiler; Fitzgerald, *80/20 Running*);
 * - `too-slow-at-effort`: a quality session's work slower than its band at or above the expected effort
 *   (Daniels: paces you cannot hold at the right effort are set too high);
 * - `over-minutes`: at least 120 % of the prescribed minutes;
 * - `easy-at-quality-pace`: an easy day run at marathon pace or faster.
 */
export type AssessmentFlag = 'gray-zone' | 'too-slow-at-effort' | 'over-minutes' | 'easy-at-quality-pace';

/** A pace against its band. */
export interface PaceCheck {
  readonly paceSPerKm: number;
  readonly band: Range;
  readonly offSPerKm: number;
  readonly verdict: PaceVerdict;
}

/** An average HR against its band, or the easy ceiling. */
export interface HrCheck {
  readonly avgHr: number;
  /** The step's HR band, when the plan has one. */
  readonly band?: Range;
  /** The easy HR ceiling (top of the E band), bpm, for easy runs. */
  readonly ceilingBpm?: number;
  readonly verdict: BandVerdict;
  /** Share (0–1) of the run's timed laps with HR above the ceiling (laps with HR only). */
  readonly shareAboveCeiling?: number;
}

/** One lap against the step whose pace band it is nearest to. */
export interface LapAssessment {
  readonly index: number;
  readonly km: number;
  readonly minutes: number;
  /** Index of the step in the session the lap was read against, when there are steps. */
  readonly step?: number;
  readonly intensity?: string;
  readonly pace?: PaceCheck;
  readonly hr?: HrCheck;
}

export interface RunAssessment {
  readonly date: string;
  /** The planned session's date (a moved run is matched to a day either side). */
  readonly plannedDate?: string;
  /** The kind the run is judged as (`judgedKind`: a race as a race, an extra run as easy). */
  readonly judgedAs: SessionKind;
  readonly intent: RunIntent;
  readonly km: number;
  readonly minutes: number;
  readonly paceSPerKm?: number;
  /** What was prescribed: minutes and km, and the run's share of each. */
  readonly planned?: {
    readonly minutes: number;
    readonly km: number;
    readonly minutesShare?: number;
    readonly kmShare?: number;
  };
  /** Hadley's heat adjustment applied to every pace band, when a temperature was given. */
  readonly heat?: { readonly temperatureC: number; readonly dewPointC: number; readonly percent: number };
  /** The whole run's pace against the E band (easy runs) or the session's average planned pace. */
  readonly pace?: PaceCheck;
  readonly hr?: HrCheck;
  /** Quality sessions: the fastest laps covering the planned work against the work band. */
  readonly work?: PaceCheck & { readonly avgHr?: number; readonly hrBand?: Range };
  readonly rpe?: { readonly rpe: number; readonly expected: Range; readonly verdict: BandVerdict };
  /** Steps per minute, recorded as given (cadence advice is read elsewhere). */
  readonly cadenceSpm?: number;
  readonly laps?: readonly LapAssessment[];
  readonly flags: readonly AssessmentFlag[];
}
