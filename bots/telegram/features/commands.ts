/**
 * Commands (registered with `setMyCommands` at start): most are a phrase the coach understands, handed to
 * the front door; `/coach` shows the persona menu and `/export` sends the runner's data as a JSON document.
 * `/progress` is its own feature (`progress.ts`).
 */
import { Composer, InputFile } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { COMMAND_MENU, exportCaption } from '../../../coach/prompts/templates/channel-note.js';
import { buildRunnerExport } from '../../../coach/use-cases/runner-export.js';
import type { BotContext } from '../context.js';
import { converse, note, runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';

/** Commands that are a phrase the coach already understands. */
const PHRASES: Readonly<Record<string, string>> = {
  today: 'today',
  week: 'this week',
  paces: 'my paces',
  why: 'why',
  pause: 'pause',
  resume: 'resume',
  delete: 'delete my data',
  help: 'help',
};

/** The menu Telegram shows (`setMyCommands`). */
export const BOT_COMMANDS: readonly BotCommand[] = COMMAND_MENU;

export function commandsFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  for (const [command, phrase] of Object.entries(PHRASES)) {
    composer.command(command, (ctx) => converse(deps, ctx, { text: phrase }));
  }
  composer.command('coach', async (ctx) => note(deps, ctx, 'PERSONA_MENU', await runnerOf(deps, ctx)));
  composer.command('export', async (ctx) => {
    const runner = await runnerOf(deps, ctx);
    if (!runner) return note(deps, ctx, 'START_FIRST');
    // Recorded first, so the export holds its own entry as the database does.
    await deps.coach.repositories.audit.record({ actor: 'telegram', action: 'export', athleteId: runner.id });
    const data = await buildRunnerExport(deps.coach, runner);
    const file = new InputFile(Buffer.from(JSON.stringify(data, null, 2)), `runloop-${runner.id}.json`);
    ctx.log.info({ bytes: JSON.stringify(data).length }, 'export sent');
    // A document is sent at once (a repeated /export just sends a fresh one): health data stays out of the outbox.
    await ctx.replyWithDocument(file, { caption: exportCaption() });
  });
  return composer;
}
