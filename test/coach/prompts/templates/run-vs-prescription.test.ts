/**
 * Wording of runs judged against their prescription (issue 10): the gray-zone flag in the post-run reply
 * in every voice and on the phone, the new decisions' why, and the numbers guard accepting an LLM text
 * that states those numbers (from the message's facts alone, no template text).
 */
import { describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../../coach/prompts/coach-message.js';
import { allowedNumbers, checkNumbers } from '../../../../coach/prompts/guards/numbers-guard.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { DECISIONS, GRAY_ZONE_RUN } from '../samples.js';

const word = (
  message: CoachMessage,
  persona: (typeof PERSONAS)[number],
  channel: 'chat' | 'voice' = 'chat',
) => renderTemplate({ message, persona, channel, units: 'km' }).text;
const decision = (rule: string, action?: string) =>
  DECISIONS.find((d) => d.rule === rule && (action === undefined || d.action === action))!;

describe('gray-zone flag after a run', () => {
  it('says the numbers in every voice and never praises the too-hard easy run', () => {
    for (const persona of PERSONAS) {
      const text = word(GRAY_ZONE_RUN, persona);
      expect(text, persona).toContain(
        '5:20/km at HR 158; easy is 6:09–6:52/km under 141 bpm — slower is the point',
      );
      expect(text, persona).toContain(
        'Only 35 % of your last 7 days was easy running (62 % over 28 days; aim for about 80 %)',
      );
      expect(text, persona).not.toMatch(/Proud of you|Good work|That was your easy run\./);
    }
    const voices = new Set(PERSONAS.map((p) => word(GRAY_ZONE_RUN, p).split('.')[0]));
    expect(voices.size).toBe(PERSONAS.length);
  });

  it('the phone form is short and still says what easy is', () => {
    for (const persona of PERSONAS) {
      const spoken = word(GRAY_ZONE_RUN, persona, 'voice');
      expect(spoken, persona).toContain('Easy is 6:09–6:52/km: slower is the point.');
    }
  });

  it('without the flag the same run is worded as before (calm check)', () => {
    const { grayZone: _flag, ...plain } = GRAY_ZONE_RUN;
    expect(word(plain, 'best-friend')).toMatch(/Proud of you! .*That was your easy run\./);
  });

  it('the numbers guard accepts an LLM text that states the flag’s numbers, and refuses a changed one', () => {
    const allowed = allowedNumbers([GRAY_ZONE_RUN], []);
    const ok =
      'Logged: 7.5 km at 5:20/km, HR 158. Easy is 6:09–6:52/km under 141 bpm; only 35 % of your last 7 days (62 % over 28) was easy, aim for 80 %.';
    expect(checkNumbers(ok, allowed)).toEqual({ ok: true });
    expect(checkNumbers('Easy is 6:00–6:40/km under 145 bpm.', allowed)).toMatchObject({ ok: false });
  });
});

describe('decisions of the run-vs-prescription rules', () => {
  it('intensity.gray-zone: the numbers, the 80/20 share, the protected quality day and the question', () => {
    const text = word(
      { kind: 'decision', decision: decision('intensity.gray-zone', 'protect_quality_day'), askAccept: true },
      'neutral',
    );
    expect(text).toContain(
      '2 easy runs in the last 7 days drifted into the gray zone, the latest on Sat 16 Jan: 5:20/km at HR 158; easy is 6:09–6:52/km under 141 bpm',
    );
    expect(text).toContain('before your interval session on Tue 19 Jan is shorter');
    expect(text).toContain('Is your HR strap reading right, or was it hot?');
    const advice = word(
      { kind: 'decision', decision: decision('intensity.gray-zone', 'keep_easy_easy'), askAccept: false },
      'neutral',
    );
    expect(advice).toMatch(/^A note on your last run, no change to the plan\./);
    expect(advice).not.toMatch(/I changed your plan/);
  });

  it('fitness.too-slow: both sessions with pace, band and effort, and the questions', () => {
    const text = word(
      { kind: 'decision', decision: decision('fitness.too-slow'), askAccept: true },
      'neutral',
    );
    expect(text).toContain('VDOT 44 → 43');
    expect(text).toContain(
      'Your tempo run on Thu 14 Jan ran 5:15/km against 4:42–4:50/km at RPE 8 and your interval session on Tue 19 Jan ran 4:49/km against 4:18–4:24/km at RPE 9',
    );
    expect(text).toContain('Was it hot, are you ill or short on sleep?');
  });

  it('overshoot.run and overshoot.week: what was run against what was planned', () => {
    expect(
      word({ kind: 'decision', decision: decision('overshoot.run'), askAccept: true }, 'neutral'),
    ).toContain(
      'Your long run on Sun 17 Jan went 165 min against 110 min planned (150 %) and ran 4:58/km, marathon pace or faster, where easy is 5:23–6:03/km',
    );
    expect(
      word({ kind: 'decision', decision: decision('overshoot.week'), askAccept: true }, 'neutral'),
    ).toContain('In the last 7 days you ran 595 min against 308 min planned');
  });

  it('every voice words them, the phone form stays within two sentences, and the guard accepts the facts', () => {
    for (const d of DECISIONS.filter((x) => /^(intensity|overshoot)\.|^fitness\.too-slow$/.test(x.rule)))
      for (const persona of PERSONAS) {
        const m: CoachMessage = { kind: 'decision', decision: d, askAccept: d.before !== null };
        const text = word(m, persona);
        expect(checkNumbers(text, allowedNumbers([m], [])), `${persona} ${d.rule}: ${text}`).toEqual({
          ok: true,
        });
        const spoken = word(m, persona, 'voice');
        expect(
          spoken.split(/[.?!](\s|$)/).filter((s) => s.trim().length > 1).length,
          spoken,
        ).toBeLessThanOrEqual(2);
      }
  });
});
