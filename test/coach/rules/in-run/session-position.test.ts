import { describe, expect, it } from 'vitest';
import { minutesUntil, repStartSeconds, timeLeft } from '../../../../coach/rules/in-run/session-position.js';
import { TEMPO } from '../../prompts/samples.js';

describe('session position', () => {
  it('a rep starts after the warm-up and the reps and recoveries before it', () => {
    // 15 min warm-up, then 3 × (7 min rep + 1 min recovery).
    expect(repStartSeconds(TEMPO, 1)).toBe(15 * 60);
    expect(repStartSeconds(TEMPO, 2)).toBe(23 * 60);
    expect(repStartSeconds(TEMPO, 4)).toBeUndefined();
  });

  it('time left of the part and of the session, whole minutes rounded up', () => {
    expect(timeLeft(TEMPO, 20 * 60)).toEqual({ stepMinutes: 2, sessionMinutes: 29, stepIndex: 1 });
    expect(timeLeft({ steps: [] }, 60)).toBeUndefined();
  });

  it('minutes until', () => {
    expect(minutesUntil(61)).toBe(2);
    expect(minutesUntil(-5)).toBe(0);
  });
});
