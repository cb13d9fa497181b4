/**
 * Text messages: a typed IANA timezone sets the runner's timezone; everything else goes to the front door.
 * Shared locations set an approximate timezone.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { converse, note, runnerOf, start } from '../converse.js';
import type { BotDeps } from '../deps.js';
import { isIanaZone, zoneFromLongitude } from '../timezone.js';

async function setZone(deps: BotDeps, ctx: BotContext, zone: string): Promise<void> {
  const runner = await runnerOf(deps, ctx);
  if (!runner) {
    await start(deps, ctx, zone);
    return;
  }
  await deps.coach.repositories.athletes.update(runner.id, { timezone: zone });
  ctx.log.info({ timezone: zone }, 'timezone set');
  await note(deps, ctx, 'TIMEZONE_SET', runner, zone);
}

export function chatFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message:text', async (ctx) => {
    const text = ctx.message.text.trim();
    if (isIanaZone(text)) return setZone(deps, ctx, text);
    await converse(deps, ctx, { text: ctx.message.text });
  });
  composer.on('message:location', (ctx) =>
    setZone(deps, ctx, zoneFromLongitude(ctx.message.location.longitude)),
  );
  return composer;
}
