/**
 * The few lines only Telegram needs (its buttons and device prompts), which the coach's wording layer has
 * no message for yet. Everything the coach decides is worded in coach/prompts; these say nothing about
 * training. Kept in one place so they can move to coach/prompts as channel messages.
 */
export const TEXTS = {
  apology: 'Sorry, something went wrong on my side. Please try again in a minute.',
  timezoneNote:
    'I am using UTC for your days for now. Send your timezone (like Europe/Berlin) or share your location to change it.',
  shareLocation: 'Share my location',
  timezoneSet: (zone: string) => `Got it: your days now follow ${zone}.`,
  phoneAsk: 'Share your phone number with the button below, so the phone line knows you when you call.',
  sharePhone: 'Share my phone number',
  phoneSaved: 'Saved: the phone line will know you when you call from this number.',
  phoneNotYours: 'Please share your own number with the button, not someone else’s contact.',
  phoneInvalid: 'That does not look like a phone number I can use.',
  phoneTaken: 'That phone number already belongs to another runner, so I did not save it.',
  personaMenu: (lines: readonly string[]) => `Pick your coach:\n${lines.join('\n')}`,
  unhandled: 'I read text, buttons, commands and GPX, TCX or FIT files. Send /help to see what I can do.',
  exportCaption: 'Your runloop data, as JSON.',
  startFirst: 'Send /start first.',
} as const;
