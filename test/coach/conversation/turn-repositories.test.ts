import { describe, expect, it } from 'vitest';
import type { Repositories } from '../../../coach/ports/repositories.js';
import { NeedsWrite, readOnly, rememberingReads } from '../../../coach/conversation/turn-repositories.js';

/** Repositories whose every call is recorded; reads answer from `rows`. */
function recorded() {
  const calls: string[] = [];
  const rows: { plan: unknown; runs: { id: string; assessment?: unknown }[] } = {
    plan: { version: 1 },
    runs: [{ id: 'a' }, { id: 'c' }],
  };
  const repos = {
    plans: {
      active: async (id: string) => (calls.push(`plans.active ${id}`), rows.plan),
      setStatus: async () => (calls.push('plans.setStatus'), undefined),
    },
    activities: {
      list: async (id: string) => (calls.push(`activities.list ${id}`), rows.runs),
      add: async () => (calls.push('activities.add'), { id: 'b' }),
      count: async () => (calls.push('activities.count'), rows.runs.length),
      setAssessment: async (_athleteId: string, id: string, assessment: unknown) => {
        calls.push('activities.setAssessment');
        const i = rows.runs.findIndex((r) => r.id === id);
        if (i < 0) return undefined;
        rows.runs = rows.runs.map((r) => (r.id === id ? { ...r, assessment } : r));
        return rows.runs[i];
      },
    },
    athletes: {
      findById: async () => (calls.push('athletes.findById'), undefined),
      saveState: async () => (calls.push('athletes.saveState'), undefined),
    },
  } as unknown as Repositories;
  return { calls, rows, repos };
}

describe('rememberingReads', () => {
  it('answers a repeated read from memory, per arguments', async () => {
    const { calls, repos } = recorded();
    const turn = rememberingReads(repos);
    await turn.plans.active('r1');
    await turn.plans.active('r1');
    await turn.plans.active('r2');
    expect(calls).toEqual(['plans.active r1', 'plans.active r2']);
  });

  it('forgets a repository’s reads when it is written, and what the write cascades to', async () => {
    const { calls, repos } = recorded();
    const turn = rememberingReads(repos);
    await turn.plans.active('r1');
    await turn.activities.list('r1');
    await turn.activities.add({} as never);
    await turn.plans.active('r1'); // a run added: the plan is still what was read
    await turn.activities.list('r1'); // read again
    await turn.plans.setStatus('r1', '2026-12-08', 'done');
    await turn.plans.active('r1');
    await turn.activities.list('r1'); // a plan write can unlink runs: read again
    await turn.athletes.saveState('r1', {} as never);
    await turn.plans.active('r1'); // the runner's row cascades to everything
    expect(calls).toEqual([
      'plans.active r1',
      'activities.list r1',
      'activities.add',
      'activities.list r1',
      'plans.setStatus',
      'plans.active r1',
      'activities.list r1',
      'athletes.saveState',
      'plans.active r1',
    ]);
  });

  it('puts a row changed in place into the remembered lists instead of reading them again', async () => {
    const { calls, repos } = recorded();
    const turn = rememberingReads(repos);
    await turn.activities.list('r1');
    await turn.activities.count('r1');
    await turn.activities.setAssessment('r1', 'c', { verdict: 'on-target' } as never);
    expect(await turn.activities.list('r1')).toEqual([
      { id: 'a' },
      { id: 'c', assessment: { verdict: 'on-target' } },
    ]);
    expect(await turn.activities.count('r1')).toBe(2);
    expect(calls).toEqual(['activities.list r1', 'activities.count', 'activities.setAssessment']);
  });

  it('forgets as for any write when the in-place write finds no row', async () => {
    const { calls, repos } = recorded();
    const turn = rememberingReads(repos);
    await turn.activities.list('r1');
    expect(await turn.activities.setAssessment('r1', 'gone', {} as never)).toBeUndefined();
    await turn.activities.list('r1');
    expect(calls).toEqual(['activities.list r1', 'activities.setAssessment', 'activities.list r1']);
  });

  it('hands each caller its own copy of a list', async () => {
    const { repos } = recorded();
    const turn = rememberingReads(repos);
    const first = await turn.activities.list('r1');
    (first as unknown[]).push({ id: 'x' });
    expect(await turn.activities.list('r1')).toEqual([{ id: 'a' }, { id: 'c' }]);
  });

  it('does not remember a failed read', async () => {
    let fail = true;
    const repos = {
      goals: {
        active: async () => {
          if (fail) throw new Error('connection lost');
          return { id: 'g' };
        },
      },
    } as unknown as Repositories;
    const turn = rememberingReads(repos);
    await expect(turn.goals.active('r1')).rejects.toThrow('connection lost');
    fail = false;
    expect(await turn.goals.active('r1')).toEqual({ id: 'g' });
  });
});

describe('readOnly', () => {
  it('reads, and refuses every write before it reaches the repository', async () => {
    const { calls, repos } = recorded();
    const turn = readOnly(repos);
    await turn.plans.active('r1');
    await expect(turn.activities.add({} as never)).rejects.toBeInstanceOf(NeedsWrite);
    await expect(turn.athletes.saveState('r1', {} as never)).rejects.toThrow(/saveState/);
    expect(calls).toEqual(['plans.active r1']);
  });
});
