/**
 * Rescheduling templates (issue 11 §4): a moved or swapped session and a week cut to fewer run days as
 * before → after with Accept / Keep original, and a refusal that says why and what would work. The rules
 * give codes and facts (`rules/adapt/move-session.ts`, `limit-days.ts`); every word is here.
 */
import type { SessionKind } from '../../rules/plan/types.js';
import { formatDate, formatDistance, formatMinutes, sessionName } from '../format.js';
import { ACCEPT_OPTIONS } from '../options.js';
import type { Units } from '../persona.js';
import { decisionWhy } from './decision-reasons.js';
import { rescheduleVoice } from './reschedule-voices.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';

type Rec = Readonly<Record<string, unknown>>;
const rec = (x: unknown): Rec => (typeof x === 'object' && x !== null ? (x as Rec) : {});
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const days = (x: unknown): Rec[] => (Array.isArray(x) ? x.map(rec) : []);
const kindName = (x: unknown): string => {
  const k = str(x) as SessionKind | undefined;
  return k === undefined ? 'session' : k === 'rest' ? 'rest day' : sessionName(k);
};

function dayText(d: Rec, units: Units): string {
  if (d['kind'] === 'rest') return 'rest day';
  const parts = [kindName(d['kind'])];
  const minutes = num(d['minutes']);
  const km = num(d['km']);
  if (minutes !== undefined) parts.push(formatMinutes(minutes));
  if (km !== undefined && km > 0) parts.push(`about ${formatDistance(km, units)}`);
  return parts.join(', ');
}

/** The before → after lines of a move, one per changed day, in date order. */
function moveLines(before: Rec, after: Rec, units: Units): string[] {
  const was = new Map(days(before['sessions']).map((d) => [str(d['date']), d]));
  return days(after['sessions'])
    .sort((a, b) => String(a['date']).localeCompare(String(b['date'])))
    .map(
      (d) =>
        `• ${formatDate(String(d['date']))}: ${dayText(was.get(str(d['date'])) ?? {}, units)} → ${dayText(d, units)}`,
    );
}

/** The runs a cut week drops, each as "day: session → rest day". */
function limitLines(before: Rec, after: Rec, units: Units): string[] {
  const kept = new Set(days(after['sessions']).map((d) => str(d['date'])));
  return days(before['sessions'])
    .filter((d) => !kept.has(str(d['date'])))
    .map((d) => `• ${formatDate(String(d['date']))}: ${dayText(d, units)} → rest day`);
}

const ASK = 'Accept the change, or keep the original?';
const SPOKEN_ASK = 'Accept, or keep the original?';
const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export const rescheduled: FamilyTemplate<'rescheduled'> = (m, { persona, units }) => {
  const d = m.decision;
  const v = rescheduleVoice(persona);
  const before = rec(d.before);
  const after = rec(d.after);
  if (d.rule === 'schedule.limit-days') {
    const start = str(after['weekStart']) ?? d.date;
    const summary = `Week of ${formatDate(start)}: ${num(before['runDays'])} → ${num(after['runDays'])} run days, ${formatMinutes(num(before['minutes']) ?? 0)} → ${formatMinutes(num(after['minutes']) ?? 0)}.`;
    const kept = days(after['sessions']).map((s) => kindName(s['kind']));
    const text = join(
      [
        v.limited,
        summary,
        limitLines(before, after, units).join('\n'),
        `Kept: ${kept.join(', ')}.`,
        `Why: ${decisionWhy(d, units)}`,
        ASK,
      ],
      '\n',
    );
    // The phone form: the facts first, then the question (two sentences).
    return { text, spoken: join([summary, SPOKEN_ASK]), options: ACCEPT_OPTIONS };
  }
  const swap = d.action === 'swap_sessions';
  const moved = days(after['sessions']).find((s) => s['kind'] !== 'rest' && str(s['date']) !== d.date);
  const text = join(
    [v.moved, moveLines(before, after, units).join('\n'), `Why: ${decisionWhy(d, units)}`, ASK],
    '\n',
  );
  const other = days(after['sessions']).find((s) => s !== moved);
  const fact =
    moved === undefined
      ? undefined
      : swap
        ? `${kindName(moved['kind'])} on ${formatDate(String(moved['date']))}, ${kindName(other?.['kind'])} on ${formatDate(d.date)}.`
        : `${kindName(moved['kind'])} moves to ${formatDate(String(moved['date']))}, ${formatDate(d.date)} is a rest day.`;
  const spoken = fact === undefined ? join([v.moved, SPOKEN_ASK]) : join([capitalize(fact), SPOKEN_ASK]);
  return { text, spoken, options: ACCEPT_OPTIONS };
};

