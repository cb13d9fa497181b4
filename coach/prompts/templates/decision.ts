/**
 * Decision templates: an adaptation worded from its record `{rule, action, before, after, reasons}` as
 * before → after, one sentence of why, and Accept / Keep original when it alters an upcoming session.
 * Safety decisions use the fixed safety text and offer no way to keep the original.
 */
import type { Decision } from '../../rules/decision.js';
import { isRedFlag } from '../../rules/safety/red-flags.js';
import type { SessionKind } from '../../rules/plan/types.js';
import { formatDate, formatDistance, formatMinutes, oneDecimal, sessionName } from '../format.js';
import { acceptOptions } from '../options.js';
import type { Units } from '../persona.js';
import { decisionSpoken, decisionWhy, isSafetyRule, spokenWhy } from './decision-reasons.js';
import { painText, redFlagText, SEE_PROFESSIONAL, SPOKEN_SAFETY } from './safety.js';
import type { FamilyTemplate } from './shared.js';
import { join, progressLine } from './shared.js';
import { purposeWords } from './purpose-words.js';

type Rec = Readonly<Record<string, unknown>>;
const rec = (x: unknown): Rec | undefined => (typeof x === 'object' && x !== null ? (x as Rec) : undefined);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function sessionText(s: Rec, units: Units): string {
  const kind = s['kind'] as SessionKind;
  if (kind === 'rest') return 'rest day';
  const parts = [sessionName(kind)];
  if (isNum(s['minutes'])) parts.push(formatMinutes(s['minutes']));
  if (isNum(s['km']) && s['km'] > 0) parts.push(`about ${formatDistance(s['km'], units)}`);
  return parts.join(', ');
}

/**
 * The before → after line of a decision, or `undefined` when it changed nothing that can be shown.
 *
 * @example
 * changeLine(twoBadNightsDecision, 'km'); // 'Tue 12 Jan: tempo run, 55 min, about 11 km → easy run, 45 min, about 7.6 km'
 */
export function changeLine(d: Decision, units: Units): string | undefined {
  const before = rec(d.before);
  const after = rec(d.after);
  if (before === undefined || after === undefined) return undefined;
  if (typeof before['kind'] === 'string' && typeof after['kind'] === 'string') {
    const date = typeof after['date'] === 'string' ? after['date'] : d.date;
    if (after['status'] === 'missed' && before['status'] !== 'missed')
      return `${formatDate(date)}: ${sessionText(before, units)}, marked missed`;
    return `${formatDate(date)}: ${sessionText(before, units)} → ${sessionText(after, units)}`;
  }
  if (isNum(after['vdot'])) {
    const from = isNum(before['vdot'])
      ? `VDOT ${oneDecimal(before['vdot'])} → ${oneDecimal(after['vdot'])}`
      : `VDOT set to ${oneDecimal(after['vdot'])}`;
    return `${from}: every pace from ${formatDate(d.date)} on is updated`;
  }
  return undefined;
}

/** The spoken line for a safety rule. */
function spokenSafety(rule: string): string {
  if (rule === 'safety.red-flag') return SPOKEN_SAFETY.redFlag;
  if (rule === 'safety.stop-prescriptions') return SPOKEN_SAFETY.stopPrescriptions;
  if (rule === 'safety.pain-no-intensity') return SPOKEN_SAFETY.noIntensity;
  return SPOKEN_SAFETY.seeProfessional;
}

function safetyText(d: Decision): string {
  const pain = d.reasons.find((r) => r.code === 'PAIN_REPORTED')?.facts;
  const where = typeof pain?.['location'] === 'string' ? pain['location'] : undefined;
  const score = isNum(pain?.['score']) ? pain['score'] : undefined;
  if (d.rule === 'safety.red-flag') {
    const flags = d.reasons.find((r) => r.code === 'RED_FLAG')?.facts['redFlags'];
    return redFlagText(
      Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string').filter(isRedFlag) : [],
    );
  }
  if (d.rule === 'safety.stop-prescriptions') return painText('stop_prescriptions', where, score, undefined);
  if (d.rule === 'safety.pain-no-intensity') return painText('no_intensity', where, score, undefined);
  return join([decisionWhy(d, 'km'), SEE_PROFESSIONAL]);
}

/**
 * True for advice: a decision that changes nothing in the plan (no before/after; stored ones read back as
 * null), e.g. `cadence.drop`.
 */
export function isAdvice(d: Decision): boolean {
  const none = (x: unknown) => x === undefined || x === null;
  return none(d.before) && none(d.after);
}

