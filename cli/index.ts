/**
 * `runloop` command line: a thin face over coach/rules and the coach loop. Each command lives in
 * cli/commands/<name>.ts and is registered here.
 */
import type { CliCommand, CliIo } from './command.js';
import { EXIT_BAD_INPUT } from './command.js';

const commands: Record<string, () => Promise<CliCommand>> = {
  adapt: async () => (await import('./commands/adapt.js')).default,
  call: async () => (await import('./commands/call.js')).default,
  chat: async () => (await import('./commands/chat.js')).default,
  import: async () => (await import('./commands/import.js')).default,
  paces: async () => (await import('./commands/paces.js')).default,
  phone: async () => (await import('./commands/phone.js')).default,
  plan: async () => (await import('./commands/plan.js')).default,
  token: async () => (await import('./commands/token.js')).default,
};

/** Runs `runloop <command> [args]`; resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(await usage());
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`runloop: unknown command "${name}". Try: runloop help\n`);
    return EXIT_BAD_INPUT;
  }
  return (await load()).run(rest, io);
}

async function usage(): Promise<string> {
  const lines = ['Usage: runloop <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(commands))
    lines.push(`  ${name.padEnd(8)} ${(await load()).summary}`);
  return `${lines.join('\n')}\n`;
}
