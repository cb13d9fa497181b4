/** Run vs prescription: every run judged against its planned session (see README.md). */
export { assessRun, intentOf } from './assess-run.js';
export type { AssessOptions } from './assess-run.js';
export { assessHistory, assessOptionsFor } from './assess-history.js';
export type { AssessedRun } from './assess-history.js';
export { assessedDistribution, easyShares, runClass } from './distribution.js';
export type { EasyShares } from './distribution.js';
export type * from './run-assessment.js';
