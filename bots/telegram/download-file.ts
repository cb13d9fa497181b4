/**
 * Downloads a file the Bot API holds: `apiRoot/file/bot<token>/<file_path>` (`@grammyjs/files` only speaks
 * https, so a loopback fake would fail it). With a timeout and a byte cap: a body over `maxBytes` is
 * abandoned as soon as it passes the cap. The URL holds the bot token: it is never logged or returned.
 */

/** How long a download may take, ms (Telegram serves files of at most 20 MB). */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

export type DownloadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly code: 'ACTIVITY_FILE_TOO_LARGE' | 'ACTIVITY_FILE_UNAVAILABLE' };

export async function downloadTelegramFile(input: {
  readonly apiRoot: string;
  readonly token: string;
  readonly filePath: string;
  readonly maxBytes: number;
  readonly timeoutMs?: number;
}): Promise<DownloadResult> {
  const path = input.filePath.split('/').map(encodeURIComponent).join('/');
  const url = `${input.apiRoot.replace(/\/+$/, '')}/file/bot${input.token}/${path}`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(input.timeoutMs ?? DOWNLOAD_TIMEOUT_MS) });
    if (!res.ok || !res.body) return { ok: false, code: 'ACTIVITY_FILE_UNAVAILABLE' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > input.maxBytes) {
        await reader.cancel();
        return { ok: false, code: 'ACTIVITY_FILE_TOO_LARGE' };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { ok: true, bytes };
  } catch {
    // A timeout or a network failure: the file could not be read (the error may hold the URL: not kept).
    return { ok: false, code: 'ACTIVITY_FILE_UNAVAILABLE' };
  }
}
