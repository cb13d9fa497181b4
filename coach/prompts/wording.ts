/**
 * The `Wording` port: how the coach loop turns a `CoachMessage` into a reply. Two implementations:
 * `createTemplateWording()` (the default, no LLM) and `createLlmWording(…)` (an OpenAI-compatible model
 * rewrites the template reply in the persona, under guards, falling back to the template).
 */
import type { Reply, WordingRequest } from './coach-message.js';
import { renderTemplate } from './templates/index.js';

export interface Wording {
  /** Words one message; never rejects (any failure falls back to template text). */
  word(request: WordingRequest): Promise<Reply>;
}

/**
 * The template wording: every message kind in every persona, no network.
 *
 * @example
 * const wording = createTemplateWording();
 * const reply = await wording.word({ message: { kind: 'help' }, persona: 'neutral', channel: 'terminal' });
 * reply.source; // 'template'
 */
export function createTemplateWording(): Wording {
  return { word: (request) => Promise.resolve(renderTemplate(request)) };
}
