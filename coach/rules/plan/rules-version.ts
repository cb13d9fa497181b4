/**
 * Version of the plan rules, stored on every plan so an old plan stays explainable after the engine
 * changes. Bump it (year.month.n) whenever a rule or constant here changes what a plan looks like.
 */
export const RULES_VERSION = '2026.12.2';
