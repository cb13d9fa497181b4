/**
 * The channel's own lines (`channel-note`), the labels of the device buttons a channel adds to them
 * (share location, share contact), the caption of an export document and the apology a channel sends when
 * handling failed. Plain and the same for every persona: they are about the app, not about training.
 */
import type { ChannelNoteCode } from '../messages/channel.js';
import { PERSONA_OPTIONS } from '../options.js';
import { PERSONA_INFO, type Persona } from '../persona.js';
import type { FamilyTemplate } from './shared.js';

function personaMenu(): string {
  const lines = PERSONA_OPTIONS.map((o) => {
    const info = PERSONA_INFO[(o.option as { persona: Persona }).persona];
    return `• ${info.name}: ${info.blurb}`;
  });
  return ['Pick your coach:', ...lines].join('\n');
}

const LINES: { readonly [C in ChannelNoteCode]: (zone: string) => string } = {
  TIMEZONE_NOTE: () =>
    'I am using UTC for your days for now. Send your timezone (like Europe/Berlin) or share your location to change it.',
  TIMEZONE_SET: (zone) => `Got it: your days now follow ${zone}.`,
  PHONE_ASK: () =>
    'Share your phone number with the button below, so the phone line knows you when you call.',
  PHONE_SAVED: () => 'Saved: the phone line will know you when you call from this number.',
  PHONE_NOT_YOURS: () => 'Please share your own number with the button, not someone else’s contact.',
  PHONE_INVALID: () => 'That does not look like a phone number I can use.',
  PHONE_TAKEN: () => 'That phone number already belongs to another runner, so I did not save it.',
  PERSONA_MENU: personaMenu,
  UNHANDLED: () =>
    'I read text, buttons, commands and GPX, TCX or FIT files. Send /help to see what I can do.',
  START_FIRST: () => 'Send /start first.',
};

export const channelNote: FamilyTemplate<'channel-note'> = (m) => ({
  text: LINES[m.code](m.zone ?? 'UTC'),
  ...(m.code === 'PERSONA_MENU' ? { options: PERSONA_OPTIONS } : {}),
});

/** A device button a channel adds under a note: share the location, or the phone number. */
export type DeviceRequest = 'location' | 'contact';

/** The label of a device button. */
export function deviceButtonLabel(request: DeviceRequest): string {
  return request === 'location' ? 'Share my location' : 'Share my phone number';
}

/** The device button a note comes with, if any. */
export function deviceRequestOf(code: ChannelNoteCode): DeviceRequest | undefined {
  if (code === 'TIMEZONE_NOTE') return 'location';
  if (code === 'PHONE_ASK') return 'contact';
  return undefined;
}

/** True for notes after which a device keyboard is taken away (what it asked for arrived). */
export function closesDeviceRequest(code: ChannelNoteCode): boolean {
  return code === 'TIMEZONE_SET' || code === 'PHONE_SAVED';
}

/** The caption of the runner's export, sent as a JSON document. */
export function exportCaption(): string {
  return 'Your runloop data, as JSON.';
}

/** What a channel says when handling a message failed on our side (nothing was changed by it). */
export function channelApology(): string {
  return 'Sorry, something went wrong on my side. Please try again in a minute.';
}

/** The commands a chat channel lists in its menu, in order, each with its one-line description. */
export const COMMAND_MENU: readonly { readonly command: string; readonly description: string }[] = [
  { command: 'today', description: "Today's session" },
  { command: 'week', description: 'This week' },
  { command: 'paces', description: 'Your paces' },
  { command: 'why', description: 'Why this session' },
  { command: 'progress', description: 'Your last 12 weeks as a chart' },
  { command: 'coach', description: 'Pick your coach' },
  { command: 'pause', description: 'Pause training' },
  { command: 'resume', description: 'Resume training' },
  { command: 'export', description: 'Your data as JSON' },
  { command: 'delete', description: 'Delete everything' },
  { command: 'phone', description: 'Link your phone number' },
  { command: 'call', description: 'Call your coach from the browser' },
  { command: 'token', description: 'Your personal API token' },
  { command: 'help', description: 'What I understand' },
];
