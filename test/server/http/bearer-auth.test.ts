import { describe, expect, it } from 'vitest';
import { bearerMatches } from '../../../server/http/bearer-auth.js';

describe('bearerMatches', () => {
  const token = 'a-long-random-token-value';
  it('accepts exactly the configured token', () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
  });
  it.each([undefined, '', 'Bearer', `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token.slice(1)}`])(
    'refuses %o',
    (header) => {
      expect(bearerMatches(header, token)).toBe(false);
    },
  );
});
