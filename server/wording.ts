/**
 * Chooses how replies are worded: templates only (the default, no keys needed), or an OpenAI-compatible
 * model (OpenAI, Ollama, vLLM, llama.cpp) under the guards of coach/prompts, falling back to templates.
 */
import OpenAI from 'openai';
import type { Logger } from 'pino';
import { createLlmWording } from '../coach/prompts/llm/llm-wording.js';
import type { Wording } from '../coach/prompts/wording.js';
import type { LlmConfig } from './config.js';

export function createWording(llm: LlmConfig | undefined, templates: Wording, logger: Logger): Wording {
  if (!llm) return templates;
  const client = new OpenAI({
    apiKey: llm.apiKey,
    ...(llm.baseUrl ? { baseURL: llm.baseUrl } : {}),
    // The wording layer sets per-request timeouts and retries from the channel's time budget.
    maxRetries: 0,
  });
  logger.info(
    { model: llm.model, baseUrl: llm.baseUrl ?? 'openai' },
    'LLM wording enabled (templates as fallback)',
  );
  return createLlmWording({
    client,
    model: llm.model,
    fallback: templates,
    stream: llm.stream,
    onEvent: (event) => logger.debug({ wording: event }, 'wording'),
  });
}
