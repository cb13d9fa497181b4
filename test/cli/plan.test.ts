import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import plan from '../../cli/commands/plan.js';
import type { CliIo } from '../../cli/command.js';
import { weekday as dayOf } from '../../coach/rules/calendar/weekday.js';
import type { PlanJson } from '../../coach/prompts/plan-json.js';
import { PURPOSE_CODES, type Plan } from '../../coach/rules/plan/types.js';

async function runPlan(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: Readable.from([]) };
  const code = await plan.run(args, io);
  return { code, out, err };
}

const EXAMPLE = [
  '--race',
  '5k',
  '--time',
  '25:00',
  '--goal',
  'half',
  '--race-date',
  '2027-04-18',
  '--start',
  '2026-12-07',
  '--days',
  'mon,wed,fri,sun',
  '--long-day',
  'sun',
  '--weekly-km',
  '25',
  '--level',
  'intermediate',
  '--age',
  '41',
];

const STEP_KINDS = ['warmup', 'run', 'rep', 'recovery', 'cooldown', 'walk', 'strides'];
const INTENSITIES = ['E', 'M', 'T', 'I', 'R', 'walk'];

describe('runloop plan', () => {
  it('prints the JSON shape of issue 4', async () => {
    const { code, out, err } = await runPlan(
      ...EXAMPLE,
      '--injury',
      'knee:recent',
      '--max-hr',
      '186',
      '--json',
    );
    expect(code).toBe(0);
    expect(err).toBe('');
    const j = JSON.parse(out) as PlanJson;
    expect(typeof j.vdot).toBe('number');
    expect(j.feasibility).toMatchObject({
      ok: expect.any(Boolean),
      predictedTime: expect.any(Number),
      message: expect.any(String),
    });
    expect(j.weeks).toHaveLength(19);
    for (const w of j.weeks) {
      expect(Object.keys(w)).toEqual(
        expect.arrayContaining(['index', 'start', 'phase', 'downWeek', 'minutes', 'km', 'sessions']),
      );
      expect(w.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of w.sessions) {
        expect(s).toMatchObject({
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          kind: expect.any(String),
          hard: expect.any(Boolean),
        });
        expect(typeof s.minutes).toBe('number');
        expect(typeof s.km).toBe('number');
        expect(s.purpose.length).toBeGreaterThan(10);
        expect(PURPOSE_CODES).toContain(s.purposeCode);
        for (const st of s.steps) {
          expect(STEP_KINDS).toContain(st.kind);
          expect(INTENSITIES).toContain(st.intensity);
          if (st.pace) expect(st.pace.from).toBeLessThanOrEqual(st.pace.to);
          if (st.intensity === 'E')
            expect(st.hr).toEqual({ from: expect.any(Number), to: expect.any(Number) });
        }
      }
    }
    const race = j.weeks.at(-1)!.sessions.at(-1)!;
    expect(race).toMatchObject({ date: '2027-04-18', kind: 'race' });
    // The injury puts the runner on the gentle track: no R reps, no hill sprints.
    expect(
      j.weeks.flatMap((w) => w.sessions).some((s) => s.kind === 'repetitions' || s.kind === 'hills'),
    ).toBe(false);
  });

  it('prints a readable week-by-week table', async () => {
    const { code, out } = await runPlan(...EXAMPLE);
    expect(code).toBe(0);
    expect(out).toMatch(/^Plan: half marathon on 2027-04-18 — 19 weeks/);
    expect(out).toMatch(/Fitness: VDOT 38\.\d/);
    const rows = out.split('\n').filter((l) => /^\s+\d+\s+\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows).toHaveLength(19);
    expect(rows.at(-1)).toContain('Sun RACE');
    // The race as a time and a pace range from today's fitness (fast end = the equivalent).
    expect(rows.at(-1)).toMatch(/Sun RACE \d:\d\d:\d\d @\d:\d\d–\d:\d\d$/);
    expect(out).toMatch(/Wed tempo .*T @\d:\d\d–\d:\d\d/);
  });

  it('notes a start above a small stated volume, and weeks that end on a Monday race', async () => {
    const { code, out } = await runPlan(
      ...['--goal', '5k', '--race-date', '2027-02-15', '--start', '2026-12-08', '--days', 'tue,thu,sun'],
      ...['--long-day', 'sun', '--weekly-min', '20', '--level', 'advanced'],
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^Note: You run about 20 min a week; .* run\/walk/m);
    const rows = out.split('\n').filter((l) => /^\s+\d+\s+\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows[0]).toMatch(/^\s+1\s+2026-12-08 /);
    expect(rows.at(-1)).toMatch(/^\s+10\s+2027-02-09 .* · Mon RACE/);
  });

  it('notes an injury with the pain rule, and shows a run/walk race as run/walk', async () => {
    const { code, out } = await runPlan(
      ...['--goal', '5k', '--race-date', '2027-01-17', '--start', '2026-12-07', '--days', 'tue,thu,sun'],
      ...['--long-day', 'sun', '--weekly-min', '0', '--level', 'beginner', '--injury', 'calf:recurring'],
    );
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Note: You told me about a recurring calf problem, .*no intervals or strides in the first 6 weeks/m,
    );
    expect(out).toMatch(
      /^Note: .*Pain rule: .*3\/10 or less during the run, has settled by the next morning/m,
    );
    expect(out).toMatch(/Sun RACE run\/walk (\d+×)?\d+' run \/ \d+' walk( \+ \d+' run)? \d+'/);
  });

  it('a Monday race started on a Monday opens on a week with runs, not an empty row', async () => {
    const { code, out } = await runPlan(
      ...['--goal', '10k', '--race-date', '2027-03-29', '--start', '2027-01-04'],
      ...['--days', 'tue,thu,sat,sun', '--long-day', 'sun', '--weekly-km', '25'],
    );
    expect(code).toBe(0);
    const rows = out.split('\n').filter((l) => /^\s+\d+\s+\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows[0]).toMatch(/^\s+1\s+2027-01-05 .*Tue .*Sun long/);
    for (const row of rows) expect(row, row).not.toMatch(/\s0\s+0\.0\s*$/);
    expect(rows.at(-1)).toMatch(/Mon RACE/);
  });

  it('--units mi prints the table in miles and per-mile paces; the JSON stays in km', async () => {
    const km = await runPlan(...EXAMPLE);
    const mi = await runPlan(...EXAMPLE, '--units', 'mi');
    expect(mi.code).toBe(0);
    expect(mi.out).toContain('Min    Mi     Sessions');
    expect(mi.out).toContain('paces min:sec per mi');
    expect(mi.out).not.toMatch(/\bkm\b/);
    const rows = (out: string) => out.split('\n').filter((l) => /^\s+\d+\s+\d{4}-\d{2}-\d{2}/.test(l));
    const dist = (row: string) => Number(/^\s+\d+\s+\S+\s+.+?\s+\d+\s+(\d+\.\d)\s/.exec(row)?.[1]);
    const [kmRow, miRow] = [rows(km.out)[5]!, rows(mi.out)[5]!];
    expect(dist(miRow)).toBeCloseTo(dist(kmRow) / 1.609344, 0);
    // Tempo paces: 5:1x per km is 8:xx per mile.
    expect(km.out).toMatch(/T @5:\d\d–5:\d\d/);
    expect(mi.out).toMatch(/T @8:\d\d–8:\d\d/);
    const jsonKm = await runPlan(...EXAMPLE, '--json');
    const jsonMi = await runPlan(...EXAMPLE, '--json', '--units', 'mi');
    expect(jsonMi.out).toBe(jsonKm.out);
    expect((await runPlan('--help')).out).toMatch(/--json .*always km/);
  });

  it('--weekly-mi and --longest-mi give the same plan as the same distance in km', async () => {
    const base = EXAMPLE.slice(0, EXAMPLE.indexOf('--weekly-km'));
    const rest = EXAMPLE.slice(EXAMPLE.indexOf('--weekly-km') + 2);
    const inKm = await runPlan(...base, ...rest, '--weekly-km', '40.234', '--longest-km', '16.093', '--json');
    const inMi = await runPlan(...base, ...rest, '--weekly-mi', '25', '--longest-mi', '10', '--json');
    expect(inMi.code).toBe(0);
    expect(inMi.out).toBe(inKm.out);
    const less = await runPlan(...base, ...rest, '--weekly-km', '25', '--json');
    expect(inMi.out).not.toBe(less.out);
  });

  it('--max-min 45 --max-min-weekend 150: weekday runs ≤ 45 min, a longer Sunday long run', async () => {
    const args = [
      ...['--race', '10k', '--time', '50:00', '--goal', 'marathon', '--race-date', '2027-05-02'],
      ...['--start', '2027-01-04', '--days', 'tue,wed,thu,sat,sun', '--long-day', 'sun', '--weekly-km', '40'],
    ];
    for (const caps of [
      ['--max-min', '45', '--max-min-weekend', '150'],
      ['--max-min', 'tue=45,wed=45,thu=45,sat=150,sun=150'],
    ]) {
      const { code, out } = await runPlan(...args, ...caps, '--json');
      expect(code).toBe(0);
      const sessions = (JSON.parse(out) as Plan).weeks.flatMap((w) => w.sessions);
      const weekday = sessions.filter((s) => ['tue', 'wed', 'thu'].includes(dayOf(s.date)));
      expect(weekday.length).toBeGreaterThan(30);
      expect(Math.max(...weekday.map((s) => s.minutes))).toBeLessThanOrEqual(45);
      expect(Math.max(...sessions.filter((s) => s.kind === 'long').map((s) => s.minutes))).toBeGreaterThan(
        60,
      );
    }
  });

  it('says when the target is out of reach, with a realistic one', async () => {
    const { code, out } = await runPlan(...EXAMPLE, '--target', '1:35:00', '--json');
    expect(code).toBe(0);
    const j = JSON.parse(out) as PlanJson;
    expect(j.feasibility.ok).toBe(false);
    expect(j.feasibility.realisticTarget).toBeGreaterThan(5700);
    expect(j.feasibility.message).toMatch(/realistic target/);
  });

  it('builds a general-fitness plan without a race', async () => {
    const { code, out } = await runPlan(
      '--goal',
      'fitness',
      '--weeks',
      '8',
      '--start',
      '2027-01-04',
      '--days',
      'tue,thu,sat',
      '--long-day',
      'sat',
      '--level',
      'beginner',
      '--json',
    );
    expect(code).toBe(0);
    const j = JSON.parse(out) as PlanJson;
    expect(j.weeks).toHaveLength(8);
    expect(j.vdot).toBeUndefined();
    expect(j.weeks.flatMap((w) => w.sessions).some((s) => s.kind === 'race')).toBe(false);
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown goal', ['--goal', 'ultra'], /--goal must be/],
    ['a missing start', EXAMPLE.filter((_, i) => i !== 8 && i !== 9), /--start is required/],
    ['a malformed race date', [...EXAMPLE, '--race-date', '2027-02-30'], /--race-date must be a date/],
    ['an unknown weekday', [...EXAMPLE, '--days', 'mon,funday'], /unknown day "fun"/],
    ['a malformed time', [...EXAMPLE, '--time', '25'], /Malformed time/],
    ['an unknown distance', [...EXAMPLE, '--race', '7 furlongs'], /Unknown distance/],
    ['a bad injury', [...EXAMPLE, '--injury', 'knee'], /--injury must look like/],
    ['both volumes', [...EXAMPLE, '--weekly-min', '150'], /not several/],
    ['km and miles', [...EXAMPLE, '--weekly-mi', '15'], /not several/],
    ['an unknown unit', [...EXAMPLE, '--units', 'furlongs'], /--units must be km or mi/],
    ['a per-day cap on no day', [...EXAMPLE, '--max-min', 'funday=40'], /--max-min takes minutes/],
    ['a 10-minute weekend cap', [...EXAMPLE, '--max-min-weekend', '10'], /INVALID_MAX_MINUTES/],
    ['a race date before the start', [...EXAMPLE, '--race-date', '2026-11-01'], /RACE_DATE_NOT_AFTER_START/],
    [
      'two weeks to a marathon',
      [...EXAMPLE, '--goal', 'marathon', '--race-date', '2026-12-19'],
      /NOT_ENOUGH_WEEKS/,
    ],
    [
      'a target faster than the world record',
      [...EXAMPLE, '--target', '55:00'],
      /faster than the world record for the distance \(56:42\).*\(TARGET_BEYOND_WORLD_RECORD\)/,
    ],
    ['a long day that is not a running day', [...EXAMPLE, '--long-day', 'sat'], /LONG_RUN_DAY_NOT_AVAILABLE/],
    [
      'a marathon the long runs cannot reach, offering the half',
      [...EXAMPLE, '--goal', 'marathon', '--race-date', '2027-01-31'],
      /a half marathon fits these runs.*Try: --goal half\. \(LONG_RUN_NOT_REACHABLE\)/,
    ],
    ['an unknown flag', [...EXAMPLE, '--fast'], /Unknown option/],
  ];
  for (const [name, args, message] of bad)
    it(`refuses ${name}: one line on stderr, exit 2`, async () => {
      const { code, out, err } = await runPlan(...args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err.trimEnd().split('\n')).toHaveLength(1);
    });

  it('prints help', async () => {
    const r = await runPlan('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('runloop plan --goal');
  });

  it('runs for real through bin/runloop.js', async () => {
    const bin = fileURLToPath(new URL('../../bin/runloop.js', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'plan', ...EXAMPLE, '--json'], {
      timeout: 30_000,
    });
    const j = JSON.parse(stdout) as Plan;
    expect(j.weeks).toHaveLength(19);
    expect(j.weeks[0]!.start).toBe('2026-12-07');
  });
});

describe('runloop plan: R reps by distance (Daniels: 200 / 400 m)', () => {
  const r25 = ['--race', '5k', '--time', '27:00', '--goal', '5k', '--race-date', '2027-03-07'];
  const rest = ['--start', '2026-12-14', '--days', 'mon,wed,fri,sun', '--long-day', 'sun'];
  const volume = ['--weekly-km', '25', '--longest-km', '8'];

  it('prints R reps in metres, in km and in mi, and their steps carry the track distance', async () => {
    for (const units of ['km', 'mi']) {
      const { code, out } = await runPlan(...r25, ...rest, ...volume, '--units', units);
      expect(code).toBe(0);
      expect(out).toMatch(/repetitions \d+×(200|400) m R @\d+:\d\d–\d+:\d\d/);
      expect(out).not.toMatch(/repetitions \d+×\d+" R/);
    }
    const { out } = await runPlan(...r25, ...rest, ...volume, '--json');
    const reps = (JSON.parse(out) as Plan).weeks
      .flatMap((w) => w.sessions)
      .filter((s) => s.kind === 'repetitions')
      .flatMap((s) => s.steps.filter((st) => st.kind === 'rep'));
    expect(reps.length).toBeGreaterThan(0);
    for (const st of reps) expect([0.2, 0.4]).toContain(st.km);
  });
});
