/** Downloading a Bot API file: the bytes, a byte cap that stops a body past it, and a missing file. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadTelegramFile } from '../../../bots/telegram/download-file.js';

describe('downloadTelegramFile', () => {
  let server: Server;
  let root: string;
  const paths: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      paths.push(req.url ?? '');
      if (req.url?.endsWith('/small.gpx')) return res.end(Buffer.from('<gpx/>'));
      if (req.url?.endsWith('/big.fit')) {
        res.write(Buffer.alloc(600));
        return res.end(Buffer.alloc(600));
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (filePath: string, maxBytes = 1000) =>
    downloadTelegramFile({ apiRoot: root, token: '1:tok', filePath, maxBytes });

  it('returns the bytes from apiRoot/file/bot<token>/<path>', async () => {
    const got = await get('documents/small.gpx');
    expect(got).toEqual({ ok: true, bytes: new Uint8Array(Buffer.from('<gpx/>')) });
    expect(paths.at(-1)).toBe('/file/bot1:tok/documents/small.gpx');
  });

  it('stops a body past the byte cap', async () => {
    expect(await get('documents/big.fit')).toEqual({ ok: false, code: 'ACTIVITY_FILE_TOO_LARGE' });
  });

  it('says the file is unavailable when the API does not serve it', async () => {
    expect(await get('documents/gone.fit')).toEqual({ ok: false, code: 'ACTIVITY_FILE_UNAVAILABLE' });
  });
});
