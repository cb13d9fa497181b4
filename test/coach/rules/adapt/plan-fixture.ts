/**
 * Hand-made plans for adaptation tests: a fixed weekly pattern (Mon rest, Tue intervals, Wed easy, Thu
 * tempo, Fri rest, Sat easy + strides, Sun long) with Daniels paces for a VDOT, growing ~8 % a week with a
 * down week every 4th. Independent of the plan builder on purpose.
 */
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';
import type { Plan, Range, Session, SessionKind, Step, Week } from '../../../../coach/rules/plan/types.js';

export interface FixtureOptions {
  readonly start: string;
  readonly weeks: number;
  readonly vdot: number;
  /** Minutes of the Wednesday easy run in week 1; everything scales from it. */
  readonly easyMinutes?: number;
  readonly withHr?: boolean;
}

const r = (x: number): number => Math.round(x);

export function fixturePlan(o: FixtureOptions): Plan {
  const p = trainingPaces(o.vdot);
  const E: Range = { from: r(p.easy.from), to: r(p.easy.to) };
  const T: Range = { from: r(p.threshold - 3), to: r(p.threshold + 3) };
  const I: Range = { from: r(p.interval - 3), to: r(p.interval + 3) };
  const R: Range = { from: r(p.repetition - 3), to: r(p.repetition + 3) };
  const eHr = o.withHr ? { hr: { from: 125, to: 148 } } : {};
  const tHr = o.withHr ? { hr: { from: 165, to: 172 } } : {};
  const eMid = (E.from + E.to) / 2;
  const km = (minutes: number, pace: number) => Math.round(((minutes * 60) / pace) * 10) / 10;

  const easy = (date: string, minutes: number, kind: SessionKind = 'easy', strides = false): Session => {
    const steps: Step[] = [{ kind: 'run', intensity: 'E', minutes, km: km(minutes, eMid), pace: E, ...eHr }];
    if (strides) steps.push({ kind: 'strides', intensity: 'R', km: 0.1, repeat: 4, pace: R });
    return {
      date,
      kind,
      hard: false,
      minutes: minutes + (strides ? 3 : 0),
      km: km(minutes, eMid) + (strides ? 0.4 : 0),
      purpose: kind === 'long' ? { code: 'LONG', facts: { goal: '10k' } } : { code: 'EASY' },
      steps,
    };
  };
  const quality = (date: string, kind: 'tempo' | 'intervals', workMinutes: number): Session => {
    const wu: Step = { kind: 'warmup', intensity: 'E', minutes: 15, km: km(15, eMid), pace: E, ...eHr };
    const cd: Step = { kind: 'cooldown', intensity: 'E', minutes: 10, km: km(10, eMid), pace: E, ...eHr };
    const work: Step[] =
      kind === 'tempo'
        ? [
            {
              kind: 'run',
              intensity: 'T',
              minutes: workMinutes,
              km: km(workMinutes, p.threshold),
              pace: T,
              ...tHr,
            },
          ]
        : [
            {
              kind: 'rep',
              intensity: 'I',
              minutes: 3,
              km: km(3, p.interval),
              repeat: Math.max(3, r(workMinutes / 3)),
              pace: I,
            },
            {
              kind: 'recovery',
              intensity: 'E',
              minutes: 2,
              repeat: Math.max(3, r(workMinutes / 3)),
              pace: E,
            },
          ];
    const minutes = 25 + work.reduce((s, x) => s + (x.minutes ?? 0) * (x.repeat ?? 1), 0);
    const total =
      Math.round(
        (work.reduce((s, x) => s + (x.km ?? 0) * (x.repeat ?? 1), 0) + (wu.km ?? 0) + (cd.km ?? 0)) * 10,
      ) / 10;
    return {
      date,
      kind,
      hard: true,
      minutes,
      km: total,
      purpose: kind === 'tempo' ? { code: 'TEMPO' } : { code: 'INTERVALS' },
      steps: [wu, ...work, cd],
    };
  };
  const rest = (date: string): Session => ({
    date,
    kind: 'rest',
    hard: false,
    minutes: 0,
    km: 0,
    purpose: { code: 'NONE' },
    steps: [],
  });

  const weeks: Week[] = [];
  let scale = 1;
  for (let i = 0; i < o.weeks; i++) {
    const down = (i + 1) % 4 === 0;
    const k = down ? scale * 0.8 : scale;
    const start = addDays(o.start, i * 7);
    const e = r((o.easyMinutes ?? 40) * k);
    const sessions = [
      rest(start),
      quality(addDays(start, 1), 'intervals', r(15 * k)),
      easy(addDays(start, 2), e),
      quality(addDays(start, 3), 'tempo', r(20 * k)),
      rest(addDays(start, 4)),
      easy(addDays(start, 5), e, 'easy', true),
      easy(addDays(start, 6), r(e * 2.2), 'long'),
    ];
    weeks.push({
      index: i + 1,
      start,
      phase: i < o.weeks / 2 ? 'base' : 'build',
      downWeek: down,
      minutes: sessions.reduce((s, x) => s + x.minutes, 0),
      km: Math.round(sessions.reduce((s, x) => s + x.km, 0) * 10) / 10,
      sessions,
    });
    if (!down) scale *= 1.08;
  }
  return {
    rulesVersion: 'fixture-1',
    vdot: o.vdot,
    goal: { distance: 'half', raceDate: addDays(o.start, o.weeks * 7 - 1) },
    feasibility: { ok: true, message: 'fixture' },
    weeks,
  };
}

/** The session on `date` (throws when there is none: a broken fixture). */
export function sessionOn(plan: Plan, date: string): Session {
  for (const w of plan.weeks) for (const s of w.sessions) if (s.date === date) return s;
  throw new Error(`no session on ${date}`);
}

/** The plan with its session on `date` turned into the race (a 10 km race, hard, one run step). */
export function raceOn(plan: Plan, date: string): Plan {
  return {
    ...plan,
    weeks: plan.weeks.map((w) => ({
      ...w,
      sessions: w.sessions.map((s) =>
        s.date === date
          ? {
              ...s,
              kind: 'race' as const,
              hard: true,
              km: 10,
              minutes: 50,
              purpose: { code: 'RACE' as const, facts: { goal: '10k' } },
            }
          : s,
      ),
    })),
  };
}
