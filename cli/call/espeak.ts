/**
 * Speaks the coach's lines on the terminal with `espeak-ng` when it is installed: each step's lines in one
 * child process, started without waiting (the call keeps reading input), the previous one stopped when the
 * coach speaks again. Absent, failing or muted, it is silent and never fails the call.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface Speaker {
  /** Starts saying `lines` (stopping whatever is still being said). */
  say(lines: readonly string[]): void;
  /** Stops speaking. */
  stop(): void;
}

/** A speaker that says nothing. */
export const SILENT_SPEAKER: Speaker = { say: () => undefined, stop: () => undefined };

/** True when `which espeak-ng` finds it on PATH. */
export function hasEspeak(): boolean {
  try {
    return spawnSync('which', ['espeak-ng'], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
}

/** A speaker over `espeak-ng` (the command name is a parameter for tests). */
export function createEspeakSpeaker(command = 'espeak-ng'): Speaker {
  let current: ChildProcess | undefined;
  const stop = () => {
    // Only a child that started (has a pid) and still runs: a failed spawn must never be signalled.
    const pid = current?.pid;
    if (pid !== undefined && pid > 0 && current?.exitCode === null && current.signalCode === null)
      current.kill();
    current = undefined;
  };
  return {
    say(lines) {
      stop();
      const text = lines.join(' ').trim();
      if (text === '') return;
      try {
        const child = spawn(command, [text], { stdio: 'ignore' });
        child.on('error', () => undefined);
        child.unref();
        current = child;
      } catch {
        current = undefined;
      }
    },
    stop,
  };
}
