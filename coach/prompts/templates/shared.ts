/** What every family template receives and returns, and the helpers they share. */
import type { CoachMessage, Progress, ReplyOption } from '../coach-message.js';
import { formatDistance, oneDecimal } from '../format.js';
import type { Channel, Persona, Units } from '../persona.js';
import type { Voice } from './voices.js';

export interface TemplateContext {
  readonly persona: Persona;
  readonly channel: Channel;
  readonly units: Units;
  readonly voice: Voice;
  /** True when the persona is softened (poor readiness, illness, pain, red flag). */
  readonly soft: boolean;
  readonly name?: string;
}

/** A template's output: `spoken` is the short form for voice (≤ 2 short sentences), when it differs. */
export interface Worded {
  readonly text: string;
  readonly options?: readonly ReplyOption[];
  readonly spoken?: string;
}

/** A family template: words the messages of its kinds. */
export type FamilyTemplate<K extends CoachMessage['kind']> = (
  message: Extract<CoachMessage, { kind: K }>,
  ctx: TemplateContext,
) => Worded;

/**
 * Joins non-empty parts with single spaces (sentences) or newlines (`sep`).
 *
 * @example
 * join(['Hi.', '', 'Run logged.']); // 'Hi. Run logged.'
 */
export function join(parts: readonly (string | undefined | false)[], sep = ' '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);
}

/**
 * One line of progress, or `undefined` when the message carries none (SDT competence: show progress).
 *
 * @example
 * progressLine({ vdotBefore: 38.4, vdotNow: 39.4, weeksCompleted: 6, totalWeeks: 19 }, 'km');
 * // 'VDOT 38.4 → 39.4 · 6 of 19 weeks done'
 * progressLine({ weeksCompleted: 0, totalWeeks: 19, runsLogged: 0 }, 'km');
 * // 'first week of 19 · no runs logged yet'
 */
export function progressLine(p: Progress | undefined, units: Units): string | undefined {
  if (p === undefined) return undefined;
  const parts: string[] = [];
  if (p.vdotNow !== undefined) {
    parts.push(
      p.vdotBefore !== undefined && p.vdotBefore !== p.vdotNow
        ? `VDOT ${oneDecimal(p.vdotBefore)} → ${oneDecimal(p.vdotNow)}`
        : `VDOT ${oneDecimal(p.vdotNow)}`,
    );
  }
  if (p.weeksCompleted !== undefined && p.totalWeeks !== undefined)
    parts.push(
      p.weeksCompleted === 0
        ? `first week of ${p.totalWeeks}`
        : `${p.weeksCompleted} of ${p.totalWeeks} ${p.totalWeeks === 1 ? 'week' : 'weeks'} done`,
    );
  if (p.runsLogged !== undefined)
    parts.push(
      p.runsLogged === 0
        ? 'no runs logged yet'
        : `${p.runsLogged} ${p.runsLogged === 1 ? 'run' : 'runs'} logged`,
    );
  if (p.weekKm !== undefined)
    parts.push(
      p.weekPlannedKm !== undefined
        ? `${formatDistance(p.weekKm, units)} of ${formatDistance(p.weekPlannedKm, units)} this week`
        : `${formatDistance(p.weekKm, units)} this week`,
    );
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * The first `n` sentences of a text, bullet and blank lines dropped: the fallback spoken form.
 *
 * @example
 * firstSentences('Hi. Run logged. Well done.\n• 8 km', 2); // 'Hi. Run logged.'
 */
export function firstSentences(text: string, n: number): string {
  const prose = text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('•'))
    .join(' ');
  return prose
    .split(/(?<=[.!?])\s+/)
    .slice(0, n)
    .map((s) => s.trim())
    .join(' ');
}
