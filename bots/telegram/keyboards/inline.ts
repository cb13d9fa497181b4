/** Quick replies as an inline keyboard: RPE 1–10 in two rows, short choices in one row, longer lists in pairs. */
import { InlineKeyboard } from 'grammy';
import type { ReplyOption } from '../../../coach/prompts/coach-message.js';
import { encodeCallback } from '../callback-data.js';

/** Buttons per row for a list of options. */
function rowLength(options: readonly ReplyOption[]): number {
  if (options.length > 0 && options.every((o) => o.option.kind === 'rpe'))
    return Math.ceil(options.length / 2);
  return options.length <= 3 ? options.length : 2;
}

/**
 * The inline keyboard for one reply's options; `offset` is the index of its first option in the
 * conversation's `offered` list (options of earlier replies in the same answer come first). Undefined
 * when there is nothing to choose.
 */
export function inlineKeyboard(options: readonly ReplyOption[], offset = 0): InlineKeyboard | undefined {
  if (options.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  const perRow = rowLength(options);
  options.forEach((o, i) => {
    if (i > 0 && i % perRow === 0) keyboard.row();
    const data = encodeCallback(o.option, offset + i);
    if (data.ok) keyboard.text(o.label, data.data);
  });
  return keyboard;
}
