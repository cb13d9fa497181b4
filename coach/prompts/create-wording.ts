/**
 * The one place that chooses the wording: templates when no LLM is configured (the default), otherwise
 * an OpenAI-compatible model under guards with the templates as fallback. Settings come in parsed (the
 * server's config module reads `LLM_BASE_URL`, `LLM_API_KEY`, `LLM_MODEL` / `OPENAI_API_KEY`).
 */
import type { Budget } from './llm/budgets.js';
import type { WordingEvent } from './llm/llm-wording.js';
import { createLlmExtractor, type IntentExtractor } from './llm/extract-intent.js';
import { createLlmWording } from './llm/llm-wording.js';
import { openAiClientClass } from './llm/openai-sdk.js';
import type { Channel } from './persona.js';
import type { Wording } from './wording.js';
import { createTemplateWording } from './wording.js';

/** Placeholder key for servers that need none (Ollama, llama.cpp); the SDK insists on one. */
export const NO_API_KEY = 'not-needed';
/** Model used with an OpenAI key when no model is named. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

export interface LlmSettings {
  /** e.g. `http://localhost:11434/v1` (Ollama); absent means api.openai.com. */
  readonly baseURL?: string;
  readonly apiKey?: string;
  readonly model?: string;
  /** Ask for streamed answers. Default false. */
  readonly stream?: boolean;
  readonly budgets?: Partial<Record<Channel, Partial<Budget>>>;
}

export interface WordingSettings {
  /** Absent: template wording only. */
  readonly llm?: LlmSettings;
  readonly onEvent?: (event: WordingEvent) => void;
}

/**
 * Builds the wording for the process.
 *
 * @example
 * createWording({});                                                    // templates only
 * createWording({ llm: { baseURL: 'http://localhost:11434/v1', model: 'llama3.1' } }); // Ollama, guarded
 */
export function createWording(settings: WordingSettings): Wording {
  const fallback = createTemplateWording();
  const llm = settings.llm;
  if (llm === undefined || (llm.baseURL === undefined && llm.apiKey === undefined)) return fallback;
  const OpenAI = openAiClientClass();
  const client = new OpenAI({
    apiKey: llm.apiKey ?? NO_API_KEY,
    ...(llm.baseURL !== undefined ? { baseURL: llm.baseURL } : {}),
    maxRetries: 0,
  });
  return createLlmWording({
    client,
    model: llm.model ?? DEFAULT_OPENAI_MODEL,
    fallback,
    ...(llm.stream !== undefined ? { stream: llm.stream } : {}),
    ...(llm.budgets !== undefined ? { budgets: llm.budgets } : {}),
    ...(settings.onEvent !== undefined ? { onEvent: settings.onEvent } : {}),
  });
}

/** The LLM extractor for messages the parser cannot classify; undefined when no LLM is configured. */
export function createExtractor(llm: LlmSettings | undefined): IntentExtractor | undefined {
  if (llm === undefined || (llm.baseURL === undefined && llm.apiKey === undefined)) return undefined;
  const OpenAI = openAiClientClass();
  const client = new OpenAI({
    apiKey: llm.apiKey ?? NO_API_KEY,
    ...(llm.baseURL !== undefined ? { baseURL: llm.baseURL } : {}),
    maxRetries: 0,
  });
  return createLlmExtractor({
    client,
    model: llm.model ?? DEFAULT_OPENAI_MODEL,
    ...(llm.stream ? { stream: true } : {}),
  });
}
