/** `runloop phone`: a runner's number linked for the phone line, unlinked, or refused. */
import { expect, it } from 'vitest';
import { main } from '../../cli/index.js';
import { linkPhone } from '../../cli/commands/phone.js';
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

describeEachDatabase('runloop phone', (ctx) => {
  it('links, refuses another runner’s number, and unlinks', async () => {
    const athletes = coachDeps(ctx.handle).repositories.athletes;
    const ana = await athletes.create({ name: 'Ana' });
    const ben = await athletes.create({ name: 'Ben' });
    if (!ana.ok || !ben.ok) throw new Error('runners not created');
    const t = terminal();
    expect(await linkPhone(athletes, t.cli, ana.value.id, '+4915112345678')).toBe(0);
    expect(t.io.out).toBe('phone linked: +4915112345678\n');
    expect((await athletes.findByPhone('+4915112345678'))?.id).toBe(ana.value.id);
    expect(await linkPhone(athletes, t.cli, ben.value.id, '+4915112345678')).toBe(2);
    expect(t.io.err).toMatch(/belongs to another runner/);
    expect((await athletes.findById(ben.value.id))?.phoneE164).toBeUndefined();
    expect(await linkPhone(athletes, t.cli, ana.value.id, undefined)).toBe(0);
    expect(await athletes.findByPhone('+4915112345678')).toBeUndefined();
    expect(await linkPhone(athletes, t.cli, '00000000-0000-4000-8000-000000000000', undefined)).toBe(2);
  });
});

it.each([
  [['phone', '+4915112345678'], /--runner ID is required/],
  [['phone', '--runner', 'x'], /give one phone number/],
  [['phone', '--runner', 'x', '0151 123'], /E\.164/],
  [['phone', '--runner', 'x', '--clear', '+4915112345678'], /give one phone number/],
])('runloop %j is refused with one line (exit 2)', async (argv, message) => {
  const t = terminal();
  expect(await main(argv, t.cli)).toBe(2);
  expect(t.io.err).toMatch(message);
});
