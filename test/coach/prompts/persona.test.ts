import { describe, expect, it } from 'vitest';
import { PERSONAS, isPersona, toPersona } from '../../../coach/prompts/persona.js';

describe('persona names', () => {
  it('maps the spellings channels and the parser use', () => {
    expect(toPersona('friend')).toBe('best-friend');
    expect(toPersona('Drill Sergeant')).toBe('drill-sergeant');
    expect(toPersona('HYPE')).toBe('hype');
    expect(toPersona('pirate')).toBeUndefined();
    for (const p of PERSONAS) expect(toPersona(p)).toBe(p);
    expect(isPersona('hype')).toBe(true);
    expect(isPersona('friend')).toBe(false);
  });
});
