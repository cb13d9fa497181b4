/**
 * A coach `CallStep` as TwiML: `<Say>` each line (its spoken form when the reply has one), then a
 * `<Gather>` that posts to the absolute action URL on PUBLIC_BASE_URL, or `<Hangup/>`.
 */
import type twilio from 'twilio';
import type { CallStep } from '../coach/calls/call-types.js';
import type { Reply } from '../coach/prompts/coach-message.js';
import { twilioSdk } from './twilio-sdk.js';
import { VOICE_PATHS } from './voice-paths.js';

type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;
type SayAttributes = Parameters<VoiceResponse['say']>[0];
type GatherAttributes = NonNullable<Parameters<VoiceResponse['gather']>[0]>;

/** How the line sounds and what speech recognition expects. */
export interface TwimlSettings {
  /** PUBLIC_BASE_URL without a trailing slash (the `<Gather>` action is absolute). */
  readonly publicBaseUrl: string;
  /** The `<Say>` voice, e.g. `Polly.Joanna`. */
  readonly voice: string;
  /** The `<Gather>` language tag, e.g. `en-US`. */
  readonly speechLanguage: string;
}

/** Most hints passed to `<Gather>` (Twilio takes up to 500 phrases of at most 100 characters each). */
const MAX_HINTS = 500;
const MAX_HINT_LENGTH = 100;

/** What a line sounds like: its spoken (phone) form when the reply carries one, else its text. */
export function spokenLine(line: Reply): string {
  const spoken = (line as Reply & { readonly spoken?: unknown }).spoken;
  return typeof spoken === 'string' && spoken.trim() !== '' ? spoken : line.text;
}

/** The `hints` attribute: the step's phrases, comma-separated, within Twilio's limits. */
export function gatherHints(hints: readonly string[] | undefined): string | undefined {
  const kept = (hints ?? [])
    .map((h) => h.replace(/,/g, ' ').trim())
    .filter((h) => h !== '' && h.length <= MAX_HINT_LENGTH)
    .slice(0, MAX_HINTS);
  return kept.length > 0 ? kept.join(', ') : undefined;
}

/**
 * Renders one step of the call.
 *
 * @example renderCallStep({ lines: [reply], next: 'gather', hints: ['five ten'] }, settings)
 * // → '<?xml …?><Response><Say voice="Polly.Joanna">…</Say><Gather input="speech dtmf" action="https://…/voice/gather" …/></Response>'
 */
export function renderCallStep(step: CallStep, settings: TwimlSettings): string {
  const response = new (twilioSdk().twiml.VoiceResponse)();
  for (const line of step.lines) {
    const text = spokenLine(line).trim();
    if (text !== '') response.say({ voice: settings.voice } as SayAttributes, text);
  }
  if (step.next === 'hangup') {
    response.hangup();
    return response.toString();
  }
  const hints = gatherHints(step.hints);
  const gather: GatherAttributes = {
    input: ['speech', 'dtmf'],
    action: `${settings.publicBaseUrl}${VOICE_PATHS.gather}`,
    method: 'POST',
    speechTimeout: 'auto',
    numDigits: 1,
    actionOnEmptyResult: true,
    language: settings.speechLanguage as GatherAttributes['language'],
    ...(hints !== undefined ? { hints } : {}),
  };
  response.gather(gather);
  return response.toString();
}

/** Says `text` and hangs up: the answer when the coach could not handle a webhook in time or at all. */
export function renderApology(text: string, settings: TwimlSettings): string {
  const response = new (twilioSdk().twiml.VoiceResponse)();
  response.say({ voice: settings.voice } as SayAttributes, text);
  response.hangup();
  return response.toString();
}
