/**
 * Pain thresholds (0–10 numeric pain rating scale). Source: SCIENCE.md "Safety" and the pain-monitoring
 * model used in running-injury rehabilitation (Silbernagel et al. 2007, Am J Sports Med: pain up to 5/10
 * "acceptable" during loading); runloop is stricter because it is not a clinician and sees no patient.
 */

/** Pain at or above this score (0–10) stops prescriptions and points to a professional. */
export const PAIN_STOP_SCORE = 4;

/** Pain reported on this many consecutive days (today included) stops prescriptions. */
export const PAIN_PERSISTENT_DAYS = 3;

/** A previous pain report this many days back or fewer counts when deciding "worsening". */
export const PAIN_WORSENING_LOOKBACK_DAYS = 7;
/**
 * Days (today included) with no running after prescriptions stop for pain ≥ 4/10, worsening or lasting pain;
 * each new check-in re-evaluates. Source: SCIENCE.md "Safety" (pain that persists or worsens → see a
 * professional); the length is runloop's choice, short because a professional decides the return.
 */
export const PRESCRIPTION_PAUSE_DAYS = 3;
