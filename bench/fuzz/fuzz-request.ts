/**
 * The shape of one fuzz request (route family, method, path, headers, raw body) and the context the
 * generators draw from: the runners that exist, the Telegram webhook secret and the Twilio token and
 * public base URL the voice webhooks are signed with.
 */

/** One request as sent: `family` names its route family in the report. */
export interface FuzzRequest {
  readonly family: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** What the generators need from the running server. */
export interface FuzzContext {
  /** Runners that exist (with a plan, and still onboarding). */
  readonly athleteIds: readonly string[];
  readonly webhookSecret: string;
  readonly twilioAuthToken: string;
  readonly publicBaseUrl: string;
}
