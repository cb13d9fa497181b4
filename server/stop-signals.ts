/**
 * What SIGTERM and SIGINT do to the process. The first starts the graceful stop (`stop`). A repeated SIGTERM
 * never cuts it short: a supervisor's SIGTERM to a process group reaches the server and also `npm` (or tsx),
 * which forwards its own copy; the grace period bounds the stop, and a supervisor that will not wait sends
 * SIGKILL. A SIGINT once stopping (Ctrl-C pressed again) exits at once (`exitNow`), unless it comes within
 * `SAME_SIGNAL_MS` of a first SIGINT: that is the same Ctrl-C, forwarded by npm.
 */

export type StopSignal = 'SIGTERM' | 'SIGINT';

/** How soon after a SIGINT another one is taken for the same Ctrl-C forwarded by a parent process, ms. */
export const SAME_SIGNAL_MS = 100;

export interface StopSignalsDeps {
  readonly on: (signal: StopSignal, listener: (signal: StopSignal) => void) => void;
  readonly off: (signal: StopSignal, listener: (signal: StopSignal) => void) => void;
  /** Milliseconds of a monotonic clock. */
  readonly now: () => number;
  readonly stop: (signal: StopSignal) => void;
  readonly exitNow: (signal: StopSignal) => void;
}

const SIGNALS: readonly StopSignal[] = ['SIGTERM', 'SIGINT'];

/** Listens for SIGTERM and SIGINT; `uninstall` stops listening. */
export function handleStopSignals(deps: StopSignalsDeps): { uninstall(): void } {
  let first: { readonly signal: StopSignal; readonly at: number } | undefined;
  const listener = (signal: StopSignal) => {
    const at = deps.now();
    if (first === undefined) {
      first = { signal, at };
      deps.stop(signal);
      return;
    }
    if (signal === 'SIGTERM') return;
    if (first.signal === 'SIGINT' && at - first.at < SAME_SIGNAL_MS) return;
    deps.exitNow(signal);
  };
  SIGNALS.forEach((signal) => deps.on(signal, listener));
  return { uninstall: () => SIGNALS.forEach((signal) => deps.off(signal, listener)) };
}
