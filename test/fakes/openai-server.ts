/**
 * A fake OpenAI-compatible server: a real `node:http` server on 127.0.0.1 (random port) speaking
 * `POST /v1/chat/completions` with and without `stream: true` (SSE chunks, then `data: [DONE]`).
 * Each test scripts it with a handler that sees the parsed request and answers with text, a delay, a stall,
 * an HTTP error or garbage; every request is recorded. Tests point the real `openai` SDK at `baseURL`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat message as the SDK sends it. */
export interface FakeChatMessage {
  readonly role: string;
  readonly content: string;
}

/** One request the server received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body (undefined when it was not JSON). */
  readonly body: {
    readonly model?: string;
    readonly stream?: boolean;
    readonly messages?: readonly FakeChatMessage[];
    readonly [k: string]: unknown;
  };
}

/**
 * How the server answers one request:
 * - `{ text }`: a normal completion (streamed in `chunks` pieces when the request asked for a stream);
 * - `{ status, body? }`: an HTTP error with an OpenAI-style error body (or `body`);
 * - `{ garbage }`: a 200 whose body is this raw string (not a completion);
 * - `{ stall: true }`: never answers (until the server closes).
 * `delayMs` waits before answering; `chunkDelayMs` waits between stream chunks.
 */
export type FakeAnswer =
  | {
      readonly text: string;
      readonly delayMs?: number;
      readonly chunks?: number;
      readonly chunkDelayMs?: number;
    }
  | { readonly status: number; readonly body?: string; readonly delayMs?: number }
  | { readonly garbage: string; readonly delayMs?: number }
  | { readonly stall: true };

export type FakeHandler = (req: RecordedRequest) => FakeAnswer | Promise<FakeAnswer>;

export interface FakeOpenAiServer {
  /** `http://127.0.0.1:<port>/v1`, for `new OpenAI({ baseURL })`. */
  readonly baseURL: string;
  /** Every request so far, oldest first. */
  readonly requests: RecordedRequest[];
  /** Replaces the handler for the following requests. */
  script(handler: FakeHandler): void;
  /** Stops the server, dropping stalled connections. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function splitText(text: string, n: number): string[] {
  if (n <= 1 || text.length < n) return [text];
  const size = Math.ceil(text.length / n);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function answer(
  res: ServerResponse,
  rec: RecordedRequest,
  a: FakeAnswer,
  closed: () => boolean,
): Promise<void> {
  if ('stall' in a) return; // keep the socket open and say nothing
  if (a.delayMs !== undefined) await sleep(a.delayMs);
  if (closed()) return;
  if ('status' in a) {
    res.writeHead(a.status, { 'content-type': 'application/json' });
    res.end(a.body ?? JSON.stringify({ error: { message: `fake error ${a.status}`, type: 'server_error' } }));
    return;
  }
  if ('garbage' in a) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(a.garbage);
    return;
  }
  const id = `chatcmpl-fake-${Math.floor(Math.random() * 1e9)}`;
  const model = rec.body.model ?? 'fake-model';
  const created = Math.floor(Date.now() / 1000);
  if (rec.body.stream === true) {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const send = (delta: Record<string, unknown>, finish: string | null) =>
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
      );
    send({ role: 'assistant', content: '' }, null);
    for (const piece of splitText(a.text, a.chunks ?? 3)) {
      if (a.chunkDelayMs !== undefined) await sleep(a.chunkDelayMs);
      if (closed()) return;
      send({ content: piece }, null);
    }
    send({}, 'stop');
    res.end('data: [DONE]\n\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: a.text }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }),
  );
}

/**
 * Starts a fake server. The default handler answers every request with `{ text: 'ok' }`.
 *
 * @example
 * const fake = await startFakeOpenAiServer(() => ({ text: 'Easy run today.' }));
 * const client = new OpenAI({ baseURL: fake.baseURL, apiKey: 'test' });
 * await fake.close();
 */
export async function startFakeOpenAiServer(
  handler: FakeHandler = () => ({ text: 'ok' }),
): Promise<FakeOpenAiServer> {
  let current = handler;
  let closing = false;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: RecordedRequest['body'];
      try {
        body = JSON.parse(raw) as RecordedRequest['body'];
      } catch {
        body = {};
      }
      const rec: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
      };
      requests.push(rec);
      if (req.method !== 'POST' || !(req.url ?? '').startsWith('/v1/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
        return;
      }
      let a: FakeAnswer;
      try {
        a = await current(rec);
      } catch (e) {
        a = { status: 500, body: JSON.stringify({ error: { message: String(e), type: 'server_error' } }) };
      }
      await answer(res, rec, a, () => closing || res.destroyed);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(h) {
      current = h;
    },
    close() {
      closing = true;
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
