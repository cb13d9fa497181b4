/** A run that happened. Absent fields were not recorded (missing is missing, never zero). */
import type { RunAssessment } from '../rules/assess/run-assessment.js';

export const ACTIVITY_SOURCES = ['manual', 'chat', 'voice', 'fit', 'gpx', 'tcx', 'api'] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

export interface Lap {
  /** metres */
  readonly distanceMeters?: number;
  /** seconds */
  readonly durationSeconds?: number;
  /** bpm */
  readonly avgHr?: number;
  /** steps per minute (both feet) */
  readonly cadence?: number;
}

export interface Activity {
  readonly id: string;
  readonly athleteId: string;
  /** The runner's local date of the run, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO timestamp, when known. */
  readonly startedAt?: string;
  readonly distanceMeters?: number;
  readonly durationSeconds?: number;
  /** bpm */
  readonly avgHr?: number;
  /** bpm */
  readonly maxHr?: number;
  /** steps per minute */
  readonly cadence?: number;
  readonly elevationGainMeters?: number;
  /** CR-10 session RPE, 1–10 */
  readonly rpe?: number;
  /** How it felt, in the runner's words. */
  readonly feel?: string;
  /** A race effort (a race result raises VDOT). */
  readonly race?: boolean;
  readonly laps?: readonly Lap[];
  readonly source: ActivitySource;
  /** The planned session this run fulfilled, when matched. */
  readonly plannedSessionId?: string;
  readonly rawFileRef?: string;
  /** The run judged against its prescription when it was logged (or rated). */
  readonly assessment?: RunAssessment;
  readonly createdAt: string;
}

export type NewActivity = Omit<Activity, 'id' | 'createdAt'>;
