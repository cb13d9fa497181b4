/**
 * `X-Twilio-Signature` checks. Twilio signs the URL it was configured with (PUBLIC_BASE_URL + path + query)
 * and the form parameters; the URL is rebuilt from configuration and the request line only, never from
 * `Host` or `X-Forwarded-*`, which a proxy or tunnel may rewrite (twilio-node #321, #924).
 */
import { twilioSdk } from './twilio-sdk.js';

/** The URL Twilio signed for a request whose path and query (as received) is `pathAndQuery`. */
export function signedUrl(publicBaseUrl: string, pathAndQuery: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${pathAndQuery}`;
}

/**
 * True when `signature` is Twilio's HMAC-SHA1 of `url` and `params` under `authToken`.
 *
 * @example isTwilioSignatureValid(token, req.headers['x-twilio-signature'], 'https://coach.example.org/voice/incoming', body)
 */
export function isTwilioSignatureValid(
  authToken: string,
  signature: string | string[] | undefined,
  url: string,
  params: Readonly<Record<string, unknown>>,
): boolean {
  if (typeof signature !== 'string' || signature === '') return false;
  return twilioSdk().validateRequest(authToken, signature, url, params as Record<string, unknown>);
}
