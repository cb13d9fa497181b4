/** The signed call link: it opens for its runner until it expires; a forged, altered or foreign one never. */
import { describe, expect, it } from 'vitest';
import { callLinkKey, CALL_LINK_TTL_SECONDS, createCallLinks } from '../../../voice/call-page/call-link.js';

const ATHLETE = '5f0c2a5e-7a1b-4c3d-9e8f-0123456789ab';
const T0 = new Date('2026-12-07T08:00:00Z');

function links(now: () => Date, secret = 'test-api-secret-0123456789abcdef') {
  return createCallLinks({
    key: callLinkKey(secret),
    publicBaseUrl: 'https://coach.example.org',
    clock: { now },
  });
}

describe('call links', () => {
  it('a fresh link verifies for its runner and carries its expiry', () => {
    const made = links(() => T0).sign(ATHLETE);
    expect(made.url).toBe(`https://coach.example.org/call?t=${made.token}`);
    expect(made.token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(made.expiresAt.getTime() - T0.getTime()).toBe(CALL_LINK_TTL_SECONDS * 1000);
    expect(links(() => T0).verify(made.token)).toEqual({
      ok: true,
      athleteId: ATHLETE,
      expiresAt: made.expiresAt,
    });
    const payload = JSON.parse(Buffer.from(made.token.split('.')[0]!, 'base64url').toString('utf8'));
    expect(payload).toEqual({ athleteId: ATHLETE, exp: T0.getTime() / 1000 + CALL_LINK_TTL_SECONDS });
  });

  it('expires: valid a second before its expiry, LINK_EXPIRED from then on', () => {
    const made = links(() => T0).sign(ATHLETE);
    const at = (ms: number) => links(() => new Date(ms)).verify(made.token);
    expect(at(made.expiresAt.getTime() - 1000).ok).toBe(true);
    expect(at(made.expiresAt.getTime())).toEqual({ ok: false, code: 'LINK_EXPIRED' });
    expect(at(made.expiresAt.getTime() + 3600_000)).toEqual({ ok: false, code: 'LINK_EXPIRED' });
  });

  it('a forged payload (another runner, a later expiry) with the old signature is LINK_INVALID', () => {
    const made = links(() => T0).sign(ATHLETE);
    const signature = made.token.split('.')[1]!;
    for (const claims of [
      { athleteId: '00000000-0000-4000-8000-000000000000', exp: T0.getTime() / 1000 + 600 },
      { athleteId: ATHLETE, exp: T0.getTime() / 1000 + 86_400 },
    ]) {
      const forged = `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
      expect(links(() => T0).verify(forged)).toEqual({ ok: false, code: 'LINK_INVALID' });
    }
  });

  it('a link signed with another secret is LINK_INVALID', () => {
    const foreign = links(() => T0, 'another-secret-0123456789abcdef').sign(ATHLETE);
    expect(links(() => T0).verify(foreign.token)).toEqual({ ok: false, code: 'LINK_INVALID' });
  });

  it.each(['x', 'a.b.c', 'e30.', '.abc', 'not base64!.sig', 'x'.repeat(2000)])(
    'a malformed token %j is LINK_INVALID',
    (token) => expect(links(() => T0).verify(token)).toEqual({ ok: false, code: 'LINK_INVALID' }),
  );

  it('a correctly signed payload that is not a link is LINK_INVALID; no token is LINK_MISSING', () => {
    const key = callLinkKey('test-api-secret-0123456789abcdef');
    const other = createCallLinks({ key, publicBaseUrl: 'https://x', clock: { now: () => T0 } });
    const made = other.sign('');
    expect(other.verify(made.token)).toEqual({ ok: false, code: 'LINK_INVALID' });
    expect(other.verify(undefined)).toEqual({ ok: false, code: 'LINK_MISSING' });
    expect(other.verify('')).toEqual({ ok: false, code: 'LINK_MISSING' });
  });

  it('refuses a key shorter than 16 bytes', () => {
    expect(() =>
      createCallLinks({ key: Buffer.alloc(8), publicBaseUrl: 'https://x', clock: { now: () => T0 } }),
    ).toThrow(/16 bytes/);
  });
});
