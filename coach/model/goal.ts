/** A goal race, or general fitness. Priority A is the race the plan peaks for. */
export interface Goal {
  readonly id: string;
  readonly athleteId: string;
  /** '5k' | '10k' | 'half' | 'marathon' | 'fitness' */
  readonly distance: string;
  readonly distanceMeters?: number;
  /** ISO `YYYY-MM-DD` */
  readonly raceDate?: string;
  /** seconds */
  readonly targetSeconds?: number;
  readonly priority: 'A' | 'B' | 'C';
  readonly active: boolean;
  readonly createdAt: string;
}

export type NewGoal = Omit<Goal, 'id' | 'createdAt' | 'active' | 'priority'> & {
  readonly priority?: Goal['priority'];
};
