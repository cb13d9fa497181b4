import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import paces from '../../cli/commands/paces.js';
import type { CliIo } from '../../cli/command.js';
import { RACE_KEYS } from '../../coach/rules/units/race-distance.js';

async function runPaces(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: Readable.from([]),
  };
  const code = await paces.run(args, io);
  return { code, out, err };
}

function json(out: string): {
  vdot: number;
  paces: {
    easy: { from: number; to: number };
    marathon: number;
    threshold: number;
    interval: number;
    repetition: number;
  };
  reps: { interval: Record<string, number>; repetition: Record<string, number> };
  equivalents: Record<string, number>;
  pacesPerMile?: { marathon: number };
} {
  return JSON.parse(out);
}

describe('runloop paces', () => {
  it('prints the --json shape of issue 3 with numbers in seconds', async () => {
    const { code, out, err } = await runPaces('--race', '5k', '--time', '19:57', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const j = json(out);
    expect(j.vdot).toBe(50); // Table 5.1: VDOT 50 runs 5K in 19:57
    expect(j.paces).toEqual({
      easy: { from: 296, to: 334 },
      marathon: 271,
      threshold: 255,
      interval: 235,
      repetition: 217.5,
    });
    expect(j.reps.interval).toMatchObject({ '400m': 93, '1000m': 235, '1200m': 280 });
    expect(j.reps.repetition).toMatchObject({ '200m': 43, '300m': 65, '400m': 87 });
    expect(Object.keys(j.equivalents)).toEqual([...RACE_KEYS]);
    expect(j.equivalents).toMatchObject({ '5k': 1197, '10k': 2481, half: 5495, marathon: 11449 });
    for (const v of Object.values(j.equivalents)) expect(typeof v).toBe('number');
  });

  it('accepts --vdot and per-mile units', async () => {
    const { code, out } = await runPaces('--vdot', '52', '--units', 'mi', '--json');
    expect(code).toBe(0);
    const j = json(out);
    expect(j.vdot).toBe(52);
    expect(j.paces.marathon).toBe(262); // JSON paces stay per km
    expect(j.pacesPerMile?.marathon).toBeCloseTo(262 * 1.609344, 1);
  });

  it('prints a readable table per km or per mile', async () => {
    const km = await runPaces('--race', 'half', '--time', '1:31:35');
    expect(km.code).toBe(0);
    expect(km.out).toMatch(/^VDOT 50\.0 \(half in 1:31:35\)/);
    expect(km.out).toContain('Easy         4:56–5:34/km');
    expect(km.out).toContain('Threshold    4:15/km');
    expect(km.out).toMatch(/marathon\s+3:10:49/);
    const mi = await runPaces('--vdot', '50', '--units', 'mi');
    expect(mi.out).toContain('Training paces (per mile)');
    expect(mi.out).toContain('Threshold    6:50/mi');
  });

  it('reads named races and distances with units', async () => {
    for (const race of ['1500m', 'mile', '2mile', '15k', 'marathon', '8k', '12.5km', '3000m', '6mi']) {
      const r = await runPaces('--race', race, '--time', race === 'marathon' ? '3:30:00' : '45:00', '--json');
      if (['1500m', 'mile', '2mile', '3000m'].includes(race)) {
        expect(r.code, race).toBe(2); // 45 minutes for 1500 m–2 mile is VDOT < 20
      } else {
        expect(r.code, `${race}: ${r.err}`).toBe(0);
      }
    }
  });

  it('complains in one line on stderr and exits 2 on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['--race', '7furlongs', '--time', '20:00'], /Unknown distance "7furlongs"/],
      [['--race', '5k', '--time', '20'], /Malformed time "20"/],
      [['--race', 'marathon', '--time', '1:59:00'], /faster than the world record \(2:00:35\)/],
      [['--race', '5k', '--time', '12:00'], /faster than the world record/],
      [['--vdot', '95'], /VDOT must be a number from 20 to 90/],
      [['--vdot', 'fast'], /VDOT must be a number from 20 to 90/],
      [['--race', '5k', '--time', '59:00'], /VDOT of .* runloop works with 20–90/],
      [['--race', '5k'], /--race needs --time/],
      [['--time', '20:00'], /--time needs --race/],
      [[], /give --race and --time/],
      [['--vdot', '50', '--race', '5k', '--time', '20:00'], /not both/],
      [['--vdot', '50', '--units', 'yards'], /--units must be km or mi/],
      [['--speed', 'fast'], /Unknown option '--speed'/],
      [['5k', '20:00'], /positional/i],
    ];
    for (const [args, message] of cases) {
      const r = await runPaces(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out, args.join(' ')).toBe('');
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.err.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err.startsWith('runloop paces: ')).toBe(true);
    }
  });

  it('prints usage for --help', async () => {
    const r = await runPaces('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('runloop paces --race');
  });

  it('runs for real through bin/runloop.js', async () => {
    const bin = fileURLToPath(new URL('../../bin/runloop.js', import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'paces', '--race', '5k', '--time', '20:00', '--json'],
      {
        timeout: 30_000,
      },
    );
    const j = json(stdout);
    expect(j.vdot).toBeCloseTo(49.86, 2);
    expect(j.equivalents['5k']).toBe(1200);
    expect(j.paces.easy.from).toBeLessThan(j.paces.easy.to);
  });
});
