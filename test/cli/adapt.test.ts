import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import adaptCommand from '../../cli/commands/adapt.js';
import type { CliIo } from '../../cli/command.js';
import { planFromJson, planJson } from '../../coach/prompts/plan-json.js';
import { adapt } from '../../coach/rules/adapt/adapt.js';
import type { Plan } from '../../coach/rules/plan/types.js';
import { calmCheckins, followedPlan } from '../coach/rules/adapt/history-fixture.js';
import { fixturePlan } from '../coach/rules/adapt/plan-fixture.js';

const scenarioPath = fileURLToPath(
  new URL('../fixtures/plans/scenario-two-bad-nights.json', import.meta.url),
);
const scenarioText = readFileSync(scenarioPath, 'utf8');
const scenario = JSON.parse(scenarioText) as { plan: Plan; activities: unknown[]; checkins: unknown[] };

async function runAdapt(args: string[], stdin: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: Readable.from([stdin]) };
  const code = await adaptCommand.run(args, io);
  return { code, out, err };
}

describe('runloop adapt', () => {
  it('prints {decisions, plan} for a scenario: two bad nights turn the tempo into an easy run', async () => {
    const { code, out, err } = await runAdapt(['--today', '2027-01-12'], scenarioText);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as ReturnType<typeof adapt>;
    expect(result.decisions.map((d) => d.rule)).toEqual(['readiness.two-bad-nights']);
    expect(result.decisions[0]).toMatchObject({
      before: { kind: 'tempo', hard: true },
      after: { kind: 'easy', hard: false },
    });
    const today = result.plan.weeks.flatMap((w) => w.sessions).find((s) => s.date === '2027-01-12');
    expect(today).toMatchObject({ kind: 'easy', status: 'adapted', replaces: { kind: 'tempo' } });
    // the same answer as the rules engine called directly
    // (the scenario's plan has English purposes: read as `runloop adapt` reads them, printed as it prints them)
    const direct = adapt(
      planFromJson(scenario.plan),
      { activities: scenario.activities as never, checkins: scenario.checkins as never },
      '2027-01-12',
    );
    expect(result).toEqual(JSON.parse(JSON.stringify({ ...direct, plan: planJson(direct.plan) })));
  });

  describe('resting-HR trend (issue 10 §7)', () => {
    const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
    const activities = followedPlan(plan, '2027-01-04', '2027-01-12');
    // Sun → Wed, good sleep every night; Thursday 14th is the tempo.
    const rising = [50, 53, 56, 59].map((restingHr, i) => ({
      date: `2027-01-${String(10 + i).padStart(2, '0')}`,
      restingHr,
      sleepHours: 8,
      sleepQuality: 4,
    }));

    it('resting HR 50 → 59 over four mornings against the onboarding 50 eases Thursday’s tempo', async () => {
      const stdin = JSON.stringify({ plan, activities, checkins: rising, baseline: { restingHrBpm: 50 } });
      const { code, out, err } = await runAdapt(['--today', '2027-01-13'], stdin);
      expect(err).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(out) as ReturnType<typeof adapt>;
      expect(result.decisions).toMatchObject([
        {
          rule: 'readiness.resting-hr-trend',
          date: '2027-01-14',
          action: 'swap_to_easy',
          before: { kind: 'tempo', hard: true },
          after: { kind: 'easy', hard: false },
          reasons: [
            {
              code: 'RESTING_HR_TREND_UP',
              facts: {
                baselineBpm: 50,
                baselineSource: 'onboarding',
                riseBpm: 9,
                mornings: [{ date: '2027-01-13', restingHrBpm: 59 }],
              },
            },
          ],
        },
      ]);
    });

    it('calm control: good sleep and a steady resting HR give no decision', async () => {
      const stdin = JSON.stringify({
        plan,
        activities,
        checkins: calmCheckins('2027-01-13', 10),
        baseline: { restingHrBpm: 50 },
      });
      const { code, out } = await runAdapt(['--today', '2027-01-13'], stdin);
      expect(code).toBe(0);
      expect(JSON.parse(out).decisions).toEqual([]);
    });

    it('refuses a baseline that is not a heart rate', async () => {
      const stdin = JSON.stringify({ plan, baseline: { restingHrBpm: -4 } });
      const { code, err } = await runAdapt(['--today', '2027-01-13'], stdin);
      expect(code).toBe(2);
      expect(err).toMatch(/baseline\.restingHrBpm/);
    });
  });

  it('takes activities and check-ins as optional: a plan alone adapts', async () => {
    const { code, out } = await runAdapt(['--today', '2026-11-30'], JSON.stringify({ plan: scenario.plan }));
    expect(code).toBe(0);
    expect(JSON.parse(out).decisions).toEqual([]);
  });

  it.each([
    [[], '{}', /--today YYYY-MM-DD is required/],
    [['--today', '2027-02-30'], '{}', /--today must be a date/],
    [['--today', '2027-01-12', '--bogus'], '{}', /Unknown option/],
    [['--today', '2027-01-12'], 'not json', /not valid JSON/],
    [['--today', '2027-01-12'], '{}', /^runloop adapt: plan: /],
    [
      ['--today', '2027-01-12'],
      JSON.stringify({ ...scenario, activities: [{ date: '2027-01-11', km: -3, minutes: 40 }] }),
      /activities\.0\.km/,
    ],
    [
      ['--today', '2027-01-12'],
      JSON.stringify({ ...scenario, checkins: [{ date: '12/01/2027' }] }),
      /checkins\.0\.date: expected a date/,
    ],
    [
      ['--today', '2027-01-12'],
      JSON.stringify({
        ...scenario,
        checkins: [{ date: '2027-01-12', pain: { location: 'knee', score: 11 } }],
      }),
      /checkins\.0\.pain\.score/,
    ],
    [
      ['--today', '2027-01-12'],
      JSON.stringify({ ...scenario, plan: { ...scenario.plan, weeks: 'soon' } }),
      /plan\.weeks/,
    ],
  ])('bad input %j → one line on stderr, exit 2', async (args, stdin, message) => {
    const { code, out, err } = await runAdapt(args, stdin);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints help', async () => {
    const { code, out } = await runAdapt(['--help'], '');
    expect(code).toBe(0);
    expect(out).toMatch(/runloop adapt --today/);
  });

  it('runs for real through bin/runloop.js with the scenario on stdin', async () => {
    const bin = fileURLToPath(new URL('../../bin/runloop.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'adapt', '--today', '2027-01-12'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdin.end(scenarioText);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).decisions[0].rule).toBe('readiness.two-bad-nights');
  });
});
