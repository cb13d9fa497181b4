/**
 * LLM wording: an OpenAI-compatible model rewrites the template reply in the persona, from the message
 * record alone, and four guards decide whether its text may replace the template's:
 * shape (non-empty prose within the length budget), numbers (only the message's numbers), safety (no
 * diagnosis, medication or running through pain; calm when softened) and time (the channel's budget).
 * Safety messages never reach the model. Options always come from the template.
 */
import type OpenAI from 'openai';
import type { Reply, WordingRequest } from '../coach-message.js';
import { allowedNumbers, checkNumbers } from '../guards/numbers-guard.js';
import { checkSafety } from '../guards/safety-guard.js';
import { checkShape } from '../guards/shape-guard.js';
import type { Channel } from '../persona.js';
import { isSafetyMessage, isSoftRequest } from '../templates/index.js';
import type { Wording } from '../wording.js';
import type { Budget } from './budgets.js';
import { budgetsWith } from './budgets.js';
import { BudgetExceeded, complete } from './complete.js';
import { buildPrompt, trustedRecord } from './prompt.js';

/** Why the template was used instead of the model's text (for logs and metrics). */
export type FallbackReason =
  | 'SAFETY_MESSAGE'
  | 'CHANNEL_NOTE'
  | 'TIMEOUT'
  | 'LLM_ERROR'
  | 'EMPTY'
  | 'GARBAGE'
  | 'TOO_LONG'
  | 'TOO_MANY_SENTENCES'
  | 'NUMBERS_CHANGED'
  | 'WHY_DROPPED'
  | 'UNSAFE_CONTENT';

/**
 * Words that carry a reason. A template that explains why ("Why: …") must keep a reason in the LLM text:
 * every reply that prescribes explains why (issue 5 §3; autonomy and competence, SDT).
 */
export const REASON_WORDS =
  /\b(why|because|since|so (that|you|we|your)|to (build|keep|recover|help|protect|raise|hold|stay|let)|after|as)\b/i;

export type WordingEvent =
  | { readonly type: 'llm_used'; readonly kind: string; readonly channel: Channel }
  | {
      readonly type: 'template_used';
      readonly kind: string;
      readonly channel: Channel;
      readonly reason: FallbackReason;
      readonly detail?: string;
    };

export interface LlmWordingDeps {
  /** An `openai` client; its `baseURL` may point at any OpenAI-compatible server. */
  readonly client: OpenAI;
  readonly model: string;
  /** The wording whose reply the model rewrites, and which is used whenever a guard says no. */
  readonly fallback: Wording;
  /** Per-channel overrides of `DEFAULT_BUDGETS`. */
  readonly budgets?: Partial<Record<Channel, Partial<Budget>>>;
  /** Ask for a streamed answer (SSE) instead of one JSON body. Default false. */
  readonly stream?: boolean;
  readonly temperature?: number;
  /** Told about every reply: whether the model's text was used, and if not, why. */
  readonly onEvent?: (event: WordingEvent) => void;
}

/**
 * Creates the LLM wording.
 *
 * @example
 * const wording = createLlmWording({
 *   client: new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' }),
 *   model: 'llama3.1', fallback: createTemplateWording(),
 * });
 * const reply = await wording.word({ message, persona: 'hype', channel: 'telegram' });
 * reply.source; // 'llm' when every guard passed, else 'template'
 */
export function createLlmWording(deps: LlmWordingDeps): Wording {
  const budgets = budgetsWith(deps.budgets);
  const emit = (e: WordingEvent): void => {
    try {
      deps.onEvent?.(e);
    } catch {
      // A failing observer never breaks a reply.
    }
  };

  return {
    async word(req: WordingRequest): Promise<Reply> {
      const template = await deps.fallback.word(req);
      const kind = req.message.kind;
      const fallback = (reason: FallbackReason, detail?: string): Reply => {
        emit({
          type: 'template_used',
          kind,
          channel: req.channel,
          reason,
          ...(detail !== undefined ? { detail } : {}),
        });
        return template;
      };
      // A question outside coaching has no facts for a model to word: it could only invent advice.
      if (isSafetyMessage(req.message) || kind === 'outside-coaching') return fallback('SAFETY_MESSAGE');
      // The channel's own lines are fixed text: nothing for a persona to add.
      if (kind === 'channel-note') return fallback('CHANNEL_NOTE');

      const budget = budgets[req.channel];
      const soft = isSoftRequest(req);
      let raw: string;
      try {
        raw = await complete({
          client: deps.client,
          model: deps.model,
          messages: buildPrompt(req, template, budget, soft),
          timeMs: budget.timeMs,
          maxChars: budget.maxChars,
          stream: deps.stream ?? false,
          ...(deps.temperature !== undefined ? { temperature: deps.temperature } : {}),
        });
      } catch (e) {
        return e instanceof BudgetExceeded
          ? fallback('TIMEOUT')
          : fallback('LLM_ERROR', e instanceof Error ? e.name : undefined);
      }

      const shape = checkShape(raw, budget);
      if (!shape.ok) return fallback(shape.code);
      // The template text is trusted for its numbers, minus the runner's name (their words, not facts).
      const trusted =
        req.name !== undefined && req.name !== '' ? template.text.split(req.name).join(' ') : template.text;
      const allowed = allowedNumbers([trustedRecord(req.message)], [trusted]);
      const numbers = checkNumbers(shape.text, allowed);
      if (!numbers.ok) return fallback('NUMBERS_CHANGED', numbers.unknown.join(' '));
      const safety = checkSafety(shape.text, soft);
      if (!safety.ok) return fallback('UNSAFE_CONTENT', `${safety.code}: ${safety.match}`);

      if (/\bWhy\b/.test(template.text) && !REASON_WORDS.test(shape.text)) return fallback('WHY_DROPPED');

      emit({ type: 'llm_used', kind, channel: req.channel });
      return { text: shape.text, options: template.options, source: 'llm' };
    },
  };
}
