/**
 * The twilio package, loaded on first use rather than at import: a service without the phone line or the
 * call page never loads it (about 10 MB of the process's memory and a share of its start-up).
 */
import { createRequire } from 'node:module';
import type Twilio from 'twilio';

let loaded: typeof Twilio | undefined;

/** The `twilio` module (`validateRequest`, `twiml`, `jwt`, `getExpectedTwilioSignature`…). */
export function twilioSdk(): typeof Twilio {
  loaded ??= createRequire(import.meta.url)('twilio') as typeof Twilio;
  return loaded;
}