/** Why the coach refuses, in one sentence, from the rule's code and facts. */
function refusalReason(code: string, f: Rec): string {
  const kind = kindName(f['kind']);
  const on = (k: string) => (str(f[k]) !== undefined ? formatDate(String(f[k])) : 'that day');
  switch (code) {
    case 'HARD_DAYS_ADJACENT':
      return `${on('clashDate')} would be the day ${f['side'] === 'before' ? 'before' : 'after'} your ${kindName(f['neighbourKind'])}: hard days back to back.`;
    case 'TARGET_IN_PAST':
      return `${on('to')} has already passed.`;
    case 'SESSION_IN_PAST':
      return `Your ${kind} was on ${on('from')}, which has already passed.`;
    case 'SESSION_DONE':
      return `You already ran your ${kind} on ${on('from')}.`;
    case 'TARGET_DONE':
      return `${on('to')} already has a run done.`;
    case 'NOT_SAME_WEEK':
      return `Your ${kind} is on ${on('from')} and ${on('to')} is in another week: moves stay within the week.`;
    case 'SAME_DAY':
      return `Your ${kind} is already on ${on('to')}.`;
    case 'RACE_DAY':
      return 'Race day stays as it is: nothing moves onto it or off it.';
    case 'NO_SUCH_SESSION':
      return `I can’t find a ${f['kind'] === 'quality' ? 'quality session' : kindName(f['kind'])} to move in the week of ${on('to')}.`;
    case 'TARGET_OUTSIDE_PLAN':
    case 'WEEK_OUTSIDE_PLAN':
      return 'That is outside your plan.';
    case 'WEEK_PAST':
      return 'That week is already over.';
    case 'DAYS_OUT_OF_RANGE':
      return `A week has ${num(f['minDays']) ?? 'at least one'} to ${num(f['maxDays']) ?? 'seven'} run days.`;
    case 'NOTHING_TO_CHANGE':
      return `That week has ${num(f['runDaysNow']) ?? 'no more than that many'} run days already, so there is nothing to change.`;
    case 'NO_PLAN':
      return 'You don’t have a plan yet.';
    default:
      return 'That change doesn’t fit your plan.';
  }
}

/** What would work instead, when the facts say. */
function whatWorks(code: string, f: Rec): string | undefined {
  const alternatives = Array.isArray(f['alternatives'])
    ? f['alternatives'].filter((x): x is string => typeof x === 'string')
    : [];
  if (code === 'HARD_DAYS_ADJACENT')
    return alternatives.length > 0
      ? `${alternatives.map(formatDate).join(' or ')} keeps an easy day between.`
      : 'No other day this week keeps an easy day between, so it stays where it is.';
  if (code === 'TARGET_IN_PAST' || code === 'NOT_SAME_WEEK') {
    const end = str(f['sessionWeekEnd']) ?? str(f['weekEnd']);
    return end !== undefined
      ? `Pick a day up to ${formatDate(end)}.`
      : 'Pick today or a later day this week.';
  }
  if (code === 'DAYS_OUT_OF_RANGE') return 'How many days can you run?';
  return undefined;
}

export const rescheduleRefused: FamilyTemplate<'reschedule-refused'> = (m, { persona }) => {
  const v = rescheduleVoice(persona);
  const reason = refusalReason(m.code, m.facts);
  const works = whatWorks(m.code, m.facts);
  return { text: join([v.refused, reason, works]), spoken: join([reason, works]) };
};
