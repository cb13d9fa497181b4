/**
 * Issue 11 §4 wording: a move as before → after with Accept / Keep original in every persona, the phone
 * form in two sentences with the facts, and a refusal that says why and which day would work.
 */
import { describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../../coach/prompts/coach-message.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { moveSession } from '../../../../coach/rules/adapt/move-session.js';
import { fixturePlan } from '../../rules/adapt/plan-fixture.js';

const MON = '2026-12-07';
const plan = fixturePlan({ start: MON, weeks: 4, vdot: 45 });

function message(r: ReturnType<typeof moveSession>): CoachMessage {
  return r.ok
    ? { kind: 'rescheduled', decision: r.value.decision }
    : { kind: 'reschedule-refused', code: r.code, facts: r.facts ?? {} };
}

describe('rescheduling templates', () => {
  it('words a swap as before → after for both days, with Accept / Keep original, in every persona', () => {
    const m = message(moveSession({ plan, today: MON, session: { kind: 'long' }, to: '2026-12-12' }));
    const texts = PERSONAS.map((persona) => renderTemplate({ message: m, persona, channel: 'chat' }));
    expect(new Set(texts.map((t) => t.text)).size).toBe(PERSONAS.length);
    for (const r of texts) {
      expect(r.text).toMatch(/• Sat 12 Dec: easy run, \d+ min, about [\d.]+ km → long run, \d+ min/);
      expect(r.text).toMatch(/• Sun 13 Dec: long run, \d+ min, about [\d.]+ km → easy run/);
      expect(r.text).toContain('keeps an easy day between your hard days');
      expect(r.options.map((o) => o.value)).toEqual(['accept', 'keep_original']);
    }
    const phone = renderTemplate({ message: m, persona: 'hype', channel: 'voice' });
    expect(phone.text).toBe('Long run on Sat 12 Dec, easy run on Sun 13 Dec. Accept, or keep the original?');
  });

  it('a refusal says why and which day keeps an easy day between', () => {
    const m = message(moveSession({ plan, today: MON, session: { kind: 'intervals' }, to: '2026-12-12' }));
    expect(m.kind).toBe('reschedule-refused');
    const r = renderTemplate({ message: m, persona: 'neutral', channel: 'chat' });
    expect(r.text).toContain('Sat 12 Dec would be the day before your long run: hard days back to back.');
    expect(r.text).toContain('Mon 7 Dec keeps an easy day between.');
    expect(r.options).toEqual([]);
    const phone = renderTemplate({ message: m, persona: 'drill-sergeant', channel: 'voice' });
    expect(phone.text).toBe(
      'Sat 12 Dec would be the day before your long run: hard days back to back. Mon 7 Dec keeps an easy day between.',
    );
  });
});
