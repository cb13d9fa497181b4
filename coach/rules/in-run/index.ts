/** In-run guidance: `midRunCue(session, step, report)` → a cue with its correction, position and next step. */
export { midRunCue } from './mid-run-cue.js';
export type { Cue, Feel, MidRunCue, NextStep, RunReport } from './run-report.js';
export { sessionTimeline, locate } from './session-timeline.js';
export type { Segment } from './session-timeline.js';
export * from './cue-thresholds.js';
export { minutesUntil, repStartSeconds, timeLeft } from './session-position.js';
export type { TimeLeft } from './session-position.js';
