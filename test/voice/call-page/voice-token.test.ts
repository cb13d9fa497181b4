/**
 * The page's Access Token, decoded and its HS256 signature checked with the API secret: a VoiceGrant for
 * the TwiML app only (no incoming calls), the runner's stable non-personal identity, a ten-minute expiry.
 */
import { describe, expect, it } from 'vitest';
import { callLinkKey } from '../../../voice/call-page/call-link.js';
import {
  callerIdentity,
  createVoiceToken,
  VOICE_TOKEN_TTL_SECONDS,
} from '../../../voice/call-page/voice-token.js';
import { TEST_TWILIO, verifyHs256 } from '../../helpers/call-page.js';

const ATHLETE = '5f0c2a5e-7a1b-4c3d-9e8f-0123456789ab';
const key = callLinkKey(TEST_TWILIO.apiSecret);

describe('voice access tokens', () => {
  it('grant outgoing calls through the TwiML app only, for the identity, for ten minutes', () => {
    const before = Math.floor(Date.now() / 1000);
    const identity = callerIdentity(key, ATHLETE);
    const made = createVoiceToken(TEST_TWILIO, identity);
    const after = Math.floor(Date.now() / 1000);
    const { header, payload } = verifyHs256(made.token, TEST_TWILIO.apiSecret);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' });
    expect(payload).toMatchObject({ iss: TEST_TWILIO.apiKey, sub: TEST_TWILIO.accountSid });
    const grants = payload.grants as { identity: string; voice: Record<string, unknown> };
    expect(grants.identity).toBe(identity);
    expect(grants.voice).toEqual({ outgoing: { application_sid: TEST_TWILIO.twimlAppSid } });
    expect(grants.voice).not.toHaveProperty('incoming');
    const exp = payload.exp as number;
    expect(exp - (payload.iat as number)).toBe(VOICE_TOKEN_TTL_SECONDS);
    expect(exp).toBeGreaterThanOrEqual(before + VOICE_TOKEN_TTL_SECONDS);
    expect(exp).toBeLessThanOrEqual(after + VOICE_TOKEN_TTL_SECONDS);
    expect(made.expiresAt.getTime()).toBe(exp * 1000);
    expect(made.identity).toBe(identity);
    expect(() => verifyHs256(made.token, 'another-secret-0123456789abcdef')).toThrow(/bad signature/);
  });

  it('the identity is stable per runner and key, differs between runners and keys, and holds no id', () => {
    const identity = callerIdentity(key, ATHLETE);
    expect(identity).toMatch(/^runner-[0-9a-f]{24}$/);
    expect(callerIdentity(key, ATHLETE)).toBe(identity);
    expect(callerIdentity(key, '00000000-0000-4000-8000-000000000000')).not.toBe(identity);
    expect(callerIdentity(callLinkKey('another-secret-0123456789abcdef'), ATHLETE)).not.toBe(identity);
    expect(identity).not.toContain(ATHLETE.slice(0, 8));
  });
});
