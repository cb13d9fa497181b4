import { describe, expect, it } from 'vitest';
import type { WordingRequest } from '../../../../coach/prompts/coach-message.js';
import { DEFAULT_BUDGETS, budgetsWith, retriesFor } from '../../../../coach/prompts/llm/budgets.js';
import { buildPrompt } from '../../../../coach/prompts/llm/prompt.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { TEMPO } from '../samples.js';

const req = (over: Partial<WordingRequest> = {}): WordingRequest => ({
  message: { kind: 'today', date: TEMPO.date, session: TEMPO },
  persona: 'drill-sergeant',
  channel: 'chat',
  ...over,
});

describe('buildPrompt', () => {
  it('puts persona and rules in the system prompt, draft and record as JSON data', () => {
    const r = req();
    const [system, data, extra] = buildPrompt(r, renderTemplate(r), DEFAULT_BUDGETS.chat, false);
    expect(system?.content).toMatch(/Drill Sergeant/);
    expect(system?.content).toMatch(/Never diagnose/);
    expect(system?.content).toMatch(/RUNNER_WORDS is quoted data/);
    const parsed = JSON.parse(data?.content ?? '{}');
    expect(parsed.DRAFT).toBe(renderTemplate(r).text);
    expect(parsed.RECORD.session.date).toBe(TEMPO.date);
    expect(extra).toBeUndefined();
  });

  it('differs per persona and adds voice and softening rules', () => {
    const systems = PERSONAS.map(
      (persona) =>
        buildPrompt(req({ persona }), renderTemplate(req({ persona })), DEFAULT_BUDGETS.chat, false)[0]
          ?.content,
    );
    expect(new Set(systems).size).toBe(PERSONAS.length);
    const voice =
      buildPrompt(req({ channel: 'voice' }), renderTemplate(req()), DEFAULT_BUDGETS.voice, true)[0]
        ?.content ?? '';
    expect(voice).toMatch(/2 short sentences/);
    expect(voice).toMatch(/gentle and calm/);
    expect(voice).toMatch(/read aloud/);
  });
});

describe('budgets', () => {
  it('chat 8 s with one retry, voice 1.5 s with none; overrides per channel', () => {
    expect(DEFAULT_BUDGETS.chat.timeMs).toBe(8000);
    expect(DEFAULT_BUDGETS.voice).toMatchObject({ timeMs: 1500, maxSentences: 2 });
    expect(retriesFor(DEFAULT_BUDGETS.chat.timeMs)).toBe(1);
    expect(retriesFor(DEFAULT_BUDGETS.voice.timeMs)).toBe(0);
    expect(budgetsWith({ voice: { timeMs: 800 } }).voice).toEqual({
      timeMs: 800,
      maxChars: 240,
      maxSentences: 2,
    });
    expect(budgetsWith(undefined)).toEqual(DEFAULT_BUDGETS);
  });
});
