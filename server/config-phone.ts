/**
 * The phone line's settings (issue 13), parsed beside `parseConfig` (server/config.ts reads `process.env`
 * and hands it here): `TWILIO_AUTH_TOKEN` turns on Twilio's voice webhooks under /voice/ and needs
 * `PUBLIC_BASE_URL` (the address Twilio calls and signs); `TWILIO_VOICE` and `TWILIO_SPEECH_LANGUAGE`
 * tune `<Say>` and `<Gather>`.
 */
import { z } from 'zod';
import { emptyAsUndefined } from './env-value.js';

/** The `<Say>` voice when TWILIO_VOICE is unset: Amazon Polly's US English standard voice. */
export const DEFAULT_TWILIO_VOICE = 'Polly.Joanna';
/** The speech recognition (and `<Say>`) language when TWILIO_SPEECH_LANGUAGE is unset. */
export const DEFAULT_SPEECH_LANGUAGE = 'en-US';

/** Phone line variables whose value an error line never repeats. */
export const PHONE_SECRETS: ReadonlySet<string> = new Set(['TWILIO_AUTH_TOKEN']);

export const phoneEnvSchema = z.object({
  TWILIO_AUTH_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[0-9a-fA-F]{32}$/, 'expected the 32-character Auth Token from the Twilio console')
      .optional(),
  ),
  TWILIO_VOICE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(
        /^\p{L}[\p{L}\p{N}._-]{0,63}$/u,
        'expected a Twilio <Say> voice like Polly.Joanna, Google.en-US-Neural2-F or alice',
      )
      .optional(),
  ),
  TWILIO_SPEECH_LANGUAGE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/, 'expected a language tag like en-US or en-GB')
      .optional(),
  ),
});

/** The phone line: Twilio's webhooks are signed with the auth token over PUBLIC_BASE_URL + path. */
export interface PhoneConfig {
  /** The account's Auth Token (TWILIO_AUTH_TOKEN): checks `X-Twilio-Signature`. Never logged. */
  readonly authToken: string;
  /** PUBLIC_BASE_URL without a trailing slash: the address Twilio calls and signs. */
  readonly publicBaseUrl: string;
  /** The `<Say>` voice (TWILIO_VOICE), e.g. `Polly.Joanna`. */
  readonly voice: string;
  /** The `<Gather>` speech recognition and `<Say>` language (TWILIO_SPEECH_LANGUAGE), e.g. `en-US`. */
  readonly speechLanguage: string;
}

/** The phone line's settings, none, or one error line for a combination that cannot work. */
export function phoneConfig(
  e: z.infer<typeof phoneEnvSchema>,
  publicBaseUrl: string | undefined,
): PhoneConfig | undefined | string {
  const { TWILIO_AUTH_TOKEN: authToken, TWILIO_VOICE: voice, TWILIO_SPEECH_LANGUAGE: speechLanguage } = e;
  if (authToken === undefined) {
    if (voice !== undefined) return 'TWILIO_VOICE: set TWILIO_AUTH_TOKEN too, or remove it';
    if (speechLanguage !== undefined)
      return 'TWILIO_SPEECH_LANGUAGE: set TWILIO_AUTH_TOKEN too, or remove it';
    return undefined;
  }
  if (publicBaseUrl === undefined) {
    return 'PUBLIC_BASE_URL: required when TWILIO_AUTH_TOKEN is set (the address Twilio calls and signs, e.g. https://coach.example.org)';
  }
  return {
    authToken,
    publicBaseUrl,
    voice: voice ?? DEFAULT_TWILIO_VOICE,
    speechLanguage: speechLanguage ?? DEFAULT_SPEECH_LANGUAGE,
  };
}
