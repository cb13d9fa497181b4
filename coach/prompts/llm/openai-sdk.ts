/**
 * The openai package, loaded when an LLM is configured rather than at import: the template-only service
 * (the default) never loads its 500-odd modules, which keeps start-up and memory down.
 */
import { createRequire } from 'node:module';
import type OpenAI from 'openai';

let loaded: typeof OpenAI | undefined;

/** The `OpenAI` client class. */
export function openAiClientClass(): typeof OpenAI {
  loaded ??= (createRequire(import.meta.url)('openai') as { OpenAI: typeof OpenAI }).OpenAI;
  return loaded;
}
