/**
 * Everything runloop keeps about one runner, as one JSON-ready document: what `GET
 * /api/athletes/:id/export` returns and Telegram's `/export` sends as a file.
 */
import type { Athlete } from '../model/athlete.js';
import type { Clock } from '../ports/clock.js';
import type { StoredPlan } from '../ports/plan-repository.js';
import type { Repositories } from '../ports/repositories.js';
import { planJson, sessionJson } from '../prompts/plan-json.js';

/** A stored plan version as clients read it: each session's purpose worded beside its code and facts. */
export const storedPlanJson = (stored: StoredPlan) => ({
  ...stored,
  plan: planJson(stored.plan),
  sessions: stored.sessions.map((s) => sessionJson(s)),
});

export async function buildRunnerExport(
  deps: { readonly repositories: Repositories; readonly clock: Clock },
  athlete: Athlete,
) {
  const repos = deps.repositories;
  const chat = athlete.telegramChatId;
  const [planVersions, goals, fitness, activities, checkins, decisions, calls] = await Promise.all([
    repos.plans.versions(athlete.id),
    repos.goals.list(athlete.id),
    repos.fitness.history(athlete.id),
    repos.activities.list(athlete.id),
    repos.checkins.list(athlete.id),
    repos.decisions.list(athlete.id),
    repos.calls.list(athlete.id),
  ]);
  const [processedEvents, outbox, inbox, inactiveChats, apiTokens, audit, nightlyRuns] = await Promise.all([
    repos.events.list(athlete.id),
    repos.records.outbox(athlete.id),
    chat === undefined ? [] : repos.records.inbox('telegram', String(chat)),
    chat === undefined ? [] : repos.records.inactiveDestination('telegram', String(chat)),
    repos.tokens.list(athlete.id),
    repos.audit.list(athlete.id),
    repos.records.nightlyRuns(athlete.id),
  ]);
  const latest = planVersions.at(-1);
  return {
    exportedAt: deps.clock.now().toISOString(),
    athlete,
    goals,
    fitness,
    // Saving a plan makes it the active one, so the active plan is the newest version.
    plan: latest === undefined ? null : storedPlanJson(latest),
    planVersions: planVersions.map(storedPlanJson),
    activities,
    checkins,
    decisions,
    /** Phone calls: each report with the cue it gave and its reasons, and the check-in it became. */
    calls,
    /** Idempotency keys of the messages handled (Telegram updates, API keys), each with its kept answer. */
    processedEvents,
    /** What the coach sent (or will send) them on a channel: the decided message and its words. */
    outbox,
    /** Telegram updates received from their chat (payloads until handled). */
    inbox,
    /** Their Telegram chat when it blocked the bot: since when, and why (nothing is sent until they write). */
    inactiveChats,
    /** Their API tokens: when issued, by whom, whether revoked (never the token nor its hash). */
    apiTokens,
    /** Who exported or deleted their data, and when (this export included). */
    audit,
    /** The nightly adaptation's runs for them: which local dates it settled, and how many decisions each stored. */
    nightlyRuns,
  };
}
