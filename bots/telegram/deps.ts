/** What the bot needs, passed in by the composition root (`telegram-channel.ts`). */
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
  /**
   * The outbox sender: every reply the bot decides is enqueued, then `notify()` makes the sender look at
   * once (it also polls, so a missed call only delays).
   */
  readonly outbox: { notify(): void };
  /** The process's one chart renderer (its cache shared with the HTTP route); default: a renderer of its own. */
  readonly charts?: ChartRenderer;
  /**
   * A fresh signed link to the browser call page for a runner (`/call`); absent when the page is not
   * configured (the bot then says the phone line is not set up here).
   */
  readonly callLink?: (athleteId: string) => { readonly url: string; readonly expiresAt: Date };
}
