/**
 * Why a decision was taken, in one sentence, from its rule id and reason codes. The adaptation rules in
 * `coach/rules/adapt` get specific wording; any other rule falls back to a sentence built from its reason
 * codes, so a new rule is still explained (plainly) before it gets its own line here. The short spoken
 * forms live in `decision-spoken.ts`, the rule kinds in `rule-kinds.ts` (both re-exported here).
 */
import type { Decision } from '../../rules/decision.js';
import { isRedFlag } from '../../rules/safety/red-flags.js';
import {
  formatClock,
  formatDate,
  formatDistance,
  formatMinutes,
  formatPaceRange,
  oneDecimal,
  showPace,
} from '../format.js';
import type { Units } from '../persona.js';
import { listWords, RED_FLAG_WORDS } from './safety.js';
import { join } from './shared.js';
import { painWhy } from './pain-why.js';
import { decisionSpoken } from './decision-spoken.js';
import type { Facts, Why } from './reason-words.js';
import { SCHEDULE_WHY } from './schedule-why.js';
import {
  arr,
  codeWords,
  easyShareWords,
  facts,
  grayZoneWords,
  hrvTrendWords,
  kindName,
  num,
  percent,
  range,
  restingHrTrendWords,
  signalWords,
  str,
} from './reason-words.js';

