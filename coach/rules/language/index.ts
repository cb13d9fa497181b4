/** The deterministic parser of runner language: free text → intents, slots and problems. */
export { parseMessage } from './parse-message.js';
export { extractDate } from './dates.js';
export type { DateDirection, DateHit } from './dates.js';
export type {
  Intent,
  PainMention,
  ParseContext,
  ParsedMessage,
  PauseReason,
  Persona,
  Problem,
  ProblemCode,
  RedFlag,
  SleepQuality,
  SlotName,
  Slots,
  Weekday,
} from './types.js';
export { INTENT_ORDER } from './types.js';
export { readCoachingQuestion } from './coaching-questions.js';
export type { CoachingQuestion, OutsideTopic, PredictedDistance } from './coaching-questions.js';
export { readDayLimit, readMove } from './reschedule.js';
export type { DayLimitAsk, MovableKind, RescheduleAsk } from './reschedule.js';
