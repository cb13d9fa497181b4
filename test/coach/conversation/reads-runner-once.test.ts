/**
 * One message reads the runner once — locked, inside its transaction — and writes them once, through
 * `saveState` (not at all when nothing about them changed). A question reads them once, unlocked, with no
 * transaction at all. Counted on the real repositories through a
 * counting wrapper. Only a message the parser cannot read, with an LLM extractor configured, takes a
 * second pass: the model is asked with no transaction open.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import OpenAI from 'openai';
import { eq } from 'drizzle-orm';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import type { AthleteRepository } from '../../../coach/ports/athlete-repository.js';
import type { UnitOfWork } from '../../../coach/ports/repositories.js';
import { createLlmExtractor } from '../../../coach/prompts/llm/extract-intent.js';
import { athletes } from '../../../db/schema/index.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/openai-server.js';
import { coachDeps, SAMPLE_PROFILE, newChatRunner } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const READS = ['findById', 'lockForUpdate', 'findByPhone', 'findByTelegramChat'];

/** The real repository, with every call counted by method name. */
function counting(real: AthleteRepository, calls: Map<string, number>): AthleteRepository {
  return new Proxy(real, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describeEachDatabase('a message reads the runner once', (ctx) => {
  let fake: FakeOpenAiServer;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer();
  });
  afterAll(async () => fake.close());

  const calls = new Map<string, number>();
  let open = 0;
  let transactions = 0;
  const base = () => coachDeps(ctx.handle, { now: () => new Date('2026-12-08T18:00:00Z') });
  /** The real deps, with the athlete repository counted inside and outside transactions. */
  function deps(withExtractor = false): CoachDeps {
    const real = base();
    const unitOfWork: UnitOfWork = {
      run: async (work) => {
        open += 1;
        transactions += 1;
        try {
          return await real.unitOfWork.run((repos) =>
            work({ ...repos, athletes: counting(repos.athletes, calls) }),
          );
        } finally {
          open -= 1;
        }
      },
    };
    return {
      ...real,
      repositories: { ...real.repositories, athletes: counting(real.repositories.athletes, calls) },
      unitOfWork,
      ...(withExtractor
        ? {
            extractor: createLlmExtractor({
              client: new OpenAI({ baseURL: fake.baseURL, apiKey: 'k', maxRetries: 0 }),
              model: 'm',
            }),
          }
        : {}),
    };
  }
  const count = (names: readonly string[]) => names.reduce((n, name) => n + (calls.get(name) ?? 0), 0);

  async function onboarded() {
    const r = await onboard(
      base().unitOfWork,
      { name: 'Ana', timezone: 'UTC' },
      SAMPLE_PROFILE,
      '2026-12-07',
    );
    if (!r.ok) throw new Error(r.code);
    return r.value.athlete.id;
  }
  async function send(athleteId: string, text: string, withExtractor = false) {
    calls.clear();
    const out = await handleMessage(deps(withExtractor), { athleteId, text, channel: 'chat' });
    if (!out.ok) throw new Error(out.code);
    return out.value;
  }

  it('a logged run: one locked read, one write', async () => {
    const id = await onboarded();
    const out = await send(id, 'ran 8 km in 48 min yesterday');
    expect(out.events.map((e) => e.type)).toContain('activity_logged');
    expect(count(READS)).toBe(1);
    expect(calls.get('lockForUpdate')).toBe(1);
    expect(calls.get('saveState')).toBe(1);
    expect(calls.get('update')).toBeUndefined();
  });

  it('a question: one read, no lock, no transaction and no write (nothing about the runner changed)', async () => {
    const id = await onboarded();
    await send(id, 'what is today?');
    const before = await base().repositories.athletes.findById(id);
    transactions = 0;
    const out = await send(id, 'what is today?');
    expect(out.replies.length).toBeGreaterThan(0);
    expect(count(READS)).toBe(1);
    expect(calls.get('lockForUpdate')).toBeUndefined();
    expect(transactions).toBe(0);
    expect(calls.get('saveState')).toBeUndefined();
    expect(calls.get('update')).toBeUndefined();
    expect((await base().repositories.athletes.findById(id))?.updatedAt).toBe(before?.updatedAt);
  });

  it('a question is answered while another message holds the runner’s lock (PostgreSQL: a pool of connections)', async () => {
    if (ctx.engine !== 'postgres') return;
    const id = await onboarded();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = base().unitOfWork.run(async (repos) => {
      await repos.athletes.lockForUpdate(id);
      locked();
      await held;
    });
    await lockTaken;
    try {
      const out = await send(id, 'what are my paces?');
      expect(out.replies.length).toBeGreaterThan(0);
    } finally {
      release();
      await holder;
    }
  });

  it('a persona change is saved with the state, and the reply is already in the new voice', async () => {
    const id = await onboarded();
    const out = await send(id, 'be my drill sergeant');
    expect(out.events).toEqual([{ type: 'persona_changed', persona: 'drill-sergeant' }]);
    expect(count(READS)).toBe(1);
    expect(calls.get('saveState')).toBe(1);
    expect(calls.get('update')).toBeUndefined();
    expect((await base().repositories.athletes.findById(id))?.persona).toBe('drill-sergeant');
  });

  it('an onboarding answer: one read, and the draft and the units saved in one write', async () => {
    const athlete = await newChatRunner(base(), { name: 'Mo', timezone: 'UTC' });
    await send(athlete.id, 'miles');
    expect(count(READS)).toBe(1);
    expect(calls.get('saveState')).toBe(1);
    expect(calls.get('update')).toBeUndefined();
    const stored = await base().repositories.athletes.findById(athlete.id);
    expect(stored?.units).toBe('mi');
    expect(stored?.state.onboarding?.units).toBe('mi');
  });

  it('a message only the LLM can read: the model is asked with no transaction open', async () => {
    const id = await onboarded();
    let openWhileAsked: number | undefined;
    fake.script(() => {
      openWhileAsked = open;
      return { text: '{"intent":"log_run","distanceKm":10,"durationMinutes":58}' };
    });
    const out = await send(
      id,
      'did the river loop with the dog, ten clicks-ish, took just under the hour',
      true,
    );
    expect(out.events.map((e) => e.type)).toContain('activity_logged');
    expect(openWhileAsked).toBe(0);
    // The first pass found nothing to read and wrote nothing; the second read the runner again and saved.
    expect(calls.get('lockForUpdate')).toBe(2);
    expect(calls.get('saveState')).toBe(1);
  });

  it('an onboarding answer the intent parser cannot read is not sent to the model', async () => {
    const athlete = await newChatRunner(base(), { name: 'Jo', timezone: 'UTC' });
    let asked = 0;
    fake.script(() => {
      asked += 1;
      return { text: '{"intent":"unknown"}' };
    });
    await send(athlete.id, 'miles please', true);
    expect(asked).toBe(0);
    expect(count(READS)).toBe(1);
    expect((await base().repositories.athletes.findById(athlete.id))?.units).toBe('mi');
  });

  it('a stored state that does not validate does not crash the message', async () => {
    const id = await onboarded();
    await ctx.handle.db
      .update(athletes)
      .set({ profile: { version: 1, conversation: { pendingRpe: 'garbled' } } })
      .where(eq(athletes.id, id));
    const out = await send(id, 'what is today?');
    expect(out.replies.length).toBeGreaterThan(0);
    const stored = await base().repositories.athletes.findById(id);
    expect(stored?.state.unreadable).toEqual({ conversation: { pendingRpe: 'garbled' } });
  });
});
