/** The bot's context: grammY's, plus a child logger for this update. */
import type { Context } from 'grammy';
import type { Logger } from 'pino';

export interface LogFlavor {
  /** A child of the process logger carrying the update id and the hashed chat id. */
  log: Logger;
}

export type BotContext = Context & LogFlavor;
