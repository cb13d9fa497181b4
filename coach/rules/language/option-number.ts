/**
 * Which of the offered options a short reply points at by its position: "2", "#2", "option 2", "number 2
 * please", "go with 1", "the 2nd one", "first one", "the second". Only a whole reply of that shape counts:
 * "2 hours" or "ran 2k" is not a choice. Pure.
 */

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

const LEAD = /^(?:(?:option|number|no\.?|choice|pick|take|go with|i'?ll take|i'?ll go with)\s*)?/;
const TAIL = /(?:\s*(?:one|option|please|pls|thanks|thx))*\s*[.!)]?$/;
const NUMBER = new RegExp(`${LEAD.source}#?(\\d{1,2})\\s*[.)]?${TAIL.source}`);
const ORDINAL = new RegExp(
  `${LEAD.source}(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)${TAIL.source}`,
);

/**
 * The 1-based position a reply names, or undefined when it is not a bare choice.
 *
 * @example optionNumber('option 2') // 2
 * @example optionNumber('the first one') // 1
 * @example optionNumber('2 hours') // undefined
 */
export function optionNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const number = NUMBER.exec(t);
  if (number) return Number(number[1]);
  const ordinal = ORDINAL.exec(t);
  return ordinal ? ORDINALS[ordinal[1]!] : undefined;
}
