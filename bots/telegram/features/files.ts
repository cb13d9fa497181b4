/**
 * Documents: a GPX, TCX or FIT file becomes a run through the front door (`importActivityFile`), which
 * answers with "run logged" and the RPE question as buttons, or with why the file was refused. The file is
 * fetched with `getFile` and downloaded from `apiRoot/file/bot<token>/<path>` by `download-file.ts` (with a
 * timeout and a byte cap); its URL holds the token and is never logged. A document over Telegram's 20 MB
 * `getFile` limit is refused from its stated size, without a download.
 */
import { Composer } from 'grammy';
import { importActivityFile, MAX_ACTIVITY_FILE_BYTES, refuseActivityFile } from '../../../coach/channel.js';
import type { BotContext } from '../context.js';
import { destinationOf, runnerOf, start } from '../converse.js';
import type { BotDeps } from '../deps.js';
import { downloadTelegramFile } from '../download-file.js';

export function filesFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message:document', async (ctx) => {
    const runner = await runnerOf(deps, ctx);
    if (!runner) return start(deps, ctx);
    const doc = ctx.message.document;
    const where = { athleteId: runner.id, channel: 'telegram' as const, deliver: destinationOf(ctx) };
    const maxMb = MAX_ACTIVITY_FILE_BYTES / (1024 * 1024);
    if ((doc.file_size ?? 0) > MAX_ACTIVITY_FILE_BYTES) {
      ctx.log.info({ code: 'ACTIVITY_FILE_TOO_LARGE' }, 'file refused');
      await refuseActivityFile(deps.coach, where, 'ACTIVITY_FILE_TOO_LARGE', { maxMb });
      return deps.outbox.notify();
    }
    const file = await ctx.api.getFile(doc.file_id);
    const fetched =
      file.file_path === undefined
        ? ({ ok: false, code: 'ACTIVITY_FILE_UNAVAILABLE' } as const)
        : await downloadTelegramFile({
            apiRoot: deps.apiRoot ?? 'https://api.telegram.org',
            token: deps.token,
            filePath: file.file_path,
            maxBytes: MAX_ACTIVITY_FILE_BYTES,
          });
    if (!fetched.ok) {
      ctx.log.warn({ code: fetched.code }, 'file download failed');
      await refuseActivityFile(deps.coach, where, fetched.code, { maxMb });
      return deps.outbox.notify();
    }
    const result = await importActivityFile(deps.coach, {
      ...where,
      bytes: fetched.bytes,
      ...(doc.file_name !== undefined ? { fileName: doc.file_name } : {}),
      fileUniqueId: doc.file_unique_id,
      at: new Date(ctx.message.date * 1000),
    });
    ctx.log.info({ code: result.ok ? 'IMPORTED' : result.code }, 'file handled');
    deps.outbox.notify();
  });
  return composer;
}
