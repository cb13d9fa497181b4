import { describe, expect, it } from 'vitest';
import { isQuestion, opensWithQuestion } from '../../../../coach/rules/language/question.js';

describe('isQuestion / opensWithQuestion', () => {
  it('finds a question anywhere: a question mark or a sentence opening with a question word', () => {
    expect(isQuestion('why do my easy runs have to be so slow? 6:30 feels like walking')).toBe(true);
    expect(isQuestion('how long should my long run be')).toBe(true);
    expect(isQuestion('10k, 58 mins. was that too fast')).toBe(true);
    expect(isQuestion('ran 5k in 28 min')).toBe(false);
    expect(isQuestion('easy 45 mins, no watch')).toBe(false);
  });

  it('tells a message that opens by asking from a report followed by a question', () => {
    expect(opensWithQuestion('is 10k in 50 min good?')).toBe(true);
    expect(opensWithQuestion('10k in 50 min, good?')).toBe(true);
    expect(opensWithQuestion('10k, 58 mins. was that too fast?')).toBe(false);
  });
});

describe('a report opening with a word a question could open with is still a report', () => {
  it('"was a tough one", "what a run", "when i got home" ask nothing', () => {
    expect(isQuestion('was a tough one, 10k 55 min')).toBe(false);
    expect(isQuestion('what a run! 10k in 48 min')).toBe(false);
    expect(isQuestion('did 8k easy, 46 mins')).toBe(false);
  });
});
