/** coach/prompts: personas, template wording of every coach message, and guarded LLM wording. */
export type {
  ClarifyProblem,
  CoachMessage,
  CoachMessageKind,
  OnboardingStep,
  PaceSet,
  Progress,
  Readiness,
  Reply,
  ReplyOption,
  WordingRequest,
} from './coach-message.js';
export { COACH_MESSAGE_KINDS } from './coach-message.js';
export type { Channel, Persona, Units } from './persona.js';
export { CHANNELS, PERSONAS, PERSONA_INFO, isPersona, toPersona } from './persona.js';
export {
  ACCEPT_OPTIONS,
  PERSONA_OPTIONS,
  RPE_OPTIONS,
  YES_NO_OPTIONS,
  acceptOptions,
  offer,
} from './options.js';
export type { ChosenOption } from './chosen-option.js';
export { decodeOption, encodeOption } from './chosen-option.js';
export type { Wording } from './wording.js';
export { createTemplateWording } from './wording.js';
export type { LlmSettings, WordingSettings } from './create-wording.js';
export { createWording } from './create-wording.js';
export type { FallbackReason, LlmWordingDeps, WordingEvent } from './llm/llm-wording.js';
export { createLlmWording } from './llm/llm-wording.js';
export type { Budget } from './llm/budgets.js';
export { DEFAULT_BUDGETS } from './llm/budgets.js';
export {
  isSafetyMessage,
  isSoftened,
  isSoftRequest,
  renderTemplate,
  replySoftens,
} from './templates/index.js';
