/**
 * The server's own time per request, read after a run from the JSON log lines a server process wrote
 * (LOG_LEVEL=info): Fastify's "incoming request" line names the route, its "request completed" line, joined
 * by `reqId`, carries the status and `responseTime` (ms, from the request arriving to the answer written:
 * no client, no loopback). Only requests after the first one to `marker` count, so warm-up stays out.
 */

interface LogLine {
  readonly msg?: unknown;
  readonly reqId?: unknown;
  readonly req?: { readonly method?: unknown; readonly url?: unknown };
  readonly res?: { readonly statusCode?: unknown };
  readonly responseTime?: unknown;
}

/**
 * Microseconds per `"<METHOD> <path> <status>"` (query dropped) for requests logged after `marker` (a
 * request URL, e.g. `/health?timed`).
 *
 * @example serverTimes(server.output(), '/health?timed').get('POST /voice/gather 200') // → [812.4, …]
 */
export function serverTimes(output: string, marker: string): Map<string, number[]> {
  const routes = new Map<string, string>();
  const times = new Map<string, number[]>();
  let counting = false;
  for (const text of output.split('\n')) {
    if (!text.startsWith('{')) continue;
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      continue;
    }
    const id = String(line.reqId ?? '');
    if (line.msg === 'incoming request' && typeof line.req?.url === 'string') {
      if (line.req.url === marker) counting = true;
      if (counting) routes.set(id, `${String(line.req.method)} ${line.req.url.split('?')[0]}`);
    } else if (line.msg === 'request completed' && routes.has(id) && typeof line.responseTime === 'number') {
      const key = `${routes.get(id)} ${String(line.res?.statusCode)}`;
      const list = times.get(key) ?? [];
      list.push(line.responseTime * 1000);
      times.set(key, list);
      routes.delete(id);
    }
  }
  return times;
}
