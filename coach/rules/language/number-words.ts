/**
 * Numbers said as words, for voice transcriptions and lazy typing: `ten k` → `10 k`, `one sixty` → `160`,
 * `five forty per k` → `5:40 per k`, `fifty two thirty` → `52:30`, `six point two` → `6.2`,
 * `five and a half` → `5.5`, `one oh five ten` → `1:05:10`.
 */

const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEEN_WORDS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Every single number word runloop reads, with its value (from zero to a hundred): the parser's
 * vocabulary, shared with the wording's numbers guard so both read the same words.
 *
 * @example NUMBER_WORD_VALUES.forty // 40
 */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = Object.freeze({
  ...UNIT_WORDS,
  ...TEEN_WORDS,
  ...TENS_WORDS,
  hundred: 100,
});

/** Words before a spoken number that make `one forty five` a heart rate (145), not a time (1:45). */
const HR_CUES = new Set(['hr', 'heart', 'rate', 'pulse', 'resting', 'rhr', 'max', 'average', 'hrv', 'bpm']);
/** Words after a spoken number that make it a heart rate. */
const HR_AFTER = new Set(['bpm', 'beats']);
/** Words around a spoken number that make `five forty` a clock time (5:40). */
const TIME_BEFORE = new Set(['in', 'took', 'time', 'at', 'clocked', 'finished', 'of', 'around', 'about']);
const TIME_AFTER = new Set(['per', 'pace', 'a', 'min', 'minute', 'for', '/km', '/mi']);
/** Words after a lone "one" that make it a number ("one mile"), not a pronoun ("a tough one"). */
const UNIT_AFTER = /^(k|km|miles?|min|hours?|hr|sec|out|bpm|night|day|week|lap|x)\b/;
const NUMBER_CUES = new Set([
  'rpe',
  'effort',
  'hr',
  'pain',
  'stress',
  'soreness',
  'slept',
  'sleep',
  'about',
  'like',
  'was',
]);

function isNumberWord(w: string): boolean {
  return w in UNIT_WORDS || w in TEEN_WORDS || w in TENS_WORDS || w === 'hundred' || w === 'thousand';
}

/** Splits "forty," into ["forty", ","] so trailing punctuation ends a spoken number. */
function core(token: string): { word: string; tail: string } {
  const m = /^([a-z]+)(.*)$/.exec(token);
  return m ? { word: m[1] ?? '', tail: m[2] ?? '' } : { word: '', tail: token };
}

interface Chunk {
  value: number;
  /** 'oh' chunks keep their leading zero ("oh five" → "05"). */
  text?: string;
  open: 'tens' | 'hundreds' | 'none';
  decimals?: string;
}

function chunkText(c: Chunk): string {
  return (c.text ?? String(c.value)) + (c.decimals !== undefined ? `.${c.decimals}` : '');
}

function isTwoDigitClock(c: Chunk): boolean {
  return c.decimals === undefined && c.value < 60 && (c.text !== undefined || c.value >= 10);
}

function joinChunks(chunks: Chunk[], recent: readonly string[], next: string, after: string): string {
  const prev = recent[recent.length - 1] ?? '';
  const texts = chunks.map(chunkText);
  const [a, b, c] = chunks;
  if (chunks.length === 2 && a && b && a.decimals === undefined && b.decimals === undefined) {
    const hrContext = recent.some((w) => HR_CUES.has(w)) || HR_AFTER.has(next);
    const timeContext =
      (TIME_BEFORE.has(prev) && !hrContext) ||
      (TIME_AFTER.has(next) && !(next === 'a' && !/^(k|km|miles)\b/.test(after)));
    const bText = b.text ?? String(b.value);
    if (isTwoDigitClock(b) && a.value < 60 && (timeContext || (!hrContext && a.value > 2))) {
      return `${a.value}:${bText.padStart(2, '0')}`;
    }
    if (a.value >= 1 && a.value <= 9 && b.value >= 10 && b.value <= 99) return `${a.value}${bText}`;
    if (isTwoDigitClock(b) && a.value < 60) return `${a.value}:${bText.padStart(2, '0')}`;
  }
  if (
    chunks.length === 3 &&
    a &&
    b &&
    c &&
    isTwoDigitClock(b) &&
    isTwoDigitClock(c) &&
    a.decimals === undefined
  ) {
    return `${a.value}:${chunkText(b).padStart(2, '0')}:${chunkText(c).padStart(2, '0')}`;
  }
  return texts.join(' ');
}

