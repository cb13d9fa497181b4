import type { Decision } from '../decision.js';
import type { Plan } from '../plan/types.js';
import type { PainReport } from '../safety/assess-safety.js';

/** One lap or split of a run: distance, time, average HR and cadence (steps per minute). */
export interface Lap {
  readonly km: number;
  readonly minutes: number;
  readonly avgHr?: number;
  readonly cadence?: number;
}

/** A run the runner did. Units: km, minutes, bpm, steps/min; `rpe` on the CR-10 scale (Foster 2001). */
export interface Activity {
  /** The stored run's id, when it has one (decisions list it as evidence). */
  readonly id?: string;
  readonly date: string;
  readonly km: number;
  readonly minutes: number;
  readonly avgHr?: number;
  readonly rpe?: number;
  readonly laps?: readonly Lap[];
  /** Average cadence, steps per minute (both feet). */
  readonly cadence?: number;
  /** True for a race effort (also inferred when the plan had a race that day). */
  readonly race?: boolean;
  /** Air temperature and dew point during the run, °C, when known (Hadley's heat adjustment needs both). */
  readonly temperatureC?: number;
  readonly dewPointC?: number;
}

/**
 * A daily check-in. Scales: `sleepQuality` 1 (awful) – 5 (great); `soreness`, `stress` 0–10 (10 worst);
 * `mood` 1 (low) – 5 (great); `restingHr` bpm; `hrv` rMSSD in ms; pain 0–10 at a location.
 * `redFlags` holds red-flag codes (see safety/red-flags.ts) or the runner's own words.
 */
export interface CheckIn {
  readonly date: string;
  readonly sleepHours?: number;
  readonly sleepQuality?: number;
  readonly restingHr?: number;
  readonly hrv?: number;
  readonly soreness?: number;
  readonly stress?: number;
  readonly mood?: number;
  readonly illness?: boolean;
  readonly pain?: PainReport;
  readonly redFlags?: readonly string[];
  readonly note?: string;
}

/**
 * What the runner said about themselves that recovery is judged against until their check-ins give a
 * baseline of their own: resting HR in bpm (from onboarding).
 */
export interface RecoveryBaseline {
  readonly restingHrBpm?: number;
}

/** What happened: runs and check-ins (the planned sessions are the plan itself). */
export interface History {
  readonly activities: readonly Activity[];
  readonly checkins: readonly CheckIn[];
  /** The runner's stated baseline (absent: check-ins only). */
  readonly baseline?: RecoveryBaseline;
}

/** The outcome of adapting a plan for one day: ordered decisions and the plan they produce. */
export interface AdaptResult {
  readonly decisions: readonly Decision[];
  readonly plan: Plan;
}
