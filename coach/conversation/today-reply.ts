/**
 * Today's session for a page that shows it (the browser call page): the same `today` message the runner
 * gets when they ask "today" in chat, worded in their persona, read-only (nothing stored, no conversation
 * state changed).
 */
import type { CoachDeps } from '../coach-deps.js';
import { localNow } from '../local-date.js';
import type { Reply } from '../prompts/coach-message.js';
import type { Channel } from '../prompts/persona.js';
import { err, ok, type Result } from '../rules/result.js';
import { messageErrorText } from '../prompts/templates/message-error-words.js';
import { askToday } from '../use-cases/ask.js';
import { wordAll } from './answer.js';

export interface TodayReply {
  readonly athleteId: string;
  readonly name: string;
  /** Today's session (or rest day, paused training, no plan yet), worded. */
  readonly replies: readonly Reply[];
}

/**
 * Today for `athleteId` on the coach's clock, in the runner's timezone.
 *
 * @example
 * const today = await todayReply(deps, athleteId, 'chat');
 * if (today.ok) show(today.value.replies[0]!.text); // "Today (Tue 8 Dec): tempo, …"
 */
export async function todayReply(
  deps: CoachDeps,
  athleteId: string,
  channel: Channel,
): Promise<Result<TodayReply, 'ATHLETE_NOT_FOUND'>> {
  const athlete = await deps.repositories.athletes.findById(athleteId);
  if (!athlete) return err('ATHLETE_NOT_FOUND', messageErrorText('ATHLETE_NOT_FOUND'));
  const now = localNow(deps.clock.now(), athlete.timezone);
  const turn = await askToday({
    repos: deps.repositories,
    athlete,
    today: now.date,
    hour: now.hour,
    sentOn: now.date,
    parsed: { intents: [], slots: {}, problems: [] },
    state: athlete.state.conversation,
    text: '',
  });
  const replies = await wordAll(deps, athlete, channel, turn.messages);
  return ok({ athleteId: athlete.id, name: athlete.name, replies });
}