/**
 * Rewrites numbers spoken as words into digits, using the words around them to tell a heart rate
 * (`hr one forty five` → `hr 145`) from a time (`in one forty five` → `in 1:45`). Expects lower-case
 * text with single spaces (see `normalizeText`).
 *
 * @example
 * numberWordsToDigits('ran ten k at five forty per k, hr one sixty') // → 'ran 10 k at 5:40 per k, hr 160'
 */
export function numberWordsToDigits(text: string): string {
  const tokens = text
    .replace(/\ba (hundred|thousand)\b/g, 'one $1')
    .replace(/\b([a-z]+)-([a-z]+)\b/g, (m, x: string, y: string) =>
      isNumberWord(x) && isNumberWord(y) ? `${x} ${y}` : m,
    )
    .split(' ');
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = core(tokens[i] ?? '');
    if (!isNumberWord(first.word) || first.word === 'hundred' || first.word === 'thousand') {
      out.push(tokens[i] ?? '');
      i += 1;
      continue;
    }
    const chunks: Chunk[] = [];
    let tail = '';
    let j = i;
    let decimalMode = false;
    while (j < tokens.length) {
      const { word, tail: t } = core(tokens[j] ?? '');
      const last = chunks[chunks.length - 1];
      const nextWord = core(tokens[j + 1] ?? '').word;
      if (decimalMode && word in UNIT_WORDS && last) {
        last.decimals = (last.decimals ?? '') + String(UNIT_WORDS[word]);
      } else if (decimalMode) {
        break;
      } else if (word in UNIT_WORDS) {
        const v = UNIT_WORDS[word] ?? 0;
        if (last && (last.open === 'tens' || last.open === 'hundreds') && last.value % 10 === 0) {
          last.value += v;
          last.open = 'none';
        } else chunks.push({ value: v, open: 'none' });
      } else if (word in TEEN_WORDS) {
        const v = TEEN_WORDS[word] ?? 0;
        if (last && last.open === 'hundreds' && last.value % 100 === 0) {
          last.value += v;
          last.open = 'none';
        } else chunks.push({ value: v, open: 'none' });
      } else if (word in TENS_WORDS) {
        const v = TENS_WORDS[word] ?? 0;
        if (last && last.open === 'hundreds' && last.value % 100 === 0) {
          last.value += v;
          last.open = 'tens';
        } else chunks.push({ value: v, open: 'tens' });
      } else if (word === 'hundred' && last && last.value < 100 && last.text === undefined) {
        last.value *= 100;
        last.open = 'hundreds';
      } else if (word === 'thousand' && last && last.value < 1000 && last.text === undefined) {
        last.value *= 1000;
        last.open = 'hundreds';
      } else if (
        (word === 'oh' || word === 'o') &&
        chunks.length > 0 &&
        nextWord in UNIT_WORDS &&
        tail === ''
      ) {
        chunks.push({
          value: UNIT_WORDS[nextWord] ?? 0,
          text: `0${UNIT_WORDS[nextWord] ?? 0}`,
          open: 'none',
        });
        tail = core(tokens[j + 1] ?? '').tail;
        j += 2;
        if (tail !== '') break;
        continue;
      } else if (word === 'point' && last && t === '' && nextWord in UNIT_WORDS) {
        decimalMode = true;
      } else if (
        word === 'and' &&
        last &&
        t === '' &&
        nextWord === 'a' &&
        core(tokens[j + 2] ?? '').word === 'half'
      ) {
        last.decimals = '5';
        tail = core(tokens[j + 2] ?? '').tail;
        j += 3;
        break;
      } else if (word === 'and' && last && last.open === 'hundreds' && t === '' && isNumberWord(nextWord)) {
        // "one hundred and sixty"
      } else break;
      tail = t;
      j += 1;
      if (t !== '') break;
    }
    const prev = core(out[out.length - 1] ?? '').word;
    const nextToken = tokens[j] ?? '';
    const next = core(nextToken).word || nextToken;
    const after = core(tokens[j + 1] ?? '').word;
    const lone = j - i === 1 && first.word === 'one';
    const keepWord =
      lone &&
      tokens.length > 1 &&
      !UNIT_AFTER.test(nextToken) &&
      !NUMBER_CUES.has(prev) &&
      !/^\/\d/.test(nextToken);
    const recent = out.slice(-4).map((w) => core(w).word);
    out.push(keepWord ? (tokens[i] ?? '') : joinChunks(chunks, recent, next, after) + tail);
    i = j;
  }
  return out.join(' ');
}