const RULE_WHY: Readonly<Record<string, Why>> = Object.freeze({
  ...SCHEDULE_WHY,
  'readiness.two-bad-nights': (d) => {
    const f = facts(d, 'SLEEP_BAD_NIGHTS_IN_ROW');
    const hours = arr(f, 'sleepHours').filter((h): h is number => typeof h === 'number');
    const slept = hours.length > 0 ? ` (${hours.map((h) => `${oneDecimal(h)} h`).join(', ')})` : '';
    return `${num(f, 'nights') ?? 'Two'} short nights in a row${slept}: hard work on little sleep costs more than it gives.`;
  },
  'readiness.under-recovered': (d) => {
    const said = d.reasons.map(signalWords).filter((s): s is string => s !== undefined);
    return `Your check-in shows ${said.length > 0 ? listWords(said) : 'several signs of fatigue'}, so recovery comes first.`;
  },
  'readiness.resting-hr-trend': (d) =>
    `${restingHrTrendWords(facts(d, 'RESTING_HR_TREND_UP'))}: often an early sign of illness or poor recovery, so the hard session waits.`,
  'readiness.hrv-trend': (d) =>
    `${hrvTrendWords(facts(d, 'HRV_TREND_DOWN'))}: your body is still recovering, so the hard session waits.`,
  'rpe.mismatch': (d) => {
    const f = facts(d, 'RPE_ABOVE_EXPECTED');
    const exp = f?.['expected'] as Facts | undefined;
    const rpe = num(f, 'rpe');
    const date = str(f, 'date');
    const range =
      num(exp, 'from') !== undefined && num(exp, 'to') !== undefined
        ? ` instead of ${num(exp, 'from')}–${num(exp, 'to')}`
        : '';
    return `Your ${kindName(f?.['kind'])}${date !== undefined ? ` on ${formatDate(date)}` : ''} felt like RPE ${rpe ?? '?'}${range}, so we ease off and watch how you respond.`;
  },
  'rpe.repeated': (d) => {
    const f = facts(d, 'RPE_ABOVE_EXPECTED_REPEATED');
    const n = arr(f, 'runs').length;
    return `${n > 0 ? n : 'Several'} runs in the last ${num(f, 'windowDays') ?? 7} days felt much harder than planned, so the coming week is lighter.`;
  },
  'intensity.gray-zone': (d, units) => {
    const runs = arr(facts(d, 'GRAY_ZONE_REPEATED'), 'runs') as Facts[];
    const latest = runs.at(-1);
    const date = str(latest, 'date');
    const quality = facts(d, 'CHECK_HR_STRAP_OR_HEAT');
    const qDate = str(quality, 'qualityDate');
    const protect =
      qDate !== undefined
        ? ` The easy running before your ${kindName(quality?.['qualityKind'])} on ${formatDate(qDate)} is shorter, so that day can be run hard.`
        : '';
    return join([
      `${runs.length > 0 ? runs.length : 'Several'} easy runs in the last ${num(facts(d, 'GRAY_ZONE_REPEATED'), 'windowDays') ?? 7} days drifted into the gray zone${date !== undefined ? `, the latest on ${formatDate(date)}` : ''}: ${grayZoneWords(latest, units)}.`,
      easyShareWords(facts(d, 'EASY_SHARE')),
      `${protect.trim()}`,
      'Is your HR strap reading right, or was it hot?',
    ]);
  },
  'fitness.too-slow': (d, units) => {
    const sessions = arr(facts(d, 'QUALITY_TOO_SLOW_AT_EFFORT'), 'sessions') as Facts[];
    const said = sessions.map((s) => {
      const date = str(s, 'date');
      const pace = num(s, 'workPaceSPerKm');
      const target = range(s?.['targetPace']);
      const rpe = num(s, 'rpe');
      const hr = num(s, 'avgHr');
      const effort =
        rpe !== undefined ? ` at RPE ${rpe}` : hr !== undefined ? ` at HR ${Math.round(hr)}` : '';
      return `your ${kindName(s?.['kind'])}${date !== undefined ? ` on ${formatDate(date)}` : ''} ran ${pace !== undefined ? showPace(pace, units) : 'slower'}${target !== undefined ? ` against ${formatPaceRange(target, units)}` : ''}${effort}`;
    });
    const first = said.length > 0 ? listWords(said) : 'your recent quality sessions ran slow';
    return `${first.charAt(0).toUpperCase()}${first.slice(1)}. Paces you cannot hold at the right effort are set too high, so they come down a step. Was it hot, are you ill or short on sleep? Tell me, or run a time trial and I will set your paces from it.`;
  },
  'load.acwr-caution': (d) => {
    const r = num(facts(d, 'ACWR_HIGH_CAUTION'), 'acwrEwma');
    const ratio = r !== undefined ? ` (acute:chronic ratio ${r})` : '';
    const own = facts(d, 'ACWR_FROM_OVERSHOOT');
    if (own !== undefined) {
      const runs = arr(own, 'runs').filter((x): x is Facts => typeof x === 'object' && x !== null);
      const top = [...runs].sort(
        (a, b) =>
          (num(b, 'minutes') ?? 0) -
          (num(b, 'plannedMinutes') ?? 0) -
          ((num(a, 'minutes') ?? 0) - (num(a, 'plannedMinutes') ?? 0)),
      )[0];
      const example =
        top !== undefined && str(top, 'date') !== undefined && num(top, 'minutes') !== undefined
          ? ` (${formatDate(str(top, 'date')!)}: ${formatMinutes(num(top, 'minutes')!)}${num(top, 'plannedMinutes') ? ` against ${formatMinutes(num(top, 'plannedMinutes')!)} planned` : ' with nothing planned'})`
          : '';
      return `Your recent load has climbed fast${ratio}, mostly because ${runs.length > 1 ? `${runs.length} runs` : 'a run'} went well past the plan${example}. That is a caution sign, not a verdict, so the days ahead are a little shorter; keeping to the planned minutes lets the build do its work.`;
    }
    return `Your recent load has climbed fast${ratio} and you also seem tired: a caution sign, so the days ahead are a little shorter.`;
  },
  'cadence.drop': (d) => {
    const within = facts(d, 'CADENCE_DROP_IN_RUN');
    const usual = facts(d, 'CADENCE_BELOW_USUAL');
    const date = str(within ?? usual, 'date');
    const on = date !== undefined ? ` on ${formatDate(date)}` : '';
    const said: string[] = [];
    if (num(within, 'earlySpm') !== undefined && num(within, 'lateSpm') !== undefined)
      said.push(
        `your cadence fell from ${Math.round(num(within, 'earlySpm')!)} to ${Math.round(num(within, 'lateSpm')!)} steps/min over the last laps of your run${on}, at the same pace`,
      );
    if (num(usual, 'cadenceSpm') !== undefined && num(usual, 'usualSpm') !== undefined)
      said.push(
        `${said.length > 0 ? 'it was' : `your run${on} was`} at ${Math.round(num(usual, 'cadenceSpm')!)} steps/min against your usual ${Math.round(num(usual, 'usualSpm')!)} at that pace`,
      );
    const what = said.length > 0 ? said.join(', and ') : `your cadence dropped${on}`;
    return `${what[0]!.toUpperCase()}${what.slice(1)}: often a sign of tired legs, so keep the next easy days truly easy. Nothing changes in the plan. If you like, a slightly quicker, lighter step can help some runners: a suggestion, never a target.`;
  },
  'load.monotony': (d) => {
    const f = facts(d, 'MONOTONY_HIGH');
    const m = num(f, 'monotony');
    const lim = num(f, 'limit');
    return `Your days have been very alike${m !== undefined ? ` (monotony ${m}${lim !== undefined ? `, above ${lim}` : ''})` : ''}, so we vary the week with a shorter easy run.`;
  },
  'load.ramp': (d) => {
    const f = d.reasons[0]?.facts;
    const planned = num(f, 'plannedThisWeekMinutes');
    const limit = num(f, 'limitMinutes');
    return planned !== undefined && limit !== undefined
      ? `This week would reach ${formatMinutes(planned)} of running against a sensible ${formatMinutes(limit)}, and volume that grows too fast is a common road to injury.`
      : 'Your volume would grow faster than is wise, and that is a common road to injury.';
  },
  'overshoot.run': (d, units) => {
    const over = facts(d, 'RUN_OVER_PRESCRIPTION');
    const fast = facts(d, 'EASY_DAY_AT_QUALITY_PACE');
    const f = over ?? fast;
    const date = str(f, 'date');
    const on = `Your ${kindName(f?.['kind'])}${date !== undefined ? ` on ${formatDate(date)}` : ''}`;
    const parts: string[] = [];
    const min = num(over, 'minutes');
    const planned = num(over, 'plannedMinutes');
    const share = percent(num(over, 'ranShare'));
    if (over !== undefined)
      parts.push(
        `went ${min !== undefined ? formatMinutes(min) : 'much longer'}${planned !== undefined ? ` against ${formatMinutes(planned)} planned` : ''}${share !== undefined ? ` (${share})` : ''}`,
      );
    const pace = num(fast, 'paceSPerKm');
    const easy = range(fast?.['easyPace']);
    if (fast !== undefined)
      parts.push(
        `ran ${pace !== undefined ? showPace(pace, units) : 'fast'}, marathon pace or faster${easy !== undefined ? `, where easy is ${formatPaceRange(easy, units)}` : ''}`,
      );
    return `${on} ${parts.join(' and ')}: the extra load comes out of the next session, so you absorb it instead of carrying it.`;
  },
  'overshoot.week': (d) => {
    const f = facts(d, 'WEEK_OVER_PLAN');
    const ran = num(f, 'ranMinutes');
    const planned = num(f, 'plannedMinutes');
    return `In the last 7 days you ran ${ran !== undefined ? formatMinutes(ran) : 'far more'}${planned !== undefined ? ` against ${formatMinutes(planned)} planned` : ' than planned'}: the coming week is lighter so your body can absorb it. Extra running is not extra fitness until it is absorbed.`;
  },
  'missed.mark': () =>
    'Nothing was logged that day. Missed sessions are not moved: cramming them in does more harm than good.',
  'missed.keep-key-sessions': (d) => {
    const n = arr(facts(d, 'SESSIONS_MISSED_THIS_WEEK'), 'missed').length;
    return `${n > 0 ? n : 'Several'} sessions missed this week, so we keep the long run and one key session and never cram.`;
  },
  'illness.rest': () => 'You are ill: rest first, then we return gradually.',
  'illness.graded-return': (d) => {
    const f = facts(d, 'RETURN_FROM_ILLNESS');
    const ill = num(f, 'illDays');
    const ret = num(f, 'returnDays');
    return `After ${ill ?? 'some'} ${ill === 1 ? 'day' : 'days'} ill, a ${ret ?? 'short'}-day graded return brings you back safely.`;
  },
  'fitness.race-result': (d, units) => {
    const f = facts(d, 'RACE_RESULT');
    const km = num(f, 'km');
    const min = num(f, 'minutes');
    const date = str(f, 'date');
    const v = num(f, 'vdot');
    const race =
      km !== undefined && min !== undefined
        ? ` (${formatDistance(km, units)} in ${formatClock(min * 60)})`
        : '';
    return `Your race${date !== undefined ? ` on ${formatDate(date)}` : ''}${race} shows ${v !== undefined ? `a VDOT of ${oneDecimal(v)}` : 'more fitness'}, so every future pace moves with it.`;
  },
  'fitness.quality-evidence': (d) => {
    const n = arr(facts(d, 'QUALITY_SESSIONS_EASIER'), 'sessions').length;
    const days = num(facts(d, 'VDOT_HELD_LONG_ENOUGH'), 'days');
    return `${n > 0 ? n : 'Your'} quality sessions at target pace felt easier than expected${days !== undefined ? `, and you have held this level for ${days} days` : ''}.`;
  },
  'recovery.post-race': (d, units) => {
    const f = facts(d, 'RECENT_RACE');
    const km = num(f, 'km');
    const days = num(f, 'recoveryDays');
    const per = num(f, 'kmPerDay');
    const date = str(f, 'date');
    const until = str(f, 'until');
    const race = `Your race${date !== undefined ? ` on ${formatDate(date)}` : ''}${km !== undefined ? ` (${formatDistance(km, units)})` : ''}`;
    const earns =
      days !== undefined
        ? ` earns ${days} easy ${days === 1 ? 'day' : 'days'}${per !== undefined ? ` (one for every ${oneDecimal(per)} km raced)` : ''}`
        : ' needs a few easy days';
    return `${race}${earns}: quality and long runs wait${until !== undefined ? ` until after ${formatDate(until)}` : ''} while your legs recover.`;
  },
  'fitness.break-detraining': (d) => {
    const off = num(facts(d, 'BREAK_FROM_RUNNING'), 'daysOff');
    return `${off !== undefined ? `${off} days` : 'A break'} without running costs a little fitness, so paces ease while you rebuild.`;
  },
  'fitness.break-rebuild': (d) => {
    const off = num(facts(d, 'BREAK_FROM_RUNNING'), 'daysOff');
    const keep = num(facts(d, 'RETURN_STEP'), 'keepFraction');
    return `After ${off !== undefined ? `${off} days` : 'a break'} off you rebuild gradually${keep !== undefined ? `, at ${Math.round(keep * 100)} % of the planned time` : ''}.`;
  },
  'safety.red-flag': (d) => {
    const flags = arr(facts(d, 'RED_FLAG'), 'redFlags').filter((x): x is string => typeof x === 'string');
    const words = flags.filter(isRedFlag).map((f) => RED_FLAG_WORDS[f]);
    return `You reported ${words.length > 0 ? listWords(words) : 'a warning symptom'}, which needs a qualified professional, not a training plan.`;
  },
  'safety.stop-prescriptions': (d) =>
    painWhy(d, 'so running pauses until a qualified professional has checked it.'),
  'safety.pain-no-intensity': (d) => painWhy(d, 'so no hard running while something hurts.'),
  'safety.see-professional': (d) => painWhy(d, 'which is worth a qualified professional’s look.'),
});

