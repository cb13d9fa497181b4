/** The polling loop the outbox sender and the inbox worker share: passes on notify, errors logged, clean stop. */
import { describe, expect, it } from 'vitest';
import { createPollLoop } from '../../../coach/delivery/poll-loop.js';
import { recordingLogger } from '../../helpers/delivery.js';

/** A pass that waits for the test to let it go, counting how many began. */
function gatedPass(failFirst = false) {
  let began = 0;
  const gates: (() => void)[] = [];
  const waiting: ((n: number) => void)[] = [];
  const pass = () => {
    began++;
    for (const w of waiting.splice(0)) w(began);
    return new Promise<void>((resolve, reject) =>
      gates.push(() => (failFirst && began === 1 ? reject(new TypeError('boom')) : resolve())),
    );
  };
  return {
    pass,
    began: () => began,
    /** Resolves once `n` passes have begun. */
    untilBegun: (n: number) =>
      new Promise<number>((resolve) => {
        if (began >= n) resolve(began);
        else waiting.push((b) => b >= n && resolve(b));
      }),
    release: () => gates.shift()?.(),
  };
}

describe('poll loop', () => {
  it('a notify during a pass runs another right after it; stop waits for the pass under way', async () => {
    const gated = gatedPass();
    const loop = createPollLoop(gated.pass, {
      pollMs: 3_600_000,
      logger: recordingLogger().logger,
      name: 't',
    });
    loop.start();
    loop.start(); // a second start changes nothing
    await gated.untilBegun(1);
    loop.notify();
    gated.release();
    await gated.untilBegun(2);
    const stopped = loop.stop();
    gated.release();
    await stopped;
    expect(gated.began()).toBe(2);
  });

  it('a pass that throws is logged by its error name and the loop goes on', async () => {
    const gated = gatedPass(true);
    const { logger, lines } = recordingLogger();
    const loop = createPollLoop(gated.pass, { pollMs: 3_600_000, logger, name: 'inbox' });
    loop.start();
    await gated.untilBegun(1);
    gated.release();
    loop.notify();
    await gated.untilBegun(2);
    const stopped = loop.stop();
    gated.release();
    await stopped;
    expect(lines).toEqual([{ error: 'TypeError', msg: 'inbox pass failed' }]);
  });
});
