/**
 * The process with the call page configured by environment: a link signed with the key derived from
 * `TWILIO_API_SECRET` opens `/call` and buys a token; without a link both are 401; three of the four
 * values stop the process at start with one line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callLinkKey, createCallLinks } from '../../voice/call-page/call-link.js';
import { PROCESS_TEST_TIMEOUT_MS, runUntilExit, startServer } from '../helpers/process.js';
import { createRunnerOverHttp } from '../helpers/app.js';
import { TEST_TWILIO } from '../helpers/call-page.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-call-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ENV = {
  PUBLIC_BASE_URL: 'https://coach.example.org',
  TWILIO_ACCOUNT_SID: TEST_TWILIO.accountSid,
  TWILIO_API_KEY: TEST_TWILIO.apiKey,
  TWILIO_API_SECRET: TEST_TWILIO.apiSecret,
  TWILIO_TWIML_APP_SID: TEST_TWILIO.twimlAppSid,
};

describe('server process with the browser call page', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('opens /call and /voice/token for a signed link, 401 without one', async () => {
    const server = await startServer({ DATA_DIR: tempDir(), ...ENV });
    try {
      const id = await createRunnerOverHttp(server.baseUrl, { name: 'Rita' });
      const links = createCallLinks({
        key: callLinkKey(TEST_TWILIO.apiSecret),
        publicBaseUrl: ENV.PUBLIC_BASE_URL,
        clock: { now: () => new Date() },
      });
      const { token } = links.sign(id);
      const page = await fetch(`${server.baseUrl}/call?t=${token}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="call-button"');
      const voice = await fetch(`${server.baseUrl}/voice/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ t: token }),
      });
      expect(voice.status).toBe(200);
      expect(((await voice.json()) as { identity: string }).identity).toMatch(/^runner-/);
      expect((await fetch(`${server.baseUrl}/call`)).status).toBe(401);
      const open = await fetch(`${server.baseUrl}/voice/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(open.status).toBe(401);
      expect(server.output()).not.toContain(TEST_TWILIO.apiSecret);
    } finally {
      await server.stop('SIGTERM');
    }
  });

  it('three of the four values stop it at start with one line naming the missing one', async () => {
    const result = await runUntilExit({ DATA_DIR: tempDir(), ...ENV, TWILIO_TWIML_APP_SID: '' });
    expect(result.code).toBe(78);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/TWILIO_TWIML_APP_SID: required with/);
    expect(result.stderr).not.toContain(TEST_TWILIO.apiSecret);
  });
});
