/** Everything the help text tells a runner to say must be understood by the parser. */
import { describe, expect, it } from 'vitest';
import { HELP_LINES } from '../../../coach/prompts/templates/conversation.js';
import { parseMessage } from '../../../coach/rules/language/parse-message.js';

const examples = HELP_LINES.flatMap((line) => [...line.matchAll(/“([^”]+)”/g)].map((m) => m[1]!));

describe('help examples', () => {
  it('the help text offers examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples)('"%s" is understood', (text) => {
    const parsed = parseMessage(text, { today: '2026-12-08', units: 'km' });
    expect(parsed.intents).not.toContain('unknown');
    expect(parsed.problems).toEqual([]);
  });
});