export { decisionSpoken } from './decision-spoken.js';
export { isSafetyRule, isSofteningRule } from './rule-kinds.js';

/**
 * The one-sentence spoken why of a decision: its own short form, or the first sentence of `decisionWhy`.
 *
 * @example
 * spokenWhy(cadenceDrop, 'km'); // 'Your cadence dropped on Sun 17 Jan, often a sign of tired legs, so keep the next easy days easy.'
 */
export function spokenWhy(d: Decision, units: Units): string {
  return decisionSpoken(d, units) ?? decisionWhy(d, units).split(/(?<=[.!?])\s+/)[0]!;
}

/**
 * One sentence saying why a decision was taken: specific for known rules, built from reason codes otherwise.
 *
 * @example
 * decisionWhy({ rule: 'readiness.two-bad-nights', …, reasons: [{ code: 'SLEEP_BAD_NIGHTS_IN_ROW', facts: { nights: 2, sleepHours: [4, 5] } }] }, 'km');
 * // '2 short nights in a row (4 h, 5 h): hard work on little sleep costs more than it gives.'
 */
export function decisionWhy(d: Decision, units: Units): string {
  const specific = RULE_WHY[d.rule]?.(d, units);
  if (specific !== undefined) return specific;
  const said = d.reasons.map((r) => signalWords(r) ?? codeWords(r.code));
  return said.length > 0
    ? `The rules saw ${listWords(said)}.`
    : 'The rules adjusted the plan to keep your training on track.';
}

/**
 * True when a rule id has its own wording (not the generic fallback).
 *
 * @example
 * hasSpecificWhy('readiness.two-bad-nights'); // true
 */
export function hasSpecificWhy(rule: string): boolean {
  return Object.hasOwn(RULE_WHY, rule);
}
