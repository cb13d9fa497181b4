/**
 * The browser call page's Access Token: a Twilio JWT (HS256, signed with the API secret) with a
 * VoiceGrant that may only place calls through the TwiML app (`outgoingApplicationSid`, whose Voice URL is
 * `/voice/incoming`) and never receives them. Its identity is a stable id that says nothing about the
 * runner (`runner-<hash>`): Twilio shows it as `From: client:runner-…`.
 */
import { createHmac } from 'node:crypto';
import { twilioSdk } from '../twilio-sdk.js';

/** How long a token lets the page start a call, seconds (Twilio ends nothing in progress at expiry). */
export const VOICE_TOKEN_TTL_SECONDS = 600;

/** The four Twilio values the page's tokens need. */
export interface TwilioApiCredentials {
  /** `AC…` */
  readonly accountSid: string;
  /** `SK…` (an API key, not the auth token). */
  readonly apiKey: string;
  readonly apiSecret: string;
  /** `AP…`: the TwiML app whose Voice URL is `PUBLIC_BASE_URL/voice/incoming`. */
  readonly twimlAppSid: string;
}

export interface VoiceToken {
  /** The JWT the SDK's `Twilio.Device` takes. */
  readonly token: string;
  readonly identity: string;
  readonly expiresAt: Date;
}

/**
 * The caller identity of a runner: `runner-` and 24 hex characters of HMAC-SHA256(key, athleteId). Stable
 * for a runner and key, unguessable without the key, no personal data.
 *
 * @example callerIdentity(key, '5f0c…') // → 'runner-3b1f0c9e2a7d4e6f8a0b1c2d'
 */
export function callerIdentity(key: Buffer, athleteId: string): string {
  return `runner-${createHmac('sha256', key).update(`identity:${athleteId}`).digest('hex').slice(0, 24)}`;
}

/**
 * A token for one runner's browser, valid `ttlSeconds` from the wall clock (Twilio checks it against
 * real time, so the coach's clock is not used).
 */
export function createVoiceToken(
  credentials: TwilioApiCredentials,
  identity: string,
  ttlSeconds: number = VOICE_TOKEN_TTL_SECONDS,
): VoiceToken {
  const { AccessToken } = twilioSdk().jwt;
  const token = new AccessToken(credentials.accountSid, credentials.apiKey, credentials.apiSecret, {
    identity,
    ttl: ttlSeconds,
  });
  token.addGrant(
    new AccessToken.VoiceGrant({ outgoingApplicationSid: credentials.twimlAppSid, incomingAllow: false }),
  );
  const jwt = token.toJwt();
  return { token: jwt, identity, expiresAt: new Date(expiryOf(jwt) * 1000) };
}

/** The `exp` claim of a JWT, Unix seconds (the token was just made here, so it is trusted). */
function expiryOf(jwt: string): number {
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    exp: number;
  };
  return payload.exp;
}
