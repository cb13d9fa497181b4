/**
 * Hostile requests for every route, as fast-check arbitraries: random unicode and control characters,
 * huge and odd numbers, wrong JSON types, 100 kB and over-limit bodies, odd `at` values, percent-encoded
 * and malformed paths, wrong content types; Telegram updates with and without the webhook secret, and
 * Twilio webhooks signed over PUBLIC_BASE_URL + path or not. Each route family is generated in
 * `routes/`, from the hostile values, text and HTTP parts in `hostile/`; this file weighs them together
 * (the order and weights fix what a seed generates: change them and the seeds of earlier runs mean other
 * requests).
 */
import fc from 'fast-check';
import type { FuzzContext, FuzzRequest } from './fuzz-request.js';
import { activityImport } from './routes/activity-import.js';
import { athleteData, patchAthlete, postAthletes } from './routes/athletes.js';
import { postMessages } from './routes/messages.js';
import { otherPaths } from './routes/other-paths.js';
import { telegramWebhook } from './routes/telegram-webhook.js';
import { voiceWebhooks } from './routes/voice.js';

export type { FuzzContext, FuzzRequest } from './fuzz-request.js';

/** The HTTP API and the other plain paths, weighted toward messages and a runner's data. */
function apiRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 6, arbitrary: postMessages(ctx) },
    { weight: 2, arbitrary: postAthletes() },
    { weight: 2, arbitrary: patchAthlete(ctx) },
    { weight: 4, arbitrary: athleteData(ctx) },
    { weight: 1, arbitrary: activityImport(ctx) },
    { weight: 1, arbitrary: otherPaths() },
  );
}

/** Every route family, weighted toward the API the runner's data goes through. */
export function fuzzRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 6, arbitrary: apiRequests(ctx) },
    { weight: 2, arbitrary: telegramWebhook(ctx) },
    { weight: 2, arbitrary: voiceWebhooks(ctx) },
  );
}
