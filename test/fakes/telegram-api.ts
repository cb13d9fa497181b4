/**
 * A fake Telegram Bot API: a real `node:http` server on 127.0.0.1 (random port) speaking
 * `POST /bot<token>/<method>` with JSON and multipart bodies (busboy: grammY's `filename=` is unquoted,
 * which Node's `Request.formData()` refuses), `GET /file/bot<token>/<path>`, `getUpdates` with `offset`
 * and a short long-poll, and scripted failures (429 with `retry_after`, 403, 5xx). Every call is recorded.
 * Tests point grammY at it with `client: { apiRoot: fake.url }` or `TELEGRAM_API_ROOT`.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import busboy from 'busboy';

/** A file a multipart call carried. */
export interface RecordedFile {
  readonly field: string;
  readonly filename: string;
  readonly content: Buffer;
}

export interface RecordedCall {
  readonly method: string;
  readonly token: string;
  /** The parameters, objects decoded; a multipart `attach://…` parameter is replaced by its file. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly files: readonly RecordedFile[];
  /** The HTTP status the fake answered with (set once answered): 200 means Telegram took it. */
  status?: number;
}

export interface ScriptedFailure {
  readonly status: number;
  readonly description?: string;
  /** Seconds, for a 429. */
  readonly retryAfter?: number;
}

