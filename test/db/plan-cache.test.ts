import { describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../coach/ports/plan-repository.js';
import { createPlanCache, NO_PLAN_CACHE } from '../../db/plan-cache.js';

const planOf = (id: string): StoredPlan =>
  ({
    id,
    athleteId: 'a',
    version: 1,
    createdAt: '2026-12-01T00:00:00.000Z',
    plan: { weeks: [{ sessions: [{ id: 's', steps: [] }] }] },
    sessions: [{ id: 's', steps: [] }],
  }) as unknown as StoredPlan;

describe('plan cache', () => {
  it('keeps the most recently used plans, up to its size', () => {
    const cache = createPlanCache({ maxEntries: 2 });
    cache.set('a', { revision: 1, plan: planOf('p1') });
    cache.set('b', { revision: 1, plan: planOf('p2') });
    expect(cache.get('a')?.plan.id).toBe('p1');
    cache.set('c', { revision: 1, plan: planOf('p3') });
    expect([cache.get('a')?.plan.id, cache.get('b'), cache.get('c')?.plan.id]).toEqual([
      'p1',
      undefined,
      'p3',
    ]);
    expect(cache.size).toBe(2);
    cache.forget('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps nothing with a size of 0 (PLAN_CACHE_ENTRIES=0)', () => {
    const cache = createPlanCache({ maxEntries: 0 });
    cache.set('a', { revision: 1, plan: planOf('p1') });
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('freezes what it keeps, so no reader changes what the next one gets', () => {
    const cache = createPlanCache();
    cache.set('a', { revision: 1, plan: planOf('p1') });
    const kept = cache.get('a')!.plan;
    expect(() => (kept.sessions as unknown[]).push({})).toThrow(TypeError);
    expect(() => ((kept.plan.weeks[0]!.sessions[0] as unknown as { steps: unknown[] }).steps = [])).toThrow(
      TypeError,
    );
  });

  it('a staged view reaches the cache only when published', () => {
    const cache = createPlanCache();
    cache.set('a', { revision: 1, plan: planOf('p1') });
    const staged = cache.staged();
    staged.set('a', { revision: 2, plan: planOf('p1') });
    staged.set('b', { revision: 1, plan: planOf('p2') });
    expect(staged.get('a')?.revision).toBe(2);
    expect([cache.get('a')?.revision, cache.get('b')]).toEqual([1, undefined]);
    staged.publish();
    expect([cache.get('a')?.revision, cache.get('b')?.revision]).toEqual([2, 1]);
    const dropping = cache.staged();
    dropping.forget('a');
    expect([dropping.get('a'), cache.get('a')?.revision]).toEqual([undefined, 2]);
    dropping.publish();
    expect(cache.get('a')).toBeUndefined();
    const discarded = cache.staged();
    discarded.set('b', { revision: 9, plan: planOf('p2') });
    expect(cache.get('b')?.revision).toBe(1);
  });

  it('the empty cache keeps nothing', () => {
    NO_PLAN_CACHE.set('a', { revision: 1, plan: planOf('p1') });
    const staged = NO_PLAN_CACHE.staged();
    staged.set('a', { revision: 1, plan: planOf('p1') });
    staged.publish();
    expect([NO_PLAN_CACHE.get('a'), staged.get('a'), NO_PLAN_CACHE.size]).toEqual([undefined, undefined, 0]);
  });
});
