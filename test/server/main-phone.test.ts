/**
 * `npm start` with TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL answers the phone line: a real process, its real
 * database, and the test-side Twilio posting signed webhooks over HTTP to the port it listens on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwilioCaller } from '../fakes/twilio-caller.js';
import { SAMPLE_PROFILE } from '../helpers/app.js';
import { PROCESS_TEST_TIMEOUT_MS, runUntilExit, startServer } from '../helpers/process.js';

const TOKEN = 'abcdef0123456789abcdef0123456789';
const BASE = 'https://coach.example.org';
const PHONE = '+4915112345678';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-phone-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the server process with the phone line [pglite]', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('answers signed calls from a linked phone and an unknown one, refuses forged ones, logs no numbers', async () => {
    const server = await startServer({
      DATA_DIR: tempDir(),
      TWILIO_AUTH_TOKEN: TOKEN,
      PUBLIC_BASE_URL: BASE,
      TWILIO_VOICE: 'Polly.Joanna-Neural',
    });
    try {
      const created = await fetch(`${server.baseUrl}/api/athletes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ana', timezone: 'UTC', phone: PHONE, ...SAMPLE_PROFILE }),
      });
      expect(created.status, await created.clone().text()).toBe(201);
      const caller = createTwilioCaller({ app: server.baseUrl, authToken: TOKEN, publicBaseUrl: BASE });

      const call = await caller.dial({ from: PHONE });
      expect(call.said()[0]).toMatch(/^Hi Ana\./);
      expect(call.heard[0]).toMatchObject({ verb: 'Say', attributes: { voice: 'Polly.Joanna-Neural' } });
      expect(call.gather).toMatchObject({ action: `${BASE}/voice/gather`, input: 'speech dtmf' });
      await call.press('9');
      expect(call.ended).toBe(true);
      expect(call.statusAnswer?.statusCode).toBe(204);

      const stranger = await caller.dial({ from: '+4915199999999' });
      expect(stranger.said().join(' ')).not.toMatch(/Ana/);
      expect(stranger.heard.at(-1)).toEqual({ verb: 'Hangup' });

      const forged = await caller.post(
        `${BASE}/voice/incoming`,
        { CallSid: call.callSid, From: PHONE },
        {
          signature: 'bm90IGEgc2lnbmF0dXJl',
        },
      );
      expect(forged.statusCode).toBe(403);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    const out = server.output();
    expect(out).toContain('phone line on');
    expect(out).toContain('call step');
    for (const secret of [PHONE.slice(1), '4915199999999', TOKEN]) expect(out).not.toContain(secret);
  });

  it('stops at start with one line when TWILIO_AUTH_TOKEN comes without PUBLIC_BASE_URL', async () => {
    const exited = await runUntilExit({ DATA_DIR: tempDir(), TWILIO_AUTH_TOKEN: TOKEN });
    expect(exited.code).toBe(78);
    expect(exited.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^runloop: configuration error: PUBLIC_BASE_URL: required when TWILIO_AUTH_TOKEN is set/,
      ),
    ]);
    expect(exited.stderr + exited.stdout).not.toContain(TOKEN);
  });
});
