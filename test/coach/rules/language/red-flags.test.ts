import { describe, expect, it } from 'vitest';
import { findRedFlags } from '../../../../coach/rules/language/red-flags.js';
import { RED_FLAG_PHRASES, RED_FLAGS } from '../../../../coach/rules/safety/red-flags.js';

describe('findRedFlags', () => {
  it('recognises every phrase of the shared safety vocabulary', () => {
    for (const flag of RED_FLAGS) {
      for (const phrase of RED_FLAG_PHRASES[flag])
        expect(findRedFlags(`today ${phrase} after my run`), phrase).toContain(flag);
    }
  });

  it('catches tense and word-order variants the phrase list misses', () => {
    expect(findRedFlags('my chest was tight')).toEqual(['chest_pain']);
    expect(findRedFlags('nearly passed out')).toEqual(['fainting']);
    expect(findRedFlags("couldn't breathe on the hill")).toEqual(['unusual_breathlessness']);
    expect(findRedFlags('knee swelled up')).toEqual(['swelling']);
  });

  it('does not raise a flag the runner negates', () => {
    expect(findRedFlags('no chest pain, not dizzy')).toEqual([]);
    expect(findRedFlags("didn't faint")).toEqual([]);
  });

  it('still raises a flag negated elsewhere in the message', () => {
    expect(findRedFlags('not dizzy but my calf is swollen')).toEqual(['swelling']);
  });
});
