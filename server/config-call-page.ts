/**
 * The browser call page's settings (issue 13), parsed beside `parseConfig` (server/config.ts reads
 * `process.env` and hands it here): `TWILIO_ACCOUNT_SID`, `TWILIO_API_KEY`, `TWILIO_API_SECRET` and
 * `TWILIO_TWIML_APP_SID` — all four or none — with `PUBLIC_BASE_URL` for the links the bot sends. The
 * links are signed with a key derived from `TWILIO_API_SECRET`, so there is no separate link secret.
 */
import { z } from 'zod';
import { emptyAsUndefined } from './env-value.js';

const sid = (prefix: string, what: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), `expected ${what} (${prefix} and 32 hex characters)`)
      .optional(),
  );

/** The call page's variables, in the order an error names the first one missing. */
export const CALL_PAGE_VARIABLES = [
  'TWILIO_ACCOUNT_SID',
  'TWILIO_API_KEY',
  'TWILIO_API_SECRET',
  'TWILIO_TWIML_APP_SID',
] as const;

/** Call page variables whose value an error line never repeats. */
export const CALL_PAGE_SECRETS: ReadonlySet<string> = new Set(['TWILIO_API_SECRET']);

export const callPageEnvSchema = z.object({
  TWILIO_ACCOUNT_SID: sid('AC', 'an Account SID'),
  TWILIO_API_KEY: sid('SK', 'an API key SID'),
  TWILIO_API_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, "expected at least 16 characters (the API key's secret)").optional(),
  ),
  TWILIO_TWIML_APP_SID: sid('AP', 'a TwiML App SID'),
});

/** The Twilio API key and TwiML app the call page's Access Tokens are made with. */
export interface CallPageConfig {
  readonly accountSid: string;
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly twimlAppSid: string;
  /** `PUBLIC_BASE_URL`: the links point there. */
  readonly publicBaseUrl: string;
}

/**
 * The call page's settings from already-validated variables: absent when none is set, or one error line
 * when only some are, or when PUBLIC_BASE_URL is missing.
 */
export function callPageConfig(
  e: z.infer<typeof callPageEnvSchema>,
  publicBaseUrl: string | undefined,
): CallPageConfig | undefined | string {
  const set = CALL_PAGE_VARIABLES.filter((name) => e[name] !== undefined);
  if (set.length === 0) return undefined;
  const missing = CALL_PAGE_VARIABLES.find((name) => e[name] === undefined);
  if (missing !== undefined) {
    return `${missing}: required with ${set.join(', ')} (the browser call page needs all four, or none)`;
  }
  if (publicBaseUrl === undefined) {
    return 'PUBLIC_BASE_URL: required for the browser call page (the links the bot sends point there)';
  }
  return {
    accountSid: e.TWILIO_ACCOUNT_SID!,
    apiKey: e.TWILIO_API_KEY!,
    apiSecret: e.TWILIO_API_SECRET!,
    twimlAppSid: e.TWILIO_TWIML_APP_SID!,
    publicBaseUrl,
  };
}
