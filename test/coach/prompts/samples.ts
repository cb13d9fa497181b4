/**
 * One or more realistic messages of every kind, built from a real plan (`buildPlan`) and real adaptation
 * decisions (`adapt`), plus hand-made decisions for every adaptation rule id.
 */
import { ACTIVITY_FILE_REFUSALS } from '../../../coach/rules/track/activity-file-limits.js';
import type { CoachMessage } from '../../../coach/prompts/coach-message.js';
import { ONBOARDING_STEP_NAMES } from '../../../coach/prompts/message-parts.js';
import type { Decision } from '../../../coach/rules/decision.js';
import { addDays } from '../../../coach/rules/calendar/index.js';
import { adapt } from '../../../coach/rules/adapt/adapt.js';
import { buildPlan } from '../../../coach/rules/plan/build-plan.js';
import type { Plan, Session } from '../../../coach/rules/plan/types.js';
import { trainingPaces } from '../../../coach/rules/paces/training-paces.js';
import { questionSamples } from './question-samples.js';
import { rescheduleSamples } from './reschedule-samples.js';
import { callSamples } from './call-samples.js';

function plan(): Plan {
  const r = buildPlan({
    fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
    goal: { distance: 'half', raceDate: '2027-04-18', targetTime: 6600 },
    startDate: '2026-12-07',
    availableDays: ['tue', 'thu', 'sat', 'sun'],
    longRunDay: 'sun',
    level: 'intermediate',
    age: 40,
    hr: { restingHr: 55 },
    weeklyKm: 25,
  });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

export const PLAN = plan();
const WEEK = PLAN.weeks[6]!;
const PLAN_TEMPO: Session = WEEK.sessions.find((s) => s.kind === 'tempo')!;

const E = { pace: { from: 368, to: 411 }, hr: { from: 136, to: 154 } };
/** A tempo session as the plan builder writes them (fixed here so wording tests do not move with the rules). */
export const TEMPO: Session = {
  date: '2027-01-19',
  kind: 'tempo',
  hard: true,
  minutes: 49,
  km: 8.3,
  purpose: { code: 'CRUISE' },
  steps: [
    { kind: 'warmup', intensity: 'E', minutes: 15, km: 2.31, ...E },
    {
      kind: 'rep',
      intensity: 'T',
      minutes: 7,
      km: 1.33,
      repeat: 3,
      pace: { from: 312, to: 320 },
      hr: { from: 165, to: 170 },
    },
    { kind: 'recovery', intensity: 'E', minutes: 1, km: 0.15, repeat: 3, ...E },
    { kind: 'cooldown', intensity: 'E', minutes: 10, km: 1.54, ...E },
  ],
};
/** An easy session with strides, fixed like `TEMPO`. */
export const EASY: Session = {
  date: '2027-01-21',
  kind: 'easy',
  hard: false,
  minutes: 59,
  km: 9.2,
  purpose: { code: 'EASY_STRIDES' },
  steps: [
    { kind: 'run', intensity: 'E', minutes: 53, km: 8.16, ...E },
    { kind: 'strides', intensity: 'R', minutes: 0.33, km: 0.07, repeat: 6 },
    { kind: 'recovery', intensity: 'E', minutes: 0.67, km: 0.1, repeat: 6, ...E },
  ],
};

/** A real decision: two short nights before the tempo day turn it easy. */
export const TWO_BAD_NIGHTS: Decision = (() => {
  const prev = addDays(PLAN_TEMPO.date, -1);
  const out = adapt(
    PLAN,
    {
      activities: [{ date: '2027-01-17', km: 10, minutes: 62, rpe: 4 }],
      checkins: [
        { date: prev, sleepHours: 5 },
        { date: PLAN_TEMPO.date, sleepHours: 4 },
      ],
    },
    PLAN_TEMPO.date,
  );
  const d = out.decisions.find((x) => x.rule === 'readiness.two-bad-nights');
  if (d === undefined)
    throw new Error(`no two-bad-nights decision: ${out.decisions.map((x) => x.rule).join(',')}`);
  return d;
})();

const summary = (s: Session) => ({ date: s.date, kind: s.kind, hard: s.hard, minutes: s.minutes, km: s.km });
const eased = { date: TEMPO.date, kind: 'easy', hard: false, minutes: 40, km: 6.2 };
const dec = (
  rule: string,
  action: string,
  reasons: Decision['reasons'],
  before: unknown = summary(TEMPO),
  after: unknown = eased,
): Decision => ({
  rule,
  date: TEMPO.date,
  action,
  before,
  after,
  reasons,
});

/** The decisions of runs judged against their prescription (issue 10), shaped as those rules emit them. */
function RUN_VS_PRESCRIPTION_DECISIONS(): Decision[] {
  const gray = {
    date: '2027-01-16',
    kind: 'easy',
    paceSPerKm: 320,
    easyPace: { from: 369, to: 412 },
    avgHr: 158,
    hrCeilingBpm: 141,
  };
  const grayReasons = (quality: boolean): Decision['reasons'] => [
    {
      code: 'GRAY_ZONE_REPEATED',
      facts: { runs: [{ ...gray, date: '2027-01-13' }, gray], windowDays: 7, required: 2 },
    },
    {
      code: 'EASY_SHARE',
      facts: {
        last7EasyShare: 0.35,
        last28EasyShare: 0.62,
        targetShare: 0.8,
        shortWindowDays: 7,
        longWindowDays: 28,
      },
    },
    {
      code: 'CHECK_HR_STRAP_OR_HEAT',
      facts: quality ? { qualityDate: '2027-01-19', qualityKind: 'intervals' } : {},
    },
  ];
  return [
    dec('intensity.gray-zone', 'protect_quality_day', grayReasons(true), summary(EASY), {
      ...summary(EASY),
      minutes: 36,
    }),
    dec('intensity.gray-zone', 'keep_easy_easy', grayReasons(false), null, null),
    dec(
      'fitness.too-slow',
      'lower_vdot',
      [
        {
          code: 'QUALITY_TOO_SLOW_AT_EFFORT',
          facts: {
            sessions: [
              {
                date: '2027-01-14',
                kind: 'tempo',
                workPaceSPerKm: 315,
                targetPace: { from: 282, to: 290 },
                slowerBySPerKm: 25,
                rpe: 8,
                avgHr: 178,
              },
              {
                date: '2027-01-19',
                kind: 'intervals',
                workPaceSPerKm: 289,
                targetPace: { from: 258, to: 264 },
                slowerBySPerKm: 25,
                rpe: 9,
              },
            ],
            required: 2,
            windowDays: 10,
            marginSPerKm: 10,
          },
        },
        { code: 'ASK_HEAT_ILLNESS_SLEEP', facts: { vdotStep: 1, offerTest: true } },
      ],
      { vdot: 44, vdotSetOn: '2027-01-04' },
      { vdot: 43, vdotSetOn: '2027-01-19', pacesUpdatedFrom: '2027-01-19' },
    ),
    dec('overshoot.run', 'swap_to_easy', [
      {
        code: 'RUN_OVER_PRESCRIPTION',
        facts: {
          date: '2027-01-17',
          kind: 'long',
          minutes: 165,
          plannedMinutes: 110,
          ranShare: 1.5,
          limitShare: 1.2,
        },
      },
      {
        code: 'EASY_DAY_AT_QUALITY_PACE',
        facts: { date: '2027-01-17', kind: 'long', paceSPerKm: 298, easyPace: { from: 323, to: 363 } },
      },
    ]),
    dec('overshoot.week', 'lower_week_load', [
      {
        code: 'WEEK_OVER_PLAN',
        facts: {
          fromDate: '2027-01-04',
          toDate: '2027-01-10',
          windowDays: 7,
          ranMinutes: 595,
          plannedMinutes: 308,
          limitShare: 1.3,
          runs: [
            { date: '2027-01-05', minutes: 130 },
            { date: '2027-01-10', minutes: 130 },
          ],
        },
      },
    ]),
  ];
}

/** "7.5k in 40 mins, avg hr 158" on a 6:09–6:52/km easy day under 141 (issue 10). */
export const GRAY_ZONE_RUN = {
  kind: 'run-logged',
  date: '2027-01-13',
  km: 7.5,
  seconds: 2400,
  paceSPerKm: 320,
  avgHr: 158,
  plannedKind: 'easy',
  progress: { runsLogged: 12 },
  grayZone: {
    paceSPerKm: 320,
    avgHr: 158,
    easyPace: { from: 369, to: 412 },
    hrCeilingBpm: 141,
    last7EasyShare: 0.35,
    last28EasyShare: 0.62,
    targetShare: 0.8,
    shortWindowDays: 7,
    longWindowDays: 28,
  },
} as const satisfies CoachMessage;

/** One decision per adaptation rule id in coach/rules/adapt, shaped as those rules emit them. */
export const DECISIONS: readonly Decision[] = [
  TWO_BAD_NIGHTS,
  dec('readiness.under-recovered', 'swap_to_easy', [
    { code: 'SLEEP_BAD', facts: { sleepHours: 4.5 } },
    { code: 'RESTING_HR_ELEVATED', facts: { restingHrBpm: 61, baselineBpm: 54.3, thresholdBpm: 5 } },
  ]),
  dec('rpe.mismatch', 'swap_to_easy', [
    {
      code: 'RPE_ABOVE_EXPECTED',
      facts: { date: '2027-01-17', kind: 'long', rpe: 8, expected: { from: 3, to: 5 }, marginRpe: 2 },
    },
  ]),
  dec('rpe.repeated', 'lower_week_load', [
    {
      code: 'RPE_ABOVE_EXPECTED_REPEATED',
      facts: { runs: [{ date: '2027-01-15' }, { date: '2027-01-17' }], windowDays: 7 },
    },
  ]),
  dec('load.acwr-caution', 'trim_volume', [
    { code: 'ACWR_HIGH_CAUTION', facts: { acwrEwma: 1.62, cautionAt: 1.5, caution: true } },
    { code: 'READINESS_LOW', facts: { signals: ['SLEEP_BAD'], badNightsInRow: 1 } },
  ]),
  dec(
    'load.monotony',
    'vary_week',
    [{ code: 'MONOTONY_HIGH', facts: { monotony: 2.4, limit: 2, weeklyLoadAu: 2100 } }],
    summary(EASY),
    { ...summary(EASY), minutes: 47 },
  ),
  dec('load.ramp', 'trim_volume', [
    {
      code: 'RAMP_ABOVE_10_PERCENT',
      facts: {
        lastWeekMinutes: 180,
        bestRecentWeekMinutes: 186,
        plannedThisWeekMinutes: 229,
        limitMinutes: 205,
      },
    },
  ]),
  dec(
    'missed.mark',
    'mark_missed',
    [{ code: 'NO_ACTIVITY_LOGGED', facts: { date: TEMPO.date, kind: 'tempo' } }],
    summary(TEMPO),
    { ...summary(TEMPO), status: 'missed' },
  ),
  dec('missed.keep-key-sessions', 'swap_to_easy', [
    {
      code: 'SESSIONS_MISSED_THIS_WEEK',
      facts: {
        missed: [
          { date: '2027-01-18', kind: 'easy' },
          { date: '2027-01-19', kind: 'tempo' },
        ],
        trimCount: 2,
      },
    },
  ]),
  dec(
    'illness.rest',
    'swap_to_rest',
    [{ code: 'ILLNESS_REPORTED', facts: { date: TEMPO.date } }],
    summary(TEMPO),
    { date: TEMPO.date, kind: 'rest', hard: false, minutes: 0, km: 0 },
  ),
  dec('illness.graded-return', 'swap_to_easy_and_shorten', [
    { code: 'RETURN_FROM_ILLNESS', facts: { lastIllDate: '2027-01-16', illDays: 3, returnDays: 6 } },
  ]),
  dec(
    'fitness.race-result',
    'raise_vdot',
    [{ code: 'RACE_RESULT', facts: { vdot: 40.1, date: '2027-01-17', km: 10, minutes: 49.5 } }],
    { vdot: 38.4, vdotSetOn: '2026-12-07' },
    { vdot: 40.1, vdotSetOn: TEMPO.date, pacesUpdatedFrom: TEMPO.date },
  ),
  dec(
    'fitness.quality-evidence',
    'raise_vdot',
    [
      {
        code: 'QUALITY_SESSIONS_EASIER',
        facts: { sessions: [{ date: '2027-01-05' }, { date: '2027-01-12' }], required: 2 },
      },
      { code: 'VDOT_HELD_LONG_ENOUGH', facts: { sinceDate: '2026-12-07', days: 43, minDays: 28 } },
    ],
    { vdot: 38.4, vdotSetOn: '2026-12-07' },
    { vdot: 39.4, vdotSetOn: TEMPO.date, pacesUpdatedFrom: TEMPO.date },
  ),
  dec(
    'fitness.break-detraining',
    'lower_vdot',
    [
      {
        code: 'BREAK_FROM_RUNNING',
        facts: { lastRunDate: '2027-01-05', daysOff: 13, breakMinDays: 7, vdotFactor: 0.976 },
      },
    ],
    { vdot: 38.4, vdotSetOn: '2026-12-07' },
    { vdot: 37.5, vdotSetOn: TEMPO.date, pacesUpdatedFrom: TEMPO.date },
  ),
  dec('fitness.break-rebuild', 'swap_to_easy_and_shorten', [
    {
      code: 'BREAK_FROM_RUNNING',
      facts: { lastRunDate: '2027-01-05', daysOff: 13, breakMinDays: 7, vdotFactor: 0.976 },
    },
    { code: 'RETURN_STEP', facts: { day: 0, keepFraction: 0.5, returnDays: 14 } },
  ]),
  dec(
    'safety.red-flag',
    'stop_for_today',
    [{ code: 'RED_FLAG', facts: { redFlags: ['chest_pain', 'dizziness'] } }],
    summary(TEMPO),
    { date: TEMPO.date, kind: 'rest', hard: false, minutes: 0, km: 0 },
  ),
  dec(
    'safety.stop-prescriptions',
    'stop_prescriptions',
    [
      { code: 'PAIN_REPORTED', facts: { location: 'left knee', score: 6 } },
      { code: 'PAIN_AT_OR_ABOVE_STOP_SCORE', facts: { location: 'left knee', score: 6, stopScore: 4 } },
    ],
    summary(TEMPO),
    { date: TEMPO.date, kind: 'rest', hard: false, minutes: 0, km: 0 },
  ),
  dec('safety.pain-no-intensity', 'remove_intensity', [
    { code: 'PAIN_REPORTED', facts: { location: 'right calf', score: 2 } },
  ]),
  dec(
    'safety.see-professional',
    'recommend_professional',
    [{ code: 'PAIN_REPORTED', facts: { location: 'left knee', score: 6 } }],
    { level: 'stop_prescriptions' },
    { level: 'stop_prescriptions', recommend: 'qualified_professional' },
  ),
  dec('recovery.post-race', 'swap_to_easy', [
    {
      code: 'RECENT_RACE',
      facts: {
        date: '2027-01-17',
        km: 10,
        minutes: 49.5,
        recoveryDays: 4,
        kmPerDay: 3,
        until: '2027-01-21',
      },
    },
  ]),
  ...RUN_VS_PRESCRIPTION_DECISIONS(),
  dec('load.acwr-caution', 'trim_volume', [
    {
      code: 'ACWR_HIGH_CAUTION',
      facts: {
        acwrEwma: 1.83,
        cautionAt: 1.5,
        caution: true,
        evidence: { window: { from: '2027-02-01', to: '2027-02-07' } },
      },
    },
    {
      code: 'ACWR_FROM_OVERSHOOT',
      facts: {
        runs: [
          { date: '2027-02-03', minutes: 95, plannedMinutes: 50 },
          { date: '2027-02-07', minutes: 209, plannedMinutes: 110 },
        ],
        overshootFraction: 1.2,
        acwrAsPlanned: 1.12,
        evidence: { runs: [{ date: '2027-02-03' }, { date: '2027-02-07' }] },
      },
    },
  ]),
  {
    rule: 'cadence.drop',
    date: '2027-01-17',
    action: 'note_fatigue',
    before: undefined,
    after: undefined,
    reasons: [
      {
        code: 'CADENCE_DROP_IN_RUN',
        facts: {
          date: '2027-01-17',
          earlySpm: 172,
          lateSpm: 160.5,
          dropSpm: 11.5,
          laps: 10,
          dropFraction: 0.05,
          evidence: { runs: [{ date: '2027-01-17', id: '7d1c2e9a-0000-4000-8000-000000000001' }] },
        },
      },
      {
        code: 'CADENCE_BELOW_USUAL',
        facts: {
          date: '2027-01-17',
          cadenceSpm: 163,
          usualSpm: 171,
          dropSpm: 8,
          runs: 6,
          windowDays: 28,
          dropFraction: 0.05,
          evidence: { runs: [{ date: '2027-01-17', id: '7d1c2e9a-0000-4000-8000-000000000001' }] },
        },
      },
    ],
  },
  dec('future.unknown-rule', 'shorten', [{ code: 'SOMETHING_NEW', facts: { minutes: 40 } }]),
];

const p = trainingPaces(38.4);
const PACES = {
  easy: p.easy,
  marathon: p.marathon,
  threshold: p.threshold,
  interval: p.interval,
  repetition: p.repetition,
};

/** At least one message of every kind (some kinds several times, to cover their branches). */
export const MESSAGES: readonly CoachMessage[] = [
  { kind: 'welcome', name: 'Sam' },
  { kind: 'welcome' },
  { kind: 'help' },
  ...ONBOARDING_STEP_NAMES.map((step, i): CoachMessage => ({
    kind: 'onboarding-question',
    step,
    remaining: 15 - i,
    retry: i === 3,
  })),
  {
    kind: 'onboarding-question',
    step: 'race-date',
    remaining: 3,
    raceMonth: { year: 2027, month: 4 },
    understood: {
      units: 'km',
      goal: 'half',
      raceMonth: { year: 2027, month: 4 },
      race: { km: 10, seconds: 3300 },
      days: ['tue', 'thu', 'sat', 'sun'],
      longDay: 'sun',
      weeklyKm: 25,
    },
  },
  { kind: 'onboarding-question', step: 'days', remaining: 4, dayCount: { min: 3, max: 4 } },
  {
    kind: 'onboarding-question',
    step: 'experience',
    remaining: 1,
    understood: {
      goal: 'marathon',
      raceDate: '2027-05-02',
      targetSeconds: 12600,
      dayCount: { min: 3, max: 4 },
      weeklyMinutes: 180,
      longestRunKm: 16,
    },
  },
  {
    kind: 'onboarding-question',
    step: 'extras',
    remaining: 0,
    understood: { weeklyMinutes: 100, level: 'beginner', injuries: ['left knee'] },
    asks: ['persona'],
  },
  {
    kind: 'onboarding-question',
    step: 'extras',
    remaining: 0,
    aside: 'run-report',
    asks: ['target', 'longest-run', 'age', 'injuries', 'heart-rate', 'persona'],
  },
  {
    kind: 'onboarding-question',
    step: 'volume',
    remaining: 2,
    aside: 'question',
    understood: { targetSeconds: null, injuries: [], age: 41, maxHr: 185, restingHr: 52, persona: 'hype' },
  },
  {
    kind: 'plan-built',
    goal: PLAN.goal,
    weeks: PLAN.weeks.length,
    vdot: PLAN.vdot!,
    feasibility: { ok: true, predictedTime: 6900, potentialTime: 6418 },
    firstSession: PLAN.weeks[0]!.sessions[0]!,
  },
  {
    kind: 'plan-built',
    goal: { distance: 'marathon', raceDate: '2027-03-07', targetTime: 10800 },
    weeks: 13,
    vdot: 38.4,
    feasibility: { ok: false, predictedTime: 14375, potentialTime: 13600, realisticTarget: 13600 },
    replan: true,
  },
  { kind: 'plan-built', goal: { distance: 'fitness' }, weeks: 12, feasibility: { ok: true } },
  {
    kind: 'plan-built',
    goal: { distance: '5k', raceDate: '2027-02-15' },
    weeks: 10,
    feasibility: { ok: true },
    startVolume: { statedMinutes: 20, startMinutes: 59, runningMinutes: 15 },
  },
  {
    kind: 'plan-built',
    goal: { distance: '10k', raceDate: '2027-04-18' },
    weeks: 19,
    feasibility: { ok: true },
    injury: { achillesOrCalf: 1, noFastWeeks: 6, painMaxScore: 3, rampPercent: 6 },
  },
  {
    kind: 'plan-built',
    goal: { distance: 'fitness' },
    weeks: 12,
    feasibility: { ok: true },
    injury: { achillesOrCalf: 0, noFastWeeks: 0, painMaxScore: 3, rampPercent: 6 },
  },
  {
    kind: 'plan-built',
    goal: { distance: 'marathon', raceDate: '2027-01-17' },
    weeks: 6,
    vdot: 33.2,
    feasibility: { ok: false, predictedTime: 16200, longRun: { longestMinutes: 27, neededMinutes: 90 } },
  },
  {
    kind: 'today',
    date: TEMPO.date,
    session: TEMPO,
    readiness: 'good',
    progress: { weeksCompleted: 6, totalWeeks: 19, runsLogged: 23 },
  },
  { kind: 'today', date: EASY.date, session: EASY, readiness: 'poor' },
  { kind: 'today', date: '2027-01-20' },
  {
    kind: 'today',
    date: EASY.date,
    session: EASY,
    race: { km: 10, seconds: 3090, recoveryUntil: '2027-01-27' },
  },
  {
    kind: 'week',
    weekStart: WEEK.start,
    weekNumber: WEEK.index + 1,
    totalWeeks: PLAN.weeks.length,
    phase: WEEK.phase,
    downWeek: WEEK.downWeek,
    km: WEEK.km,
    minutes: WEEK.minutes,
    sessions: WEEK.sessions,
  },
  {
    kind: 'week',
    weekStart: WEEK.start,
    weekNumber: WEEK.index + 1,
    totalWeeks: PLAN.weeks.length,
    phase: WEEK.phase,
    downWeek: WEEK.downWeek,
    km: WEEK.km,
    minutes: WEEK.minutes,
    sessions: WEEK.sessions,
    distribution: {
      last7EasyShare: 0.35,
      last28EasyShare: 0.62,
      targetShare: 0.8,
      shortWindowDays: 7,
      longWindowDays: 28,
    },
  },
  { kind: 'paces', vdot: 38.4, paces: PACES, progress: { vdotBefore: 37.2, vdotNow: 38.4 } },
  { kind: 'paces' },
  {
    kind: 'run-logged',
    date: '2027-01-17',
    km: 10.02,
    seconds: 3725,
    paceSPerKm: 372,
    avgHr: 148,
    rpe: 6,
    plannedKind: 'long',
    progress: { weekKm: 28.4, weekPlannedKm: 36.7, runsLogged: 24 },
  },
  { kind: 'run-logged', date: '2027-01-17', km: 5, seconds: 1800 },
  { kind: 'run-logged', date: '2027-01-17', seconds: 1800 },
  { kind: 'run-logged', date: '2027-01-17', km: 4.2 },
  { kind: 'run-logged', date: '2027-01-23', km: 10, seconds: 3090, rpe: 9, plannedKind: 'easy', race: true },
  { kind: 'rpe-question', date: '2027-01-17', km: 10.02, seconds: 3725 },
  { kind: 'rpe-question', date: '2027-01-17' },
  {
    kind: 'checkin-saved',
    date: TEMPO.date,
    sleepHours: 4,
    restingHr: 58,
    hrvMs: 41,
    soreness: 3,
    stress: 5,
    readiness: 'poor',
  },
  { kind: 'checkin-saved', date: TEMPO.date, sleepHours: 8, readiness: 'good' },
  { kind: 'checkin-saved', date: TEMPO.date, illness: true, readiness: 'poor' },
  GRAY_ZONE_RUN,
  {
    kind: 'run-logged',
    date: '2027-01-15',
    km: 8,
    seconds: 2400,
    paceSPerKm: 300,
    grayZone: {
      paceSPerKm: 300,
      easyPace: { from: 369, to: 412 },
      last7EasyShare: 0.9,
      targetShare: 0.8,
      shortWindowDays: 7,
      longWindowDays: 28,
    },
  },
  ...DECISIONS.map((decision): CoachMessage => ({
    kind: 'decision',
    decision,
    askAccept: !decision.rule.startsWith('safety.'),
  })),
  {
    kind: 'decision',
    decision: DECISIONS[11]!,
    askAccept: false,
    progress: { vdotBefore: 38.4, vdotNow: 40.1, weeksCompleted: 6, totalWeeks: 19 },
  },
  {
    kind: 'plan-changed',
    decisions: [3, 4, 6].map((i) => DECISIONS[i]!),
    askAccept: true,
    progress: { weeksCompleted: 6, totalWeeks: 19 },
  },
  { kind: 'plan-changed', decisions: [DECISIONS[15]!, DECISIONS[18]!, DECISIONS[0]!], askAccept: true },
  { kind: 'plan-changed', decisions: [DECISIONS[16]!, DECISIONS[18]!], askAccept: false },
  { kind: 'plan-changed', decisions: [TWO_BAD_NIGHTS], askAccept: true },
  { kind: 'decision-answered', choice: 'accepted', date: TEMPO.date, sessionKind: 'easy' },
  { kind: 'decision-answered', choice: 'kept', date: TEMPO.date, sessionKind: 'tempo' },
  { kind: 'why', date: TEMPO.date, purpose: TEMPO.purpose, sessionKind: 'tempo' },
  { kind: 'why', date: TEMPO.date, decision: TWO_BAD_NIGHTS },
  { kind: 'why', date: '2027-01-20' },
  ...(['neutral', 'drill-sergeant', 'hype', 'best-friend'] as const).map((persona): CoachMessage => ({
    kind: 'persona-changed',
    persona,
  })),
  { kind: 'paused', from: '2027-01-20', reason: 'travel' },
  { kind: 'paused', from: '2027-01-20', reason: 'injury' },
  { kind: 'resumed', date: '2027-02-01', daysOff: 12 },
  { kind: 'resumed', date: '2027-02-01', daysOff: 0 },
  {
    kind: 'export-ready',
    activities: 24,
    checkins: 30,
    decisions: 7,
    location: '/api/athletes/ath_1/export',
  },
  { kind: 'delete-confirm' },
  { kind: 'delete-cancelled' },
  ...(
    [
      'TIMEZONE_NOTE',
      'PHONE_ASK',
      'PHONE_SAVED',
      'PHONE_NOT_YOURS',
      'PHONE_INVALID',
      'PHONE_TAKEN',
      'PERSONA_MENU',
      'UNHANDLED',
      'START_FIRST',
    ] as const
  ).map((code): CoachMessage => ({ kind: 'channel-note', code })),
  { kind: 'channel-note', code: 'TIMEZONE_SET', zone: 'Europe/Berlin' },
  { kind: 'option-stale', code: 'DECISION_SETTLED' },
  { kind: 'option-stale', code: 'NO_RPE_PENDING' },
  { kind: 'deleted' },
  {
    kind: 'clarify',
    problems: [
      {
        code: 'RPE_OUT_OF_RANGE',
        slot: 'rpe',
        message: 'RPE 15 is off the scale: how hard was it from 1 to 10?',
        facts: { rpe: 15 },
      },
    ],
    runnerText: 'ran 10k rpe 15',
  },
  { kind: 'clarify', problems: [] },
  { kind: 'not-understood', runnerText: 'asdf' },
  { kind: 'undone', fact: 'run', date: '2027-01-17', km: 7.5, seconds: 2700, withdrawn: 1 },
  { kind: 'undone', fact: 'run', date: '2027-01-17', seconds: 2700, withdrawn: 0 },
  { kind: 'undone', fact: 'rpe', date: '2027-01-17', rpe: 6, withdrawn: 2 },
  { kind: 'undone', fact: 'checkin', date: '2027-01-17', withdrawn: 0 },
  { kind: 'nothing-to-undo' },
  ...ACTIVITY_FILE_REFUSALS.map((code) => ({ kind: 'activity-refused' as const, code })),
  { kind: 'activity-refused', code: 'ACTIVITY_IMPLAUSIBLE', facts: { field: 'avgHr', value: 260 } },
  { kind: 'activity-refused', code: 'ACTIVITY_FILE_TOO_LARGE', facts: { maxMb: 20 } },
  { kind: 'activity-refused', code: 'ACTIVITY_ALREADY_IMPORTED', facts: { date: '2027-01-17' } },
  {
    kind: 'run-logged',
    date: '2027-01-17',
    km: 6,
    seconds: 2000,
    paceSPerKm: 333.3,
    avgHr: 150,
    file: { format: 'gpx', maxHr: 172, cadenceSpm: 170, elevationGainM: 50, laps: 6 },
  },
  { kind: 'cannot-answer-yet' },
  { kind: 'red-flag', date: TEMPO.date, flags: ['chest_pain', 'dizziness'] },
  { kind: 'red-flag', date: TEMPO.date, flags: [] },
  { kind: 'pain-stop', date: TEMPO.date, level: 'no_intensity', location: 'left knee', score: 3 },
  {
    kind: 'pain-stop',
    date: TEMPO.date,
    level: 'stop_prescriptions',
    location: 'left knee',
    score: 6,
    pauseDays: 3,
  },
  ...questionSamples(EASY, TEMPO),
  ...rescheduleSamples(),
  ...callSamples(EASY, TEMPO),
  { kind: 'error', code: 'DB_UNAVAILABLE' },
];
