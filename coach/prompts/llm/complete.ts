/**
 * One chat completion under a time budget, streaming or not, with the openai SDK against any
 * OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp). Resolves to the text, or rejects on error,
 * timeout or a malformed answer; the caller falls back to the template either way.
 */
import type OpenAI from 'openai';
import { z } from 'zod';
import type { ChatMessage } from './prompt.js';
import { retriesFor } from './budgets.js';

export interface CompleteOptions {
  readonly client: OpenAI;
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  /** Wall-clock budget for the call, retries included, ms. */
  readonly timeMs: number;
  /** Stop reading a stream after this many characters (the text is over budget anyway). */
  readonly maxChars: number;
  readonly stream: boolean;
  readonly temperature?: number;
}

/** The part of a non-streaming answer runloop reads. */
const Completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
});
/** The part of a stream chunk runloop reads. */
const Chunk = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullable().optional() }).optional() })),
});

/** Raised when the budget runs out before the answer is complete. */
export class BudgetExceeded extends Error {
  constructor(timeMs: number) {
    super(`LLM answer not ready within ${timeMs} ms`);
    this.name = 'BudgetExceeded';
  }
}

/**
 * Asks the model, within `timeMs`: the SDK gets the budget as its per-attempt `timeout`, `maxRetries` from
 * `retriesFor`, and an AbortSignal that fires when the budget is spent, so a stalled server, a slow stream
 * or retries cannot make the reply late.
 *
 * @example
 * const text = await complete({ client, model: 'llama3.1', messages, timeMs: 8000, maxChars: 1500, stream: false });
 */
export async function complete(o: CompleteOptions): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new BudgetExceeded(o.timeMs));
    }, o.timeMs);
  });
  const request = { signal: controller.signal, timeout: o.timeMs, maxRetries: retriesFor(o.timeMs) };
  const body = {
    model: o.model,
    messages: o.messages.map((m) => ({ role: m.role, content: m.content })),
    ...(o.temperature !== undefined ? { temperature: o.temperature } : {}),
  };
  const run = async (): Promise<string> => {
    if (!o.stream) {
      const res: unknown = await o.client.chat.completions.create({ ...body, stream: false }, request);
      const parsed = Completion.safeParse(res);
      if (!parsed.success) throw new Error('malformed completion');
      return parsed.data.choices[0]?.message.content ?? '';
    }
    const stream = await o.client.chat.completions.create({ ...body, stream: true }, request);
    let text = '';
    for await (const chunk of stream) {
      const parsed = Chunk.safeParse(chunk);
      if (!parsed.success) throw new Error('malformed stream chunk');
      text += parsed.data.choices[0]?.delta?.content ?? '';
      if (text.length > o.maxChars) {
        controller.abort();
        break;
      }
    }
    return text;
  };
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    controller.abort();
  }
}
