import { describe, expect, it } from 'vitest';
import { createRunnerQueue } from '../../../coach/conversation/runner-queue.js';

/** A work that waits until `release()` is called, recording when it starts and ends. */
function gate(log: string[], name: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const work = async () => {
    log.push(`${name} start`);
    await released;
    log.push(`${name} end`);
    return name;
  };
  return { work, release };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the runner queue', () => {
  it('runs one runner’s works one at a time, in order, and other runners’ beside them', async () => {
    const queue = createRunnerQueue();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const done = [queue.run('a', a1.work), queue.run('a', a2.work), queue.run('b', b1.work)];
    await tick();
    expect(log).toEqual(['a1 start', 'b1 start']);
    b1.release();
    await tick();
    expect(log).toEqual(['a1 start', 'b1 start', 'b1 end']);
    a1.release();
    await tick();
    expect(log.slice(3)).toEqual(['a1 end', 'a2 start']);
    a2.release();
    expect(await Promise.all(done)).toEqual(['a1', 'a2', 'b1']);
  });

  it('goes on after a failure, which stays its own caller’s', async () => {
    const queue = createRunnerQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('boom')));
    const next = queue.run('a', async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('next');
  });

  it('forgets a runner once nothing of theirs is queued or running', async () => {
    const queue = createRunnerQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const running = queue.run('a', a.work);
    expect(queue.size).toBe(1);
    a.release();
    await running;
    await tick();
    expect(queue.size).toBe(0);
  });
});
