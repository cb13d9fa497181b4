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

  describe('pacing a runner whose messages queue behind each other', () => {
    /** A clock moved only by the queue's own sleeps, and the sleeps it asked for (ms). */
    function fakeTime() {
      let t = 0;
      const slept: number[] = [];
      return {
        now: () => t,
        sleep: async (ms: number) => {
          slept.push(ms);
          t += ms;
        },
        slept,
        pass: (ms: number) => (t += ms),
      };
    }

    it('answers the first `burst` back to back, then one every 1 / perSecond s', async () => {
      const time = fakeTime();
      const queue = createRunnerQueue({ burst: 3, perSecond: 4, now: time.now, sleep: time.sleep });
      const order: number[] = [];
      await Promise.all(Array.from({ length: 6 }, (_, i) => queue.run('a', async () => void order.push(i))));
      expect(order).toEqual([0, 1, 2, 3, 4, 5]);
      expect(time.slept).toEqual([250, 250, 250]);
    });

    it('never paces another runner, nor a runner whose messages do not wait for each other', async () => {
      const time = fakeTime();
      const queue = createRunnerQueue({ burst: 2, perSecond: 1, now: time.now, sleep: time.sleep });
      // One runner floods; another runner's messages at the same time go at once.
      const flood = Array.from({ length: 4 }, () => queue.run('a', async () => 'a'));
      expect(await queue.run('b', async () => 'b')).toBe('b');
      await Promise.all(flood);
      expect(time.slept).toEqual([1000, 1000]);
      // One message at a time, each after the last was answered: never paced, however many.
      time.slept.length = 0;
      for (let i = 0; i < 10; i++) {
        await queue.run('c', async () => 'c');
        await tick();
      }
      expect(time.slept).toEqual([]);
    });

    it('gives back tokens for the time that passed while a message ran', async () => {
      const time = fakeTime();
      const queue = createRunnerQueue({ burst: 1, perSecond: 2, now: time.now, sleep: time.sleep });
      // Each message takes 300 ms: the next is due 500 ms after the last started, so it waits 200 ms.
      await Promise.all(Array.from({ length: 3 }, () => queue.run('a', async () => void time.pass(300))));
      expect(time.slept).toEqual([200, 200]);
    });
  });
});