export const decision: FamilyTemplate<'decision'> = (m, { voice, units }) => {
  const d = m.decision;
  if (!isSafetyRule(d.rule) && isAdvice(d)) {
    const why = decisionWhy(d, units);
    return { text: join([voice.noteIntro, why]), spoken: join([voice.noteIntro, spokenWhy(d, units)]) };
  }
  if (isSafetyRule(d.rule)) {
    const line = changeLine(d, units);
    return {
      text: join([safetyText(d), line !== undefined ? `Plan: ${line}.` : undefined]),
      spoken: spokenSafety(d.rule),
    };
  }
  const line = changeLine(d, units);
  const progress = progressLine(m.progress, units);
  const intro = voice.changeIntro;
  const text = join([
    intro,
    line !== undefined ? `${line}.` : undefined,
    `Why: ${decisionWhy(d, units)}`,
    progress !== undefined ? `${voice.progress} ${progress}.` : undefined,
    m.askAccept ? 'Accept the change, or keep the original?' : undefined,
  ]);
  const short = decisionSpoken(d, units);
  const spoken =
    short !== undefined && line === undefined
      ? join([intro, short])
      : join([intro, line !== undefined ? `${line}.` : decisionWhy(d, units)]);
  return m.askAccept ? { text, spoken, options: acceptOptions(m.offeredIds) } : { text, spoken };
};

/** Most before → after lines a grouped change lists; the rest are counted. */
export const MAX_CHANGE_LINES = 7;

export const planChanged: FamilyTemplate<'plan-changed'> = (m, ctx) => {
  const { voice, units } = ctx;
  const safety = m.decisions.filter((d) => isSafetyRule(d.rule));
  const others = m.decisions.filter((d) => !isSafetyRule(d.rule));
  if (m.decisions.length === 1 && m.decisions[0] !== undefined)
    return decision(
      {
        kind: 'decision',
        decision: m.decisions[0],
        askAccept: m.askAccept,
        ...(m.offeredIds !== undefined ? { offeredIds: m.offeredIds } : {}),
        ...(m.progress !== undefined ? { progress: m.progress } : {}),
      },
      ctx,
    );
  const safetyTexts = [
    ...new Set(
      safety.filter((d) => d.rule !== 'safety.see-professional' || safety.length === 1).map(safetyText),
    ),
  ];
  const lines = m.decisions.map((d) => changeLine(d, units)).filter((l): l is string => l !== undefined);
  const shown = lines.slice(0, MAX_CHANGE_LINES).map((l) => `• ${l}`);
  if (lines.length > shown.length) shown.push(`• and ${lines.length - shown.length} more`);
  const rules = [...new Set(others.map((d) => d.rule))];
  const whys = rules.map((r) => decisionWhy(others.find((d) => d.rule === r) as Decision, units));
  const progress = progressLine(m.progress, units);
  const ask = m.askAccept && safety.length === 0 && lines.length > 0;
  const text = join(
    [
      join(safetyTexts),
      lines.length > 0 ? (safety.length > 0 ? 'Plan changes:' : voice.changeIntro) : undefined,
      shown.join('\n'),
      whys.length > 0 ? `Why: ${whys.join(' ')}` : undefined,
      progress !== undefined ? `${voice.progress} ${progress}.` : undefined,
      ask ? 'Accept the changes, or keep the original plan?' : undefined,
    ],
    '\n',
  );
  const strictest = ['safety.red-flag', 'safety.stop-prescriptions', 'safety.pain-no-intensity'].find((r) =>
    safety.some((d) => d.rule === r),
  );
  const spoken =
    safety.length > 0
      ? spokenSafety(strictest ?? 'safety.see-professional')
      : join([voice.changeIntro, whys[0]]);
  return ask ? { text, spoken, options: acceptOptions(m.offeredIds) } : { text, spoken };
};

export const why: FamilyTemplate<'why'> = (m, { units }) => {
  if (m.decision !== undefined) {
    const line = changeLine(m.decision, units);
    return {
      text: join([
        `Why the change: ${decisionWhy(m.decision, units)}`,
        line !== undefined ? `(${line}.)` : undefined,
      ]),
    };
  }
  if (m.sessionKind === undefined || m.sessionKind === 'rest') {
    return {
      text: `${formatDate(m.date)} is a rest day: rest is when the training sinks in and you get fitter.`,
    };
  }
  const purpose = m.purpose === undefined ? undefined : purposeWords(m.purpose);
  const why = `Why a ${sessionName(m.sessionKind)} on ${formatDate(m.date)}:`;
  return purpose === undefined || purpose.text === ''
    ? { text: `${why} it is the next step of your plan, at paces that fit your current fitness.` }
    : { text: `${why} ${purpose.text}`, spoken: `${why} ${purpose.spoken}` };
};
