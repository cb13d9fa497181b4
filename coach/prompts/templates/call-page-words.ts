/**
 * The browser call page's words (`GET /call`) and the Telegram `/call` lines that hand the runner its
 * link. Plain and the same for every persona: they are about the app, not about training. The page's
 * script shows the `status` lines as the call goes; the channel escapes every line for HTML.
 */

/** Why a call link does not open the page (the route's codes). */
export type CallLinkProblem =
  'LINK_MISSING' | 'LINK_INVALID' | 'LINK_EXPIRED' | 'ATHLETE_NOT_FOUND' | 'NOT_CONFIGURED';

/** The page's fixed labels and the lines its script shows. */
export const CALL_PAGE_WORDS = {
  title: 'Call your coach',
  todayHeading: 'Today',
  button: 'Call my coach',
  hangUp: 'Hang up',
  status: {
    ready: 'Press the button and talk to your coach, mid-run or after.',
    token: 'Getting the line ready…',
    calling: 'Calling your coach…',
    connected: 'Connected: tell your coach how it is going.',
    ended: 'Call ended. Press the button to call again.',
    linkExpired: 'This link has expired. Send /call to the bot on Telegram for a fresh one.',
    tokenFailed: 'The line could not be set up. Send /call to the bot on Telegram for a fresh link.',
    unreachable:
      'The phone service (Twilio) cannot be reached right now, so the call did not start. Check your connection and try again.',
    microphone: 'The call needs your microphone: allow it in the browser and press the button again.',
  },
} as const;

export type CallPageWords = typeof CALL_PAGE_WORDS;

/** What the page says instead of the session when its link does not open it. */
export function callLinkProblemText(code: CallLinkProblem): string {
  switch (code) {
    case 'LINK_MISSING':
      return 'This page needs the link the bot sends. Send /call to the bot on Telegram to get one.';
    case 'LINK_INVALID':
      return 'This link is not valid. Send /call to the bot on Telegram for a fresh one.';
    case 'LINK_EXPIRED':
      return 'This link has expired (links last a few minutes). Send /call to the bot on Telegram for a fresh one.';
    case 'ATHLETE_NOT_FOUND':
      return 'I could not find your runner profile. Send /start to the bot on Telegram.';
    case 'NOT_CONFIGURED':
      return 'The phone line is not set up on this runloop.';
  }
}

/** The `/call` reply: the page's link and how long it works, minutes. */
export function callLinkText(url: string, minutes: number): string {
  return `Open this link to call your coach from the browser (it works for ${minutes} minutes, only for you):\n${url}`;
}

/** The `/call` reply when this runloop has no browser call page configured. */
export function callPageNotSetUpText(): string {
  return 'The phone line is not set up here, so there is no call link to send.';
}
