/**
 * Who a browser call is (issue 13): the call page places calls through the TwiML App, so `/voice/incoming`
 * gets `From=client:runner-<24 hex>` and the page's signed link as the custom parameter `link`. A browser
 * caller is a runner only when that link verifies (signature, expiry) and the identity in `From` is the
 * one the page gives the link's runner (`callerIdentity`); anything else is refused with a code.
 */
import type { CallLinks } from './call-page/call-link.js';
import { callerIdentity } from './call-page/voice-token.js';

/** The prefix of a browser caller's `From`. */
import { CLIENT_PREFIX } from '../coach/channel.js';

export { CLIENT_PREFIX };

/** What verifies browser callers: the call page's links and identity key (`CallPageDeps` has both). */
export interface BrowserCallers {
  readonly links: Pick<CallLinks, 'verify'>;
  readonly identityKey: Buffer;
}

export type BrowserCallerCheck =
  | { readonly ok: true; readonly athleteId: string }
  | {
      readonly ok: false;
      readonly code:
        | 'CLIENT_CALLS_NOT_CONFIGURED'
        | 'CLIENT_LINK_MISSING'
        | 'CLIENT_LINK_INVALID'
        | 'CLIENT_LINK_EXPIRED'
        | 'CLIENT_IDENTITY_MISMATCH';
    };

/** True when `from` is a browser (Voice SDK) caller. */
export function isClientCaller(from: string): boolean {
  return from.trim().startsWith(CLIENT_PREFIX);
}

/** The identity part `From` carries for a runner: `runner-<hmac>`. */
export function clientIdentityOf(callers: BrowserCallers): (athleteId: string) => string {
  return (athleteId) => callerIdentity(callers.identityKey, athleteId);
}

/**
 * The runner on a browser call, from `From` and the `link` parameter.
 *
 * @example checkBrowserCaller(callers, 'client:runner-3b1f…', token) // → { ok: true, athleteId: '5f0c…' }
 */
export function checkBrowserCaller(
  callers: BrowserCallers | undefined,
  from: string,
  link: string | undefined,
): BrowserCallerCheck {
  if (callers === undefined) return { ok: false, code: 'CLIENT_CALLS_NOT_CONFIGURED' };
  const verified = callers.links.verify(link);
  if (!verified.ok) return { ok: false, code: `CLIENT_${verified.code}` };
  const expected = `${CLIENT_PREFIX}${callerIdentity(callers.identityKey, verified.athleteId)}`;
  if (from.trim() !== expected) return { ok: false, code: 'CLIENT_IDENTITY_MISMATCH' };
  return { ok: true, athleteId: verified.athleteId };
}