export const FAKE_BOT_INFO = {
  id: 4242,
  is_bot: true as const,
  first_name: 'runloop',
  username: 'runloop_test_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface FakeTelegram {
  /** The API root (`http://127.0.0.1:<port>`). */
  readonly url: string;
  readonly calls: readonly RecordedCall[];
  /** Calls of one method, in order. */
  callsOf(method: string): RecordedCall[];
  /** Queues an update for `getUpdates` (its `update_id` kept, or the next free one). */
  pushUpdate(update: Record<string, unknown>): number;
  /** The next `times` calls of `method` fail this way. */
  failNext(method: string, failure: ScriptedFailure, times?: number): void;
  /** Forgets the failures still scripted for `method` (the outage is over). */
  clearFailures(method: string): void;
  /** Calls of `method` the fake answered with 200 (what Telegram would have delivered), in order. */
  accepted(method: string): RecordedCall[];
  /** Serves `content` at `/file/bot<token>/<path>` and from `getFile` for `fileId`. */
  addFile(fileId: string, path: string, content: Buffer): void;
  /** Resolves once `count` calls of `method` (matching `where`) were recorded; rejects after `timeoutMs`. */
  waitFor(
    method: string,
    count?: number,
    where?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

/** Longest a `getUpdates` long-poll waits here, ms (short, so tests and shutdowns stay quick). */
const MAX_LONG_POLL_MS = 500;

function decodeValue(value: string): unknown {
  if (/^[[{]/.test(value) || value === 'true' || value === 'false' || /^-?\d+$/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

async function readBody(
  req: IncomingMessage,
): Promise<{ params: Record<string, unknown>; files: RecordedFile[] }> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    return new Promise((resolve, reject) => {
      const params: Record<string, unknown> = {};
      const files: RecordedFile[] = [];
      const parser = busboy({ headers: req.headers });
      parser.on('field', (name, value) => (params[name] = decodeValue(value)));
      parser.on('file', (field, stream, info) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () =>
          files.push({ field, filename: info.filename ?? '', content: Buffer.concat(chunks) }),
        );
      });
      parser.on('close', () => {
        for (const [name, value] of Object.entries(params)) {
          if (typeof value === 'string' && value.startsWith('attach://')) {
            const file = files.find((f) => f.field === value.slice('attach://'.length));
            if (file) params[name] = file;
          }
        }
        resolve({ params, files });
      });
      parser.on('error', reject);
      req.pipe(parser);
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return { params: text ? (JSON.parse(text) as Record<string, unknown>) : {}, files: [] };
}

export async function startFakeTelegram(options: { token: string }): Promise<FakeTelegram> {
  const calls: RecordedCall[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const updates: Record<string, unknown>[] = [];
  const failures = new Map<string, ScriptedFailure[]>();
  const files = new Map<string, { path: string; content: Buffer }>();
  const waiting = new Set<() => void>();
  let nextUpdateId = 1;
  let nextMessageId = 1;

  const send = (res: ServerResponse, status: number, body: unknown, call?: RecordedCall) => {
    if (call) call.status = status;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const message = (params: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: { id: Number(params.chat_id), type: 'private' },
    from: { id: FAKE_BOT_INFO.id, is_bot: true, first_name: FAKE_BOT_INFO.first_name },
    ...extra,
  });

  async function getUpdates(params: Record<string, unknown>): Promise<unknown[]> {
    const offset = typeof params.offset === 'number' ? params.offset : 0;
    // Confirmed updates (below the offset) are forgotten, as Telegram does.
    while (updates.length > 0 && (updates[0]!.update_id as number) < offset) updates.shift();
    if (updates.length === 0 && Number(params.timeout ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(Number(params.timeout) * 1000, MAX_LONG_POLL_MS));
        waiting.add(done);
      });
    }
    return updates.filter((u) => (u.update_id as number) >= offset);
  }

  async function answer(method: string, params: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return FAKE_BOT_INFO;
      case 'getUpdates':
        return getUpdates(params);
      case 'sendMessage':
        return message(params, { text: params.text });
      case 'sendDocument': {
        const doc = params.document as RecordedFile | undefined;
        return message(params, {
          document: { file_id: 'doc', file_unique_id: 'doc', file_name: doc?.filename },
        });
      }
      case 'sendPhoto': {
        const photo = params.photo as RecordedFile | undefined;
        const size = { file_id: 'photo', file_unique_id: 'photo', width: 800, height: 450 };
        return message(params, {
          photo: [{ ...size, file_size: photo?.content.length }],
          ...(params.caption !== undefined ? { caption: params.caption } : {}),
        });
      }
      case 'editMessageReplyMarkup':
      case 'editMessageText':
        return params.inline_message_id ? true : message(params);
      case 'getFile': {
        const file = files.get(String(params.file_id));
        if (!file) throw Object.assign(new Error('Bad Request: invalid file_id'), { status: 400 });
        return {
          file_id: params.file_id,
          file_unique_id: params.file_id,
          file_size: file.content.length,
          file_path: file.path,
        };
      }
      default:
        return true;
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
      if (req.method === 'GET' && fileMatch) {
        const file = [...files.values()].find((f) => f.path === fileMatch[2]);
        if (fileMatch[1] !== options.token || !file) return send(res, 404, { ok: false, error_code: 404 });
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(file.content);
      }
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
      if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      const [, token, method] = match as unknown as [string, string, string];
      const { params, files: sent } = await readBody(req);
      const call: RecordedCall = { method, token, params, files: sent };
      calls.push(call);
      events.emit('call');
      if (token !== options.token) {
        return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' }, call);
      }
      const scripted = failures.get(method)?.shift();
      if (scripted) {
        return send(
          res,
          scripted.status,
          {
            ok: false,
            error_code: scripted.status,
            description: scripted.description ?? `scripted ${scripted.status}`,
            ...(scripted.retryAfter !== undefined
              ? { parameters: { retry_after: scripted.retryAfter } }
              : {}),
          },
          call,
        );
      }
      try {
        send(res, 200, { ok: true, result: await answer(method, params) }, call);
      } catch (error) {
        const status = (error as { status?: number }).status ?? 500;
        send(res, status, { ok: false, error_code: status, description: (error as Error).message }, call);
      }
    })().catch((error: unknown) =>
      send(res, 500, { ok: false, error_code: 500, description: String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    pushUpdate(update) {
      const id = typeof update.update_id === 'number' ? update.update_id : nextUpdateId;
      nextUpdateId = Math.max(nextUpdateId, id + 1);
      updates.push({ ...update, update_id: id });
      for (const wake of [...waiting]) wake();
      return id;
    },
    failNext(method, failure, times = 1) {
      failures.set(method, [
        ...(failures.get(method) ?? []),
        ...Array.from({ length: times }, () => failure),
      ]);
    },
    clearFailures(method) {
      failures.delete(method);
    },
    accepted(method) {
      return calls.filter((c) => c.method === method && c.status === 200);
    },
    addFile(fileId, path, content) {
      files.set(fileId, { path, content });
    },
    waitFor(method, count = 1, where = () => true, timeoutMs = 20_000) {
      const found = () => calls.filter((c) => c.method === method && where(c));
      return new Promise((resolve, reject) => {
        const check = () => {
          const now = found();
          if (now.length < count) return;
          clearTimeout(timer);
          events.off('call', check);
          resolve(now);
        };
        const timer = setTimeout(() => {
          events.off('call', check);
          reject(
            new Error(
              `waited ${timeoutMs} ms for ${count} × ${method}; saw ${calls.map((c) => c.method).join(', ')}`,
            ),
          );
        }, timeoutMs);
        events.on('call', check);
        check();
      });
    },
    async close() {
      for (const wake of [...waiting]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
