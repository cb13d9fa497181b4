/**
 * The quick replies a reply offers, in the order channels show them (message by message): what the
 * conversation remembers so that a bare number the runner types ("2") picks the option shown as 2.
 */
import type { ChosenOption } from './chosen-option.js';
import type { CoachMessage } from './coach-message.js';
import { renderTemplate } from './templates/index.js';

/**
 * Every option the messages offer, flattened in reply order. Options never depend on the persona, the
 * channel or an LLM (the model words the text only), so the template's options are the ones shown.
 *
 * @example
 * offeredOptions([{ kind: 'delete-confirm' }]); // [{ kind: 'confirm', answer: 'yes' }, { kind: 'confirm', answer: 'no' }]
 */
export function offeredOptions(messages: readonly CoachMessage[]): ChosenOption[] {
  return messages.flatMap((message) =>
    renderTemplate({ message, persona: 'neutral', channel: 'chat' }).options.map((o) => o.option),
  );
}
