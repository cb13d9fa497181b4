/**
 * "Was that too fast?": the last run's stored assessment (`activities.assessment`, `coach/rules/assess`)
 * read back: its pace against the band and its HR against the ceiling. Stores nothing.
 */
import type { CoachMessage } from '../prompts/coach-message.js';
import type { RunAssessment } from '../rules/assess/run-assessment.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';

type Verdict = Extract<CoachMessage, { kind: 'run-check' }>['verdict'];

/** Too fast when the assessment flags it (gray zone, an easy day at M), or pace or HR sit above the band. */
export function verdictOf(a: RunAssessment): Verdict {
  if (a.flags.includes('gray-zone') || a.flags.includes('easy-at-quality-pace')) return 'too-fast';
  const pace = a.work ?? a.pace;
  if (pace?.verdict === 'faster' || a.hr?.verdict === 'above') return 'too-fast';
  if (pace?.verdict === 'slower') return 'slower';
  if (pace !== undefined || a.hr !== undefined) return 'right';
  return 'unknown';
}

export async function askRunCheck(ctx: TurnContext): Promise<Turn> {
  const on = ctx.parsed.slots.date;
  const runs = await ctx.repos.activities.list(ctx.athlete.id, on ? { from: on, to: on } : { to: ctx.today });
  const last = runs.at(-1);
  if (!last) return say({ kind: 'run-check', verdict: 'unknown' });
  const a = last.assessment;
  if (!a) return say({ kind: 'run-check', date: last.date, verdict: 'unknown' });
  const pace = a.work ?? a.pace;
  return say({
    kind: 'run-check',
    date: last.date,
    judgedAs: a.judgedAs,
    verdict: verdictOf(a),
    ...(pace
      ? {
          pace: {
            paceSPerKm: pace.paceSPerKm,
            band: pace.band,
            offSPerKm: pace.offSPerKm,
            verdict: pace.verdict,
          },
        }
      : {}),
    ...(a.hr ? { hr: a.hr } : {}),
  });
}
