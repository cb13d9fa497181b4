/**
 * Twilio's webhooks for the phone line (`/voice/incoming`, `/voice/gather`, `/voice/status`, odd `turn`
 * and `step` queries): a call's parameters (speech results, digits, statuses, numbers) with hostile
 * values, form-encoded, as JSON or as text, signed over `PUBLIC_BASE_URL` + path with the auth token,
 * signed wrong, or unsigned.
 */
import fc from 'fast-check';
import twilio from 'twilio';
import type { FuzzContext, FuzzRequest } from '../fuzz-request.js';
import { numberText, text } from '../hostile/text.js';
import { record } from '../hostile/values.js';

/** A webhook of a call, signed or not. */
export function voiceWebhooks(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const value = fc.oneof(
    text(),
    numberText(),
    fc.constantFrom(
      '+4915112345678',
      '+1',
      'client:abc',
      'anonymous',
      'completed',
      'in-progress',
      '1',
      '2',
      '#',
      '*',
    ),
  );
  const params = record(
    [
      'CallSid',
      'From',
      'To',
      'SpeechResult',
      'Confidence',
      'Digits',
      'CallStatus',
      'AccountSid',
      'CallDuration',
      'step',
      'turn',
    ],
    () => value,
  ).map((p) => ({
    CallSid: 'CA' + 'f'.repeat(32),
    ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)])),
  }));
  return fc
    .tuple(
      fc.constantFrom(
        '/voice/incoming',
        '/voice/gather',
        '/voice/status',
        '/voice/gather?turn=%E0',
        '/voice/gather?step=99999999999',
      ),
      params,
      fc.constantFrom('signed', 'unsigned', 'wrong'),
      fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
    )
    .map(([path, p, sign, type]): FuzzRequest => {
      const body = type === 'application/json' ? JSON.stringify(p) : new URLSearchParams(p).toString();
      const signature =
        sign === 'signed'
          ? twilio.getExpectedTwilioSignature(ctx.twilioAuthToken, `${ctx.publicBaseUrl}${path}`, p)
          : sign === 'wrong'
            ? 'AAAA'
            : undefined;
      return {
        family: `voice (${sign === 'signed' ? 'signed' : 'unsigned'})`,
        method: 'POST',
        path,
        headers: { 'content-type': type, ...(signature ? { 'x-twilio-signature': signature } : {}) },
        body,
      };
    });
}
