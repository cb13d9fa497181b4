/**
 * In-run guidance: `midRunCue(session, step, report)` → hold, slow down, speed up, walk break, cut short or
 * stop, with the size of the correction, where the runner is and what comes next.
 */
import { usableReport } from './usable-report.js';
import type { Reason } from '../decision.js';
import { heatAdjustment } from '../heat/hadley.js';
import type { Range, Session, Step } from '../plan/types.js';
import { PAIN_STOP_SCORE } from '../safety/pain-thresholds.js';
import { classifyRedFlags } from '../safety/red-flags.js';
import {
  FEEL_MISMATCH_MARGIN,
  FEEL_RPE,
  HR_CORRECTION_BOUNDS,
  MAX_CORRECTION_S_PER_KM,
  PACE_HYSTERESIS_S_PER_KM,
  SECONDS_PER_KM_PER_BPM,
  SHORT_REPEAT_KM,
  STEP_EXPECTED_RPE,
  WALK_BREAK_HR_ABOVE_CEILING_BPM,
} from './cue-thresholds.js';
import type { Cue, MidRunCue, NextStep, RunReport } from './run-report.js';
import type { Segment } from './session-timeline.js';
import { locate, sessionTimeline } from './session-timeline.js';

/**
 * The cue for a runner mid-session. Order of precedence: red flags and serious pain (stop), any other pain
 * (cut short), heat too high for hard running, effort far above the step's expected RPE, HR above the easy
 * ceiling on easy running (slow down even when the pace is on target), then pace against the heat-adjusted
 * target with a hysteresis band.
 *
 * @param session the planned session
 * @param step index of the step the runner was last known to be in (used when the report has no position)
 * @param report what the runner reported: position, lap/rolling pace, HR, feel, weather, pain, red flags
 * @example
 * midRunCue(tempo, 1, { elapsedSeconds: 1500, lapPaceSPerKm: 262 });
 * // { cue: 'slow_down', correctionSecondsPerKm: 16, stepIndex: 1, target: { from: 275, to: 281 }, next: { kind: 'cooldown', … } }
 */
export function midRunCue(session: Session, step: number, report: RunReport): MidRunCue {
  // A value that is not a number (NaN, Infinity, a negative pace) is treated as not reported, and said so.
  const { usable, ignored } = usableReport(report);
  const cue = cueFor(session, step, usable);
  return ignored.length === 0
    ? cue
    : { ...cue, reasons: [...cue.reasons, { code: 'REPORT_VALUES_IGNORED', facts: { fields: ignored } }] };
}

