/** The whole schema, one table per file. drizzle-kit reads this to generate migrations. */
export * from './athletes.js';
export * from './goals.js';
export * from './fitness-snapshots.js';
export * from './plans.js';
export * from './activities.js';
export * from './checkins.js';
export * from './decisions.js';
export * from './processed-events.js';
export * from './outbox.js';
export * from './inbox.js';
export * from './calls.js';
export * from './runner-tokens.js';
export * from './audit-log.js';
export * from './nightly-adaptations.js';
