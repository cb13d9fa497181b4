/**
 * `fitness.too-slow`, the mirror of `fitness.quality-evidence`: quality sessions missed on pace at or above
 * the prescribed effort mean the paces are set too high (Daniels: run paces you can hold at the right
 * effort), unless heat, illness or short sleep explain it — so the runner is asked, and VDOT comes down by 1.
 */
import { addDays } from '../calendar/index.js';
import type { Reason } from '../decision.js';
import type { Plan } from '../plan/types.js';
import { assessHistory } from '../assess/assess-history.js';
import { TOO_SLOW_MARGIN_S_PER_KM } from '../assess/assess-run.js';
import { runRef } from './evidence.js';
import { changeVdot, vdotSetOn } from './fitness-rules.js';
import type { AdaptContext, RuleOutput } from './rule.js';
import { PlanEditor } from './rule.js';

/** Days (today included) in which slow quality sessions are counted. Source: issue 10 ("twice in ~10 days"). */
export const TOO_SLOW_WINDOW_DAYS = 10;
/** Slow quality sessions in the window that lower VDOT. Source: SCIENCE.md (never on one noisy run). */
export const TOO_SLOW_SESSIONS = 2;
/** The latest slow session must be this recent (days): the change comes when it is seen. */
export const TOO_SLOW_LOOKBACK_DAYS = 2;
/** VDOT points taken off. Source: Daniels' Running Formula (adjust about 1 VDOT at a time). */
export const VDOT_LOWER_STEP = 1;

/**
 * 2+ quality sessions since the VDOT was set, within 10 days, whose work was > 10 s/km slower than its
 * (heat-adjusted) band at or above the expected RPE or the work HR band → VDOT − 1 from today, every
 * future pace re-paced; the wording asks about heat, illness and sleep and offers a test instead.
 *
 * @example
 * tooSlowRules(plan45, { today: '2027-01-14', activities: [slowTempo, slowIntervals], checkins: [] }).plan.vdot; // 44
 */
export function tooSlowRules(plan: Plan, ctx: AdaptContext): RuleOutput {
  const editor = new PlanEditor(plan);
  const vdot = plan.vdot;
  if (vdot === undefined) return editor.result();
  const since = vdotSetOn(plan);
  const from = addDays(ctx.today, -(TOO_SLOW_WINDOW_DAYS - 1));
  const past = ctx.activities.filter((a) => a.date <= ctx.today);
  const slow = assessHistory(plan, past, { from }).filter(
    ({ activity: a, assessment: s }) =>
      a.date > since && a.date >= from && s.flags.includes('too-slow-at-effort') && s.work !== undefined,
  );
  const sessions = slow.map(({ activity, assessment: s }) => ({
    date: activity.date,
    kind: s.judgedAs,
    workPaceSPerKm: s.work!.paceSPerKm,
    targetPace: s.work!.band,
    slowerBySPerKm: s.work!.offSPerKm,
    ...(activity.rpe !== undefined ? { rpe: activity.rpe } : {}),
    ...(s.work!.avgHr !== undefined ? { avgHr: s.work!.avgHr } : {}),
  }));
  const latest = sessions.at(-1);
  if (sessions.length < TOO_SLOW_SESSIONS || latest === undefined) return editor.result();
  if (latest.date < addDays(ctx.today, -TOO_SLOW_LOOKBACK_DAYS)) return editor.result();
  const next = Math.round((vdot - VDOT_LOWER_STEP) * 10) / 10;
  const reasons: Reason[] = [
    {
      code: 'QUALITY_TOO_SLOW_AT_EFFORT',
      facts: {
        sessions,
        required: TOO_SLOW_SESSIONS,
        windowDays: TOO_SLOW_WINDOW_DAYS,
        marginSPerKm: TOO_SLOW_MARGIN_S_PER_KM,
        evidence: { runs: slow.map((r) => runRef(r.activity)) },
      },
    },
    { code: 'ASK_HEAT_ILLNESS_SLEEP', facts: { vdotStep: VDOT_LOWER_STEP, offerTest: true } },
  ];
  changeVdot(editor, next, ctx.today, 'fitness.too-slow', reasons);
  return editor.result();
}
