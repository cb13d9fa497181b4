/** One point of the runner's VDOT history, with the evidence behind it. */
export const FITNESS_SOURCES = ['race', 'workout', 'estimate', 'detraining'] as const;
export type FitnessSource = (typeof FITNESS_SOURCES)[number];

export interface FitnessSnapshot {
  readonly id: string;
  readonly athleteId: string;
  /** ISO `YYYY-MM-DD` */
  readonly date: string;
  readonly vdot: number;
  readonly source: FitnessSource;
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

export type NewFitnessSnapshot = Omit<FitnessSnapshot, 'id' | 'createdAt' | 'evidence'> & {
  readonly evidence?: Readonly<Record<string, unknown>>;
};
