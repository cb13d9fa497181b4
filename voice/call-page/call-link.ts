/**
 * The short-lived signed link to the browser call page: `PUBLIC_BASE_URL/call?t=<token>`, where the token
 * is `base64url(JSON {athleteId, exp}) + "." + base64url(HMAC-SHA256(key, payload part))`. The bot makes
 * one on `/call`; the page and `POST /voice/token` accept only a token that verifies and has not expired.
 * The key is derived from `TWILIO_API_SECRET` (`callLinkKey`), so no extra secret is configured and a
 * rotated API secret voids every link still out.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a link works, seconds (10 minutes: time to open it and put the phone in a pocket). */
export const CALL_LINK_TTL_SECONDS = 600;

/** A token's payload: the runner and when the link stops working (Unix seconds). */
export interface CallLinkClaims {
  readonly athleteId: string;
  readonly exp: number;
}

export type CallLinkCheck =
  | { readonly ok: true; readonly athleteId: string; readonly expiresAt: Date }
  | { readonly ok: false; readonly code: 'LINK_MISSING' | 'LINK_INVALID' | 'LINK_EXPIRED' };

export interface CallLink {
  readonly token: string;
  /** The page's address with the token, for the runner to open. */
  readonly url: string;
  readonly expiresAt: Date;
}

export interface CallLinks {
  /** A fresh link for `athleteId`, valid `ttlSeconds` from the clock's now. */
  sign(athleteId: string): CallLink;
  /** Checks a token from a request: signed with our key, well formed, not expired. */
  verify(token: string | undefined): CallLinkCheck;
}

export interface CallLinksDeps {
  /** At least 16 bytes; see `callLinkKey`. */
  readonly key: Buffer;
  /** `PUBLIC_BASE_URL` without a trailing slash. */
  readonly publicBaseUrl: string;
  readonly clock: { now(): Date };
  /** Default `CALL_LINK_TTL_SECONDS`. */
  readonly ttlSeconds?: number;
}

/** The link key from the Twilio API secret: HMAC-SHA256(secret, a fixed label), 32 bytes. */
export function callLinkKey(apiSecret: string): Buffer {
  return createHmac('sha256', apiSecret).update('runloop/call-link/v1').digest();
}

/** Longest token accepted, characters (a UUID payload is ~100). */
const MAX_TOKEN_LENGTH = 512;

function signature(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

export function createCallLinks(deps: CallLinksDeps): CallLinks {
  if (deps.key.length < 16) throw new Error('createCallLinks: the key must be at least 16 bytes');
  const ttl = deps.ttlSeconds ?? CALL_LINK_TTL_SECONDS;
  return {
    sign(athleteId) {
      const exp = Math.floor(deps.clock.now().getTime() / 1000) + ttl;
      const claims: CallLinkClaims = { athleteId, exp };
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      const token = `${payload}.${signature(deps.key, payload).toString('base64url')}`;
      return {
        token,
        url: `${deps.publicBaseUrl}/call?t=${token}`,
        expiresAt: new Date(exp * 1000),
      };
    },
    verify(token) {
      if (token === undefined || token === '') return { ok: false, code: 'LINK_MISSING' };
      const parts = token.length <= MAX_TOKEN_LENGTH ? token.split('.') : [];
      if (parts.length !== 2) return { ok: false, code: 'LINK_INVALID' };
      const [payload, given] = parts as [string, string];
      const expected = signature(deps.key, payload);
      const actual = Buffer.from(given, 'base64url');
      // Same length first (timingSafeEqual throws otherwise), then a constant-time compare.
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
        return { ok: false, code: 'LINK_INVALID' };
      const claims = parseClaims(payload);
      if (!claims) return { ok: false, code: 'LINK_INVALID' };
      if (claims.exp * 1000 <= deps.clock.now().getTime()) return { ok: false, code: 'LINK_EXPIRED' };
      return { ok: true, athleteId: claims.athleteId, expiresAt: new Date(claims.exp * 1000) };
    },
  };
}

function parseClaims(payload: string): CallLinkClaims | undefined {
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<CallLinkClaims>;
    if (typeof value.athleteId !== 'string' || value.athleteId === '') return undefined;
    if (typeof value.exp !== 'number' || !Number.isSafeInteger(value.exp)) return undefined;
    return { athleteId: value.athleteId, exp: value.exp };
  } catch {
    return undefined;
  }
}
