/** What the bot needs, passed in by the composition root (server/main.ts). */
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { ChartRenderer } from '../../coach/charts/render-png.js';
import type { CoachDeps } from '../../coach/coach-deps.js';

export interface BotDeps {
  readonly token: string;
  readonly coach: CoachDeps;
  readonly logger: Logger;
  /** Bot API root; default https://api.telegram.org (tests pass a loopback fake). */
  readonly apiRoot?: string;
  /** Known bot identity: skips `getMe` in `bot.init()` (tests). */
  readonly botInfo?: UserFromGetMe;
  /** The process's one chart renderer (its cache shared with the HTTP route); default: a renderer of its own. */
  readonly charts?: ChartRenderer;
}
