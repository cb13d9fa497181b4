/**
 * A phone call on the terminal: the in-process voice flow (`voice/local-call.ts`, the same TwiML routes as
 * Twilio's) followed line by line. The coach's lines are printed (and spoken); each typed line is the
 * caller's turn: text is speech (confidence 1), a single digit is a key press, an empty line is silence,
 * `/hangup` or the end of input hangs up (the status callback `completed`, so the RPE follow-up happens).
 */
import { createInterface } from 'node:readline';
import { callTurn, endCall, startCall } from '../../coach/channel.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { startLocalCall } from '../../voice/index.js';
import type { CliIo } from '../command.js';
import { SILENT_SPEAKER, type Speaker } from './espeak.js';

/** What a typed line means on the call. */
export type CallerInput =
  | { readonly kind: 'speech'; readonly text: string }
  | { readonly kind: 'keys'; readonly digits: string }
  | { readonly kind: 'silence' }
  | { readonly kind: 'hangup' };

/** Reads one typed line as the caller's turn. */
export function callerInput(line: string): CallerInput {
  const text = line.trim();
  if (text === '') return { kind: 'silence' };
  if (/^\/(hangup|hang-up|quit|q)$/i.test(text)) return { kind: 'hangup' };
  if (/^[0-9]$/.test(text)) return { kind: 'keys', digits: text };
  return { kind: 'speech', text };
}

/** Runs the call from `from` until the coach or the caller hangs up; resolves to the exit code (0). */
export async function callOnTerminal(
  deps: CoachDeps,
  io: CliIo,
  options: { readonly from: string; readonly speaker?: Speaker },
): Promise<number> {
  const speaker = options.speaker ?? SILENT_SPEAKER;
  const call = await startLocalCall(
    { coach: deps, calls: { startCall, callTurn, endCall } },
    { from: options.from },
  );
  const lines = createInterface({ input: io.stdin, terminal: false });
  const iterator = lines[Symbol.asyncIterator]();
  const show = () => {
    for (const line of call.lines) io.stdout(`coach: ${line}\n`);
    speaker.say(call.lines);
  };
  try {
    show();
    while (!call.ended) {
      io.stdout('you: ');
      const next = await iterator.next();
      const input = next.done ? ({ kind: 'hangup' } as const) : callerInput(next.value);
      if (next.done) io.stdout('\n');
      if (input.kind === 'hangup') break;
      if (input.kind === 'speech') await call.speak(input.text, 1);
      else if (input.kind === 'keys') await call.press(input.digits);
      else await call.silence();
      show();
    }
  } finally {
    lines.close();
    await call.close();
  }
  io.stdout('[call ended]\n');
  return 0;
}
