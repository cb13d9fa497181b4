/** What every `runloop <command>` gets: its arguments and where to write. Exit codes: 0 ok, 2 bad input. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, for commands that read JSON (e.g. `runloop adapt < scenario.json`). */
  stdin: NodeJS.ReadableStream;
}

export interface CliCommand {
  /** One line for `runloop help`. */
  readonly summary: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit code for a caller's mistake (bad flag, malformed value): one line on stderr, then exit 2. */
export const EXIT_BAD_INPUT = 2;

/** Reads a stream to the end as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** A caller's mistake: one line on stderr naming the command, then exit code 2. */
export function badInput(io: CliIo, command: string, message: string): number {
  io.stderr(`runloop ${command}: ${message}\n`);
  return EXIT_BAD_INPUT;
}
