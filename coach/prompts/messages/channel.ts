/**
 * What a channel itself tells the runner, apart from coaching: how to set the timezone on Telegram, the
 * phone-number link, the persona menu, what the bot can read. Codes with facts, worded in
 * `templates/channel-note.ts`; nothing here is about training.
 */

/**
 * - `TIMEZONE_NOTE`: a new runner starts on UTC; send a zone or share a location (the channel adds a
 *   location button).
 * - `TIMEZONE_SET`: days now follow `zone`.
 * - `PHONE_ASK`: share the number with the contact button (the channel adds it).
 * - `PHONE_SAVED`, `PHONE_NOT_YOURS` (a contact that is not the sender's), `PHONE_INVALID`, `PHONE_TAKEN`.
 * - `PERSONA_MENU`: the four coaches, as options.
 * - `UNHANDLED`: a kind of message the channel cannot read (a sticker, a voice note).
 * - `START_FIRST`: the chat has no runner yet.
 */
export type ChannelNoteCode =
  | 'TIMEZONE_NOTE'
  | 'TIMEZONE_SET'
  | 'PHONE_ASK'
  | 'PHONE_SAVED'
  | 'PHONE_NOT_YOURS'
  | 'PHONE_INVALID'
  | 'PHONE_TAKEN'
  | 'PERSONA_MENU'
  | 'UNHANDLED'
  | 'START_FIRST';

export type ChannelNoteMessage = {
  readonly kind: 'channel-note';
  readonly code: ChannelNoteCode;
  /** `TIMEZONE_SET`: the IANA zone now in use. */
  readonly zone?: string;
};
