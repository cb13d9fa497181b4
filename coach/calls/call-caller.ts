/**
 * Who is calling and what today holds for them: the runner by their phone (E.164 only: withheld and
 * browser callers are nobody), their local date, today's session, and whether a red flag stopped today.
 */
import type { Addressee } from '../conversation/answer.js';
import { wordAll } from '../conversation/answer.js';
import { localNow } from '../local-date.js';
import type { Athlete } from '../model/athlete.js';
import { isE164 } from '../model/phone-number.js';
import type { Repositories } from '../ports/repositories.js';
import type { CoachMessage, Reply } from '../prompts/coach-message.js';
import type { CallKeys } from '../prompts/messages/call.js';
import { createTemplateWording } from '../prompts/wording.js';
import type { Session } from '../rules/plan/types.js';

/** E.164: a plus, a country code and up to 15 digits in all. */

/** DTMF fallbacks: 1 easy, 2 ok, 3 hard, 9 stop. */
export const CALL_KEYS: CallKeys = Object.freeze({ easy: 1, ok: 2, hard: 3, stop: 9 });

/** Below this Twilio speech confidence (0–1) a transcript is not trusted. */
export const MIN_SPEECH_CONFIDENCE = 0.5;

/** Wording for a caller we do not know: no runner's name, persona or units. */
export const NOBODY: Addressee = { id: null, persona: 'neutral', units: 'km', name: '' };

/** Templates only on the phone: no LLM inside the in-run budget. */
const TEMPLATES = { wording: createTemplateWording() };

/** The prefix of a browser caller's `From` (Twilio Voice SDK): `client:<identity>`. */
export const CLIENT_PREFIX = 'client:';

/** The runner whose phone this is; nobody for a withheld, browser or malformed number. */
export async function findCaller(repos: Repositories, from: string): Promise<Athlete | undefined> {
  const number = from.trim();
  if (!isE164(number)) return undefined;
  return repos.athletes.findByPhone(number);
}

/**
 * True when `from` on a turn is the caller the call started with for `athlete`: their phone, or for a
 * browser caller the identity the channel gives them (`clientIdentityOf`); a forged `From` is not.
 */
export function isCallersLine(
  athlete: Pick<Athlete, 'id' | 'phoneE164'>,
  from: string,
  clientIdentityOf?: (athleteId: string) => string,
): boolean {
  const caller = from.trim();
  if (caller.startsWith(CLIENT_PREFIX))
    return clientIdentityOf !== undefined && caller === `${CLIENT_PREFIX}${clientIdentityOf(athlete.id)}`;
  return athlete.phoneE164 !== undefined && athlete.phoneE164 === caller;
}

/** The runner's local date at `at`, ISO. */
export function callDate(athlete: Pick<Athlete, 'timezone'>, at: Date): string {
  return localNow(at, athlete.timezone).date;
}

/** Today's session to coach against (none on a rest day), and whether there is a plan at all. */
export async function sessionOn(
  repos: Repositories,
  athleteId: string,
  date: string,
): Promise<{ readonly session?: Session; readonly noPlan: boolean }> {
  const plan = await repos.plans.active(athleteId);
  if (!plan) return { noPlan: true };
  const session = plan.sessions.find((s) => s.date === date && s.kind !== 'rest' && s.status !== 'skipped');
  return session ? { session, noPlan: false } : { noPlan: false };
}

/** True when a red flag was reported on `date` (a check-in): no running that day. */
export async function redFlagOn(repos: Repositories, athleteId: string, date: string): Promise<boolean> {
  const checkins = await repos.checkins.list(athleteId, { from: date, to: date });
  return checkins.some((c) => c.redFlags.length > 0);
}

/** The lines in the phone form, by templates, in the runner's persona and units. */
export function speak(to: Addressee, messages: readonly CoachMessage[]): Promise<Reply[]> {
  return wordAll(TEMPLATES, to, 'voice', messages);
}
