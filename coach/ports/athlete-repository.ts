import type { Result } from '../rules/result.js';
import type { Athlete, AthletePatch, NewAthlete } from '../model/athlete.js';
import type { RunnerState } from '../model/runner-state.js';

/** Another runner already uses this phone number or Telegram chat. */
export type AthleteConflict = 'PHONE_TAKEN' | 'TELEGRAM_CHAT_TAKEN';

/** Where runners are kept. Implemented in db/ for PGlite and PostgreSQL alike. */
export interface AthleteRepository {
  create(input: NewAthlete): Promise<Result<Athlete, AthleteConflict>>;
  /** Absent when there is no such runner (or the id is not a valid id). */
  findById(id: string): Promise<Athlete | undefined>;
  /**
   * Reads the runner and holds their row until the transaction ends, so two messages from the same
   * runner are handled one after the other. Use inside a unit of work.
   */
  lockForUpdate(id: string): Promise<Athlete | undefined>;
  findByPhone(phoneE164: string): Promise<Athlete | undefined>;
  findByTelegramChat(chatId: number): Promise<Athlete | undefined>;
  /** Changes the runner's fields (not their state). Absent when there is no such runner. */
  update(id: string, patch: AthletePatch): Promise<Result<Athlete, AthleteConflict> | undefined>;
  /**
   * The one way the runner-state document is written: replaces it whole, together with the athlete
   * changes the same message made (persona, units, heart rates from onboarding), in one statement.
   * Absent when there is no such runner. `heardAt`: the message's handling time (the coach's clock),
   * recorded as when the runner was last heard from (the nightly adaptation skips them that day).
   */
  saveState(
    id: string,
    state: RunnerState,
    changes?: AthletePatch,
    heardAt?: Date,
  ): Promise<Result<Athlete, AthleteConflict> | undefined>;
  /**
   * Deletes the runner and everything that belongs to them, their Telegram chat's updates in the inbox
   * included (`InboxRepository.forgetChat`); false when there was no such runner.
   */
  delete(id: string): Promise<boolean>;
}
