/** `runloop token`: a runner-scoped API token issued (printed once, stored as a hash), revoked, or refused. */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { main } from '../../cli/index.js';
import { runnerToken } from '../../cli/commands/token.js';
import { coachDeps } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

function terminal() {
  const io = { out: '', err: '' };
  return {
    io,
    cli: {
      stdout: (t: string) => void (io.out += t),
      stderr: (t: string) => void (io.err += t),
      stdin: process.stdin,
    },
  };
}

describeEachDatabase('runloop token', (ctx) => {
  it('issues a token that verifies for the runner only, and revokes it', async () => {
    const repos = coachDeps(ctx.handle).repositories;
    const ana = await repos.athletes.create({ name: 'Ana' });
    if (!ana.ok) throw new Error(ana.code);
    const t = terminal();
    expect(await runnerToken(repos, t.cli, ana.value.id.toUpperCase(), undefined)).toBe(0);
    const token = t.io.out.trim();
    expect(token).toMatch(/^rl_[\w-]{40,}$/);
    const verified = await repos.tokens.verify(token);
    expect(verified).toMatchObject({ athleteId: ana.value.id, issuedBy: 'cli' });
    expect(t.io.err).toContain(`--revoke ${verified!.id}`);
    const [listed] = await repos.tokens.list(ana.value.id);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(JSON.stringify(listed)).not.toContain(createHash('sha256').update(token).digest('hex'));

    expect(await runnerToken(repos, t.cli, ana.value.id, verified!.id)).toBe(0);
    expect(t.io.out).toContain('token revoked');
    expect(await repos.tokens.verify(token)).toBeUndefined();
    expect(await runnerToken(repos, t.cli, ana.value.id, verified!.id)).toBe(2);
    expect(await runnerToken(repos, t.cli, '00000000-0000-4000-8000-000000000000', undefined)).toBe(2);
    expect(t.io.err).toMatch(/no runner with id/);
  });
});

it('runloop token without --runner is refused with one line (exit 2)', async () => {
  const t = terminal();
  expect(await main(['token'], t.cli)).toBe(2);
  expect(t.io.err).toMatch(/--runner ID is required/);
});
