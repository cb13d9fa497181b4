import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../../coach/conversation/handle-message.js';
import { messageErrorText } from '../../../../coach/prompts/templates/message-error-words.js';
import type { CoachDeps } from '../../../../coach/coach-deps.js';

describe('messageErrorText', () => {
  it('words every code the front door refuses a message with', () => {
    expect(messageErrorText('MESSAGE_TOO_LONG', { maxChars: 2000 })).toBe(
      'Messages can be at most 2000 characters.',
    );
    for (const code of ['ATHLETE_NOT_FOUND', 'MESSAGE_EMPTY', 'DUPLICATE_MESSAGE'] as const)
      expect(messageErrorText(code)).toMatch(/^[A-Z].+\.$/);
  });

  it('is what handleMessage answers, with the facts it used', async () => {
    const deps = { clock: { now: () => new Date() } } as unknown as CoachDeps;
    const long = await handleMessage(deps, { athleteId: 'x', text: 'a'.repeat(2001), channel: 'chat' });
    expect(long).toMatchObject({
      ok: false,
      code: 'MESSAGE_TOO_LONG',
      message: 'Messages can be at most 2000 characters.',
      facts: { maxChars: 2000 },
    });
    const empty = await handleMessage(deps, { athleteId: 'x', text: '  ', channel: 'chat' });
    expect(empty).toMatchObject({
      ok: false,
      code: 'MESSAGE_EMPTY',
      message: messageErrorText('MESSAGE_EMPTY'),
    });
  });
});
