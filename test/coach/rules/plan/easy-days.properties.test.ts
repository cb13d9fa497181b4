/**
 * Review #4 over generated runners: a general-aerobic run is at most `generalShareOfLong` of the week's
 * long run, a recovery run at most `RECOVERY_MAX_MINUTES`, and the day before the long run is shorter still
 * (`RECOVERY_SHARE_OF_GENERAL` of a general run) — never a second long run.
 */
import fc from 'fast-check';
import { vi, describe, expect, it } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { weekday } from '../../../../coach/rules/calendar/weekday.js';
import { resolveAthlete } from '../../../../coach/rules/plan/athlete.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import {
  generalShareOfLong,
  usualRunMinutes,
  RECOVERY_MAX_MINUTES,
  RECOVERY_SHARE_OF_GENERAL,
} from '../../../../coach/rules/plan/easy-days.js';
import { SOFTENED_PURPOSE } from '../../../../coach/rules/plan/hard-day-guard.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import { minSessionMinutes } from '../../../../coach/rules/plan/week-spec.js';
import { planRequest } from './arbitraries.js';
import { PROPERTY_TEST_TIMEOUT_MS } from '../../../helpers/property.js';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const walks = (steps: readonly { intensity: string }[]): boolean =>
  steps.some((st) => st.intensity === 'walk');

/** Every easy run over its limit in the plan built for `input`. */
export function easyDayViolations(input: PlanInput): string[] {
  const plan = buildPlan(input);
  const a = resolveAthlete(input);
  if (!plan.ok || !a.ok) return [];
  const least = minSessionMinutes(a.value);
  const v: string[] = [];
  for (const w of plan.value.weeks) {
    const long = w.sessions.find((s) => s.kind === 'long');
    if (long === undefined || walks(long.steps)) continue;
    // (or the runner's usual run today, up to the long run: the caps never cut below what they run)
    const runs = w.sessions.filter((s) => s.kind !== 'race' && s.kind !== 'rest').length;
    const usual = Math.floor(Math.min(usualRunMinutes(a.value, runs), long.minutes));
    const general = Math.max(Math.floor(generalShareOfLong(runs) * long.minutes), least, usual);
    const eve = weekday(addDays(long.date, -1));
    for (const s of w.sessions) {
      if (walks(s.steps) || s.purpose.code === SOFTENED_PURPOSE.code || s.purpose.code === 'MEDIUM_LONG')
        continue;
      if (s.kind === 'easy' && s.minutes > general + 1)
        v.push(`week ${w.index}: easy ${s.minutes}' over ${general}' beside a ${long.minutes}' long run`);
      if (s.kind === 'recovery' && s.minutes > Math.max(RECOVERY_MAX_MINUTES, least))
        v.push(`week ${w.index}: recovery ${s.minutes}'`);
      const eveLimit = Math.max(RECOVERY_SHARE_OF_GENERAL * general, least) + 1;
      if (s.kind !== 'long' && !s.hard && weekday(s.date) === eve && s.minutes > eveLimit)
        v.push(
          `week ${w.index}: ${s.minutes}' the day before a ${long.minutes}' long run (limit ${eveLimit}')`,
        );
    }
  }
  return v;
}

describe('easy days over generated runners (review #4)', () => {
  it("general runs ≤ 60 % of the long run, recovery ≤ 45', the eve of the long run shorter (1 000 runners)", () => {
    fc.assert(
      fc.property(planRequest(6, 30), (c) => {
        expect(easyDayViolations(c.input)).toEqual([]);
      }),
      { seed: 404, numRuns: 1000 },
    );
  });
});
