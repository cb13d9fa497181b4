/** A morning recovery check-in (or any wellbeing report). Absent fields were not reported. */
export interface Checkin {
  readonly id: string;
  readonly athleteId: string;
  /** ISO `YYYY-MM-DD`, the runner's local date. */
  readonly date: string;
  /** hours */
  readonly sleepHours?: number;
  /** 1 (poor) – 5 (great) */
  readonly sleepQuality?: number;
  /** bpm */
  readonly restingHr?: number;
  /** ms (rMSSD) */
  readonly hrv?: number;
  /** 0–10 */
  readonly soreness?: number;
  /** 0–10 */
  readonly stress?: number;
  /** 1–5 */
  readonly mood?: number;
  readonly illness?: boolean;
  /** Pain: where, and how bad on 0–10. */
  readonly pain?: { readonly location?: string; readonly score: number };
  /** Red-flag symptoms reported (chest pain, dizziness, …). */
  readonly redFlags: readonly string[];
  readonly notes?: string;
  readonly createdAt: string;
}

export type NewCheckin = Omit<Checkin, 'id' | 'createdAt' | 'redFlags'> & {
  readonly redFlags?: readonly string[];
};
