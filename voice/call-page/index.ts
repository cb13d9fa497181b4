/**
 * The browser call page as one piece: `createCallPage(deps)` gives the routes' deps (register
 * `callPageRoutes` with them) and `linkFor(athleteId)`, which the Telegram `/call` command sends.
 */
import type { CoachDeps } from '../../coach/coach-deps.js';
import { callLinkKey, createCallLinks, type CallLink } from './call-link.js';
import type { CallPageDeps } from './call-page-routes.js';
import type { TwilioApiCredentials } from './voice-token.js';

export { callPageRoutes, type CallPageDeps, type CallPageRoutesOptions } from './call-page-routes.js';
export { CALL_LINK_TTL_SECONDS, type CallLink } from './call-link.js';
export type { TwilioApiCredentials } from './voice-token.js';

export interface CreateCallPageDeps {
  readonly coach: CoachDeps;
  readonly credentials: TwilioApiCredentials;
  /** `PUBLIC_BASE_URL` without a trailing slash. */
  readonly publicBaseUrl: string;
}

export interface CallPage {
  readonly routes: CallPageDeps;
  /** A fresh signed link to the page for this runner. */
  linkFor(athleteId: string): CallLink;
}

export function createCallPage(deps: CreateCallPageDeps): CallPage {
  const key = callLinkKey(deps.credentials.apiSecret);
  const links = createCallLinks({ key, publicBaseUrl: deps.publicBaseUrl, clock: deps.coach.clock });
  return {
    routes: { coach: deps.coach, links, credentials: deps.credentials, identityKey: key },
    linkFor: (athleteId) => links.sign(athleteId),
  };
}
