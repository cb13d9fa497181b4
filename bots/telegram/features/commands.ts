/**
 * Commands (registered with `setMyCommands` at start): most are a phrase the coach understands, handed to
 * the front door; `/coach` shows the persona menu and `/export` sends the runner's data as a JSON document.
 * `/progress` is its own feature (`progress.ts`).
 */
import { Composer, InputFile } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { PERSONA_OPTIONS } from '../../../coach/prompts/options.js';
import { PERSONA_INFO, type Persona } from '../../../coach/prompts/persona.js';
import { buildRunnerExport } from '../../../coach/use-cases/runner-export.js';
import type { BotContext } from '../context.js';
import { converse, runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';
import { inlineKeyboard } from '../keyboards/inline.js';
import { TEXTS } from '../texts.js';

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
export const BOT_COMMANDS: readonly BotCommand[] = [
  { command: 'today', description: "Today's session" },
  { command: 'week', description: 'This week' },
  { command: 'paces', description: 'Your paces' },
  { command: 'why', description: 'Why this session' },
  { command: 'progress', description: 'Your last 12 weeks as a chart' },
  { command: 'coach', description: 'Pick your coach' },
  { command: 'pause', description: 'Pause training' },
  { command: 'resume', description: 'Resume training' },
  { command: 'export', description: 'Your data as JSON' },
  { command: 'delete', description: 'Delete everything' },
  { command: 'phone', description: 'Link your phone number' },
  { command: 'help', description: 'What I understand' },
];

export function commandsFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  for (const [command, phrase] of Object.entries(PHRASES)) {
    composer.command(command, (ctx) => converse(deps, ctx, { text: phrase }));
  }
  composer.command('coach', async (ctx) => {
    const lines = PERSONA_OPTIONS.map((o) => {
      const info = PERSONA_INFO[(o.option as { persona: Persona }).persona];
      return `• ${info.name}: ${info.blurb}`;
    });
    const keyboard = inlineKeyboard(PERSONA_OPTIONS);
    await ctx.reply(TEXTS.personaMenu(lines), keyboard ? { reply_markup: keyboard } : {});
  });
  composer.command('export', async (ctx) => {
    const runner = await runnerOf(deps, ctx);
    if (!runner) return void (await ctx.reply(TEXTS.startFirst));
    const data = await buildRunnerExport(deps.coach, runner);
    const file = new InputFile(Buffer.from(JSON.stringify(data, null, 2)), `runloop-${runner.id}.json`);
    ctx.log.info({ bytes: JSON.stringify(data).length }, 'export sent');
    await ctx.replyWithDocument(file, { caption: TEXTS.exportCaption });
  });
  return composer;
}
