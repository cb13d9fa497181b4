/**
 * What SIGTERM and SIGINT do to the process, and what a repeat does: a repeated SIGTERM (npm or tsx
 * forwarding the copy their process group already got) never cuts the graceful stop short; a second Ctrl-C
 * exits at once, unless it is the same Ctrl-C forwarded a moment later.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SAME_SIGNAL_MS, handleStopSignals } from '../../server/stop-signals.js';

function harness() {
  const emitter = new EventEmitter();
  let now = 0;
  const calls: string[] = [];
  const handled = handleStopSignals({
    on: (signal, listener) => emitter.on(signal, listener),
    off: (signal, listener) => emitter.off(signal, listener),
    now: () => now,
    stop: (signal) => calls.push(`stop ${signal}`),
    exitNow: (signal) => calls.push(`exit ${signal}`),
  });
  return {
    calls,
    handled,
    send: (signal: 'SIGTERM' | 'SIGINT', atMs: number) => {
      now = atMs;
      emitter.emit(signal, signal);
    },
    listeners: () => emitter.listenerCount('SIGTERM') + emitter.listenerCount('SIGINT'),
  };
}

describe('handleStopSignals', () => {
  it('starts the graceful stop once on SIGTERM, whatever repeats follow and however late', () => {
    const h = harness();
    h.send('SIGTERM', 1_000);
    h.send('SIGTERM', 1_002);
    h.send('SIGTERM', 9_000);
    expect(h.calls).toEqual(['stop SIGTERM']);
  });

  it('a second SIGINT exits at once, but not the same Ctrl-C forwarded within SAME_SIGNAL_MS', () => {
    const h = harness();
    h.send('SIGINT', 1_000);
    h.send('SIGINT', 1_000 + SAME_SIGNAL_MS - 1);
    expect(h.calls).toEqual(['stop SIGINT']);
    h.send('SIGINT', 1_000 + SAME_SIGNAL_MS + 200);
    expect(h.calls).toEqual(['stop SIGINT', 'exit SIGINT']);
  });

  it('a SIGINT after a SIGTERM exits at once (someone at the terminal will not wait)', () => {
    const h = harness();
    h.send('SIGTERM', 1_000);
    h.send('SIGINT', 5_000);
    expect(h.calls).toEqual(['stop SIGTERM', 'exit SIGINT']);
  });

  it('a SIGTERM after a SIGINT does not cut the stop short', () => {
    const h = harness();
    h.send('SIGINT', 1_000);
    h.send('SIGTERM', 5_000);
    expect(h.calls).toEqual(['stop SIGINT']);
  });

  it('uninstalls its listeners', () => {
    const h = harness();
    expect(h.listeners()).toBe(2);
    h.handled.uninstall();
    expect(h.listeners()).toBe(0);
  });
});