function cueFor(session: Session, step: number, report: RunReport): MidRunCue {
  const timeline = sessionTimeline(session);
  const seg = locate(timeline, report.elapsedSeconds, report.distanceKm) ?? fromIndex(timeline, step);
  const stepIndex = seg?.stepIndex ?? clampIndex(step, session.steps.length);
  const current: Step | undefined = session.steps[stepIndex];
  const next = nextStep(session, timeline, seg, report.elapsedSeconds);
  const base = { stepIndex, ...(seg && seg.repeat > 1 ? { rep: seg.rep } : {}), next };
  const answer = (
    cue: Cue,
    correctionSecondsPerKm: number,
    reasons: Reason[],
    target?: Range,
  ): MidRunCue => ({
    cue,
    correctionSecondsPerKm: Math.round(correctionSecondsPerKm),
    ...base,
    ...(target ? { target } : {}),
    reasons,
  });

  // 1. Safety: red flags or serious pain stop the run; any other pain ends the hard part.
  const flags = classifyRedFlags([
    ...(report.redFlags ?? []),
    ...(report.note !== undefined ? [report.note] : []),
  ]);
  if (flags.length > 0) return answer('stop', 0, [{ code: 'RED_FLAG', facts: { redFlags: flags } }]);
  const pain = report.painScore;
  if (pain !== undefined && pain >= PAIN_STOP_SCORE) {
    return answer('stop', 0, [
      { code: 'PAIN_AT_OR_ABOVE_STOP_SCORE', facts: { score: pain, stopScore: PAIN_STOP_SCORE } },
    ]);
  }
  if (pain !== undefined && pain > 0) {
    return {
      ...answer('cut_short', 0, [{ code: 'PAIN_REPORTED', facts: { score: pain } }]),
      next: cooldownOf(session, stepIndex),
    };
  }
  if (current === undefined)
    return answer('hold', 0, [{ code: 'NO_STEP', facts: { steps: session.steps.length } }]);

  // 2. Heat: adjust the target, or end hard running when it is too hot for it.
  const hard = current.intensity !== 'E' && current.intensity !== 'walk';
  let target = current.pace;
  const heatReasons: Reason[] = [];
  if (report.temperatureC !== undefined && report.dewPointC !== undefined) {
    const shortRepeat = current.kind === 'rep' && (current.km ?? Infinity) <= SHORT_REPEAT_KM;
    const h = heatAdjustment(report.temperatureC, report.dewPointC, { shortRepeat });
    if (!h.ok && h.code === 'NO_HARD_RUNNING') {
      const reasons = [{ code: 'HEAT_TOO_HIGH_FOR_HARD_RUNNING', facts: { ...h.facts } }];
      if (hard) return { ...answer('cut_short', 0, reasons), next: cooldownOf(session, stepIndex) };
      return answer('walk_break', 0, reasons);
    }
    if (h.ok && h.value.percent > 0 && target !== undefined) {
      const k = 1 + h.value.percent / 100;
      target = { from: Math.round(target.from * k), to: Math.round(target.to * k) };
      heatReasons.push({
        code: 'HEAT_ADJUSTED_TARGET',
        facts: { percent: round2(h.value.percent), sumF: Math.round(h.value.sumF) },
      });
    }
  }

  // 3. Effort far above what the step should feel like.
  const rpe = report.rpe ?? (report.feel !== undefined ? FEEL_RPE[report.feel] : undefined);
  const expected = STEP_EXPECTED_RPE[current.intensity];
  if (rpe !== undefined && rpe >= expected.to + FEEL_MISMATCH_MARGIN) {
    const reasons = [{ code: 'EFFORT_ABOVE_EXPECTED', facts: { rpe, expected } }, ...heatReasons];
    if (hard) return { ...answer('cut_short', 0, reasons, target), next: cooldownOf(session, stepIndex) };
    return answer('walk_break', 0, reasons, target);
  }

  // 4. Easy running: HR above the E ceiling means slow down, even on pace (the gray zone).
  const easyStep = current.intensity === 'E';
  const ceiling = current.hr?.to;
  if (easyStep && report.hr !== undefined && ceiling !== undefined && report.hr > ceiling) {
    const over = report.hr - ceiling;
    const facts = { hrBpm: report.hr, ceilingBpm: ceiling, overBpm: over };
    if (over >= WALK_BREAK_HR_ABOVE_CEILING_BPM)
      return answer('walk_break', 0, [{ code: 'HR_FAR_ABOVE_EASY_CEILING', facts }, ...heatReasons], target);
    const size = Math.min(
      HR_CORRECTION_BOUNDS.max,
      Math.max(HR_CORRECTION_BOUNDS.min, over * SECONDS_PER_KM_PER_BPM),
    );
    return answer('slow_down', size, [{ code: 'HR_ABOVE_EASY_CEILING', facts }, ...heatReasons], target);
  }

  // 5. Pace against the (heat-adjusted) target, from lap or rolling pace only.
  const pace = report.lapPaceSPerKm ?? report.rollingPaceSPerKm;
  const source = report.lapPaceSPerKm !== undefined ? 'lap' : 'rolling';
  if (
    pace === undefined ||
    target === undefined ||
    current.kind === 'walk' ||
    current.kind === 'recovery' ||
    current.kind === 'strides'
  ) {
    return answer(
      'hold',
      0,
      [
        { code: pace === undefined ? 'NO_PACE_REPORTED' : 'PACE_NOT_COACHED_ON_THIS_STEP', facts: {} },
        ...heatReasons,
      ],
      target,
    );
  }
  const mid = (target.from + target.to) / 2;
  const facts = { paceSPerKm: Math.round(pace), source, target, bandSPerKm: PACE_HYSTERESIS_S_PER_KM };
  const wasSlowing = report.previousCue === 'slow_down';
  const wasSpeeding = report.previousCue === 'speed_up';
  const tooFast = pace < target.from - PACE_HYSTERESIS_S_PER_KM || (wasSlowing && pace < target.from);
  const tooSlow = pace > target.to + PACE_HYSTERESIS_S_PER_KM || (wasSpeeding && pace > target.to);
  if (tooFast) {
    return answer(
      'slow_down',
      Math.min(MAX_CORRECTION_S_PER_KM, mid - pace),
      [{ code: 'PACE_FASTER_THAN_TARGET', facts }, ...heatReasons],
      target,
    );
  }
  if (tooSlow && !easyStep) {
    return answer(
      'speed_up',
      -Math.min(MAX_CORRECTION_S_PER_KM, pace - mid),
      [{ code: 'PACE_SLOWER_THAN_TARGET', facts }, ...heatReasons],
      target,
    );
  }
  const code = tooSlow ? 'EASY_SLOWER_IS_FINE' : 'PACE_ON_TARGET';
  return answer('hold', 0, [{ code, facts }, ...heatReasons], target);
}

function clampIndex(i: number, n: number): number {
  if (n === 0 || !Number.isFinite(i)) return 0;
  return Math.min(n - 1, Math.max(0, Math.trunc(i)));
}

function fromIndex(timeline: readonly Segment[], step: number): Segment | undefined {
  return timeline.find((s) => s.stepIndex === step);
}

function describe(session: Session, stepIndex: number, inSeconds?: number): NextStep {
  const s = session.steps[stepIndex]!;
  return {
    stepIndex,
    kind: s.kind,
    intensity: s.intensity,
    ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
    ...(s.km !== undefined ? { km: s.km } : {}),
    ...(s.pace !== undefined ? { pace: s.pace } : {}),
    ...(inSeconds !== undefined ? { inSeconds: Math.max(0, Math.round(inSeconds)) } : {}),
  };
}

function nextStep(
  session: Session,
  timeline: readonly Segment[],
  seg: Segment | undefined,
  elapsed?: number,
): NextStep | null {
  if (seg === undefined) return null;
  const i = timeline.indexOf(seg);
  const after = timeline[i + 1];
  if (after === undefined) return null;
  const inSeconds = elapsed !== undefined ? seg.endSeconds - elapsed : undefined;
  return describe(session, after.stepIndex, inSeconds);
}

/** Where to go when a session is cut short: its cool-down, if it has one after the current step. */
function cooldownOf(session: Session, stepIndex: number): NextStep | null {
  const i = session.steps.findIndex((s, j) => j > stepIndex && s.kind === 'cooldown');
  return i < 0 ? null : describe(session, i);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
