/**
 * Why the front door could not take a message (`handleMessage`'s codes), in words: what the terminal chat
 * and Telegram say to the runner, and the `message` of the API's `{code, message}`.
 */

/** The codes `handleMessage` refuses a message with. */
export type MessageErrorCode =
  | 'ATHLETE_NOT_FOUND'
  | 'MESSAGE_EMPTY'
  | 'MESSAGE_TOO_LONG'
  | 'DUPLICATE_MESSAGE'
  | 'MESSAGE_IN_PROGRESS'
  | 'REPLY_NOT_KEPT';

/**
 * The sentence for a refused message; `facts.maxChars` for MESSAGE_TOO_LONG.
 *
 * @example messageErrorText('MESSAGE_TOO_LONG', { maxChars: 2000 }) // 'Messages can be at most 2000 characters.'
 */
export function messageErrorText(
  code: MessageErrorCode,
  facts: Readonly<Record<string, unknown>> = {},
): string {
  switch (code) {
    case 'ATHLETE_NOT_FOUND':
      return 'No runner with that id.';
    case 'MESSAGE_EMPTY':
      return 'Say something to your coach: the message was empty.';
    case 'MESSAGE_TOO_LONG':
      return `Messages can be at most ${typeof facts['maxChars'] === 'number' ? facts['maxChars'] : 'a few thousand'} characters.`;
    case 'DUPLICATE_MESSAGE':
      return 'This message was already handled.';
    case 'MESSAGE_IN_PROGRESS':
      return 'This message is still being answered: send it again in a few seconds for the reply.';
    case 'REPLY_NOT_KEPT':
      return 'This message was handled, but its reply was not kept. Send a new message to see where you are.';
  }
}
