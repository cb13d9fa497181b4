/** The browser call page over a test app: made-up Twilio values, and a JWT check without Twilio. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { CoachDeps } from '../../coach/coach-deps.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createCallPage, type CallPage } from '../../voice/call-page/index.js';
import type { TwilioApiCredentials } from '../../voice/call-page/voice-token.js';
import { buildTestApp, coachDeps, SAMPLE_PROFILE } from './app.js';

/** Well-formed, made up: nothing here reaches Twilio. */
export const TEST_TWILIO: TwilioApiCredentials = {
  accountSid: `AC${'1'.repeat(32)}`,
  apiKey: `SK${'2'.repeat(32)}`,
  apiSecret: 'test-api-secret-0123456789abcdef',
  twimlAppSid: `AP${'3'.repeat(32)}`,
};

export const TEST_PUBLIC_BASE_URL = 'https://coach.example.org';

/** A JWT's header and payload after checking its HS256 signature with `secret` (throws when forged). */
export function verifyHs256(
  jwt: string,
  secret: string,
): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload, signature] = jwt.split('.');
  if (header === undefined || payload === undefined || signature === undefined) throw new Error('not a JWT');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    throw new Error('bad signature');
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as never;
  return { header: decode(header), payload: decode(payload) };
}

/** An app with the call page on, its coach on a clock the test sets, and the page's link maker. */
export async function callPageApp(
  handle: DatabaseHandle,
  clock: { now(): Date },
  publicBaseUrl = TEST_PUBLIC_BASE_URL,
): Promise<{ app: FastifyInstance; coach: CoachDeps; page: CallPage }> {
  const coach = coachDeps(handle, clock);
  const page = createCallPage({ coach, credentials: TEST_TWILIO, publicBaseUrl });
  const app = await buildTestApp(handle, { coach, callPage: page.routes });
  return { app, coach, page };
}

/** A runner with a plan (the sample profile) created over HTTP; returns its id. */
export async function runnerWithPlan(app: FastifyInstance): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/athletes',
    payload: {
      name: 'Ana',
      timezone: 'Europe/Lisbon',
      maxHr: 188,
      restingHr: 52,
      age: 41,
      ...SAMPLE_PROFILE,
    },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  return (created.json() as { id: string }).id;
}
