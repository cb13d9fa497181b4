import { describe, expect, it } from 'vitest';
import { checkShape, sentenceCount } from '../../../../coach/prompts/guards/shape-guard.js';
import { DEFAULT_BUDGETS } from '../../../../coach/prompts/llm/budgets.js';

describe('checkShape', () => {
  it('trims and accepts prose within budget', () => {
    expect(checkShape('  "Easy 6.2 km today."  ', DEFAULT_BUDGETS.chat)).toEqual({
      ok: true,
      text: 'Easy 6.2 km today.',
    });
  });

  it('rejects empty, garbage, over-long and over-sentenced text', () => {
    expect(checkShape(null, DEFAULT_BUDGETS.chat)).toEqual({ ok: false, code: 'EMPTY' });
    expect(checkShape(' \n ', DEFAULT_BUDGETS.chat)).toEqual({ ok: false, code: 'EMPTY' });
    for (const g of [
      '{"a":1}',
      '[1,2]',
      '12:30 5 6',
      'Run undefined km',
      'At NaN/km go',
      '```js\nx\n```',
      '<b>Run</b> easy today',
      'As an AI, I cannot coach.',
    ])
      expect(checkShape(g, DEFAULT_BUDGETS.chat), g).toEqual({ ok: false, code: 'GARBAGE' });
    expect(checkShape('Easy run. '.repeat(200), DEFAULT_BUDGETS.chat)).toEqual({
      ok: false,
      code: 'TOO_LONG',
    });
    expect(checkShape('Easy run. Nice pace. Well done.', DEFAULT_BUDGETS.voice)).toEqual({
      ok: false,
      code: 'TOO_MANY_SENTENCES',
    });
  });

  it('counts sentences without splitting decimals', () => {
    expect(sentenceCount('Easy 6.2 km today. Enjoy it!')).toBe(2);
    expect(sentenceCount('One')).toBe(1);
  });
});
