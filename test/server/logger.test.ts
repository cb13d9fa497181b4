import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPhoneNumbers } from '../../server/logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', pretty: false, destination }) };
}

describe('logger', () => {
  it('redacts auth headers, webhook secrets, tokens and phone fields', () => {
    const { lines, logger } = capture();
    logger.info({
      req: {
        headers: {
          authorization: 'Bearer secret-token-value',
          'x-telegram-bot-api-secret-token': 'tg-hush-value',
          'x-twilio-signature': 'tw-hush-value',
        },
      },
      athlete: { phone: '+4915112345678', apiToken: 'abc123secret' },
      twilio: { authToken: 'twilio-auth-hush' },
    });
    const out = lines.join('');
    expect(out).not.toMatch(
      /secret-token-value|tg-hush-value|tw-hush-value|4915112345678|abc123secret|twilio-auth-hush/,
    );
    expect(out).toContain('[redacted]');
  });

  it('never logs a Telegram bot token, in fields, messages, errors or file URLs', () => {
    const { lines, logger } = capture();
    const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    logger.info({
      botToken: token,
      telegram: { token },
      fileUrl: `https://api.telegram.org/file/bot${token}/x.gpx`,
    });
    logger.info(`GET https://api.telegram.org/bot${token}/getMe failed`);
    logger.error(
      { err: new Error(`request to https://api.telegram.org/file/bot${token}/doc.fit failed`) },
      'download',
    );
    expect(lines.join('')).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw');
  });

  it('masks phone numbers inside free-text messages', () => {
    const { lines, logger } = capture();
    logger.info('call from +49 151 1234 5678 connected');
    expect(lines.join('')).not.toContain('1234');
    expect(lines.join('')).toContain('[phone]');
  });

  it('drops the parameters of a database error and masks phone numbers in errors and their causes', () => {
    const { lines, logger } = capture();
    const cause = new Error('duplicate key for +4915112345678');
    const failed = new Error(
      'Failed query: insert into "athletes" ("name", "phone_e164") values ($1, $2)\nparams: Ana Pereira,+4915112345678',
      {
        cause,
      },
    );
    logger.error({ err: failed }, 'request failed');
    const out = lines.join('');
    expect(out).toContain('insert into');
    expect(out).not.toMatch(/Ana Pereira|4915112345678/);
    expect(out).toContain('params: [redacted]');
  });

  it('leaves ordinary numbers alone', () => {
    expect(maskPhoneNumbers('ran 10 km in 52:30 at 150 bpm on 2026-12-08')).toBe(
      'ran 10 km in 52:30 at 150 bpm on 2026-12-08',
    );
    expect(maskPhoneNumbers('+15551234567')).toBe('[phone]');
  });
});
