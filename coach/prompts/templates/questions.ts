/**
 * Coaching-question templates (issue 11 §5): the long run of a week, progress, a race prediction now,
 * "was that too fast?", a mid-run cue and questions outside coaching. Every number is a fact of the message.
 */
import type { Reason } from '../../rules/decision.js';
import type { Cue } from '../../rules/in-run/run-report.js';
import {
  formatClock,
  formatDate,
  formatDistance,
  formatPaceRange,
  formatStep,
  oneDecimal,
  sessionHeadline,
  sessionName,
  showPace,
} from '../format.js';
import type { Units } from '../persona.js';
import type { FamilyTemplate } from './shared.js';
import { purposeText } from './purpose-words.js';
import { join } from './shared.js';

const DISTANCE_NAMES = { '5k': '5K', '10k': '10K', half: 'half marathon', marathon: 'marathon' } as const;

export const longRun: FamilyTemplate<'long-run'> = (m, { voice, units }) => {
  const which = m.weekOffset === 1 ? 'Next week' : 'This week';
  const s = m.session;
  if (s === undefined) {
    return {
      text: join([`${which} (from ${formatDate(m.weekStart)}) has no long run in your plan.`, voice.signOff]),
      spoken: `${which} has no long run in your plan.`,
    };
  }
  const purpose = purposeText(s.purpose);
  const why = purpose !== '' ? `Why: ${purpose}` : undefined;
  return {
    text: join([
      `${which}’s long run, ${formatDate(s.date)}: ${sessionHeadline(s, units)}.`,
      why,
      voice.easyDay,
    ]),
    spoken: `${which}’s long run is on ${formatDate(s.date)}: ${sessionHeadline(s, units)}.`,
  };
};

function vdotLine(before: number | undefined, now: number | undefined): string | undefined {
  if (now === undefined) return 'No fitness figure yet: race once (even a 5K) and I can track it.';
  if (before === undefined || before === now) return `Fitness steady at VDOT ${oneDecimal(now)}.`;
  return now > before
    ? `Fitness up: VDOT ${oneDecimal(before)} → ${oneDecimal(now)}.`
    : `Fitness down: VDOT ${oneDecimal(before)} → ${oneDecimal(now)}, so the paces eased with it.`;
}

export const progress: FamilyTemplate<'progress'> = (m, { voice, units }) => {
  const weeks =
    m.weeksCompleted === 0
      ? `First week of ${m.totalWeeks}`
      : `${m.weeksCompleted} of ${m.totalWeeks} ${m.totalWeeks === 1 ? 'week' : 'weeks'} done`;
  const runs =
    m.runsLogged === 0
      ? 'no runs logged yet'
      : `${m.runsLogged} ${m.runsLogged === 1 ? 'run' : 'runs'} logged (${formatDistance(m.km, units)})`;
  const p = m.paces;
  const paces =
    p !== undefined
      ? `Paces moved: easy ${formatPaceRange(p.easyBefore, units)} → ${formatPaceRange(p.easyNow, units)}, threshold ${showPace(p.thresholdBefore, units)} → ${showPace(p.thresholdNow, units)}.`
      : undefined;
  return {
    text: join([
      voice.progress,
      `${weeks}, ${runs}.`,
      vdotLine(m.vdotBefore, m.vdotNow),
      paces,
      voice.signOff,
    ]),
    spoken: join([`${weeks}, ${runs}.`, vdotLine(m.vdotBefore, m.vdotNow)]),
  };
};

export const racePrediction: FamilyTemplate<'race-prediction'> = (m, { voice }) => {
  const race = DISTANCE_NAMES[m.distance];
  if (m.vdot === undefined || m.fastSeconds === undefined || m.slowSeconds === undefined) {
    return {
      text: join([
        `I can’t predict a ${race} yet: I have no race or time trial to read your fitness from.`,
        'Race once (even a 5K) and I will.',
      ]),
      spoken: `I can’t predict a ${race} yet: race once, even a 5K, and I will.`,
    };
  }
  const range =
    m.slowSeconds > m.fastSeconds
      ? `${formatClock(m.fastSeconds)} to ${formatClock(m.slowSeconds)}`
      : formatClock(m.fastSeconds);
  return {
    text: join([
      `From today’s fitness (VDOT ${oneDecimal(m.vdot)}), a ${race} now: about ${range}.`,
      m.lowVolume === true
        ? 'Your training volume is still low for the distance, so I put the range on the slow side.'
        : 'The slower end is the honest one unless you are trained for the distance.',
      'This is today’s fitness, not a promise: it moves when a race or your sessions show more.',
      voice.signOff,
    ]),
    spoken: `A ${race} now: about ${range}, from today’s fitness.`,
  };
};

export const runCheck: FamilyTemplate<'run-check'> = (m, { voice, units }) => {
  if (m.date === undefined) {
    return {
      text: 'No run logged yet, so there is nothing to judge. Tell me your run (distance and time) and I’ll say.',
      spoken: 'No run logged yet. Tell me your run and I’ll say.',
    };
  }
  const kind = m.judgedAs !== undefined ? sessionName(m.judgedAs).toLowerCase() : 'run';
  const aKind = `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  const p = m.pace;
  const paceFacts =
    p !== undefined
      ? `${showPace(p.paceSPerKm, units)} against ${formatPaceRange(p.band, units)} for the ${kind}`
      : undefined;
  const h = m.hr;
  const hrFacts =
    h !== undefined
      ? h.ceilingBpm !== undefined
        ? `HR ${h.avgHr} against a ceiling of ${h.ceilingBpm} bpm`
        : h.band !== undefined
          ? `HR ${h.avgHr} against ${h.band.from}–${h.band.to} bpm`
          : undefined
      : undefined;
  const facts = join([paceFacts, hrFacts], '; ');
  const on = `Your run on ${formatDate(m.date)}`;
  const verdict =
    m.verdict === 'too-fast'
      ? `${on} was too fast for ${aKind}.`
      : m.verdict === 'slower'
        ? `${on} was slower than the band for ${aKind}.`
        : m.verdict === 'right'
          ? `${on} was right for ${aKind}: not too fast.`
          : `${on} has no pace or HR I can judge.`;
  const advice =
    m.verdict === 'too-fast'
      ? 'Next time slow down until you could chat: easy days are meant to be easy.'
      : m.verdict === 'slower'
        ? 'Slower than the band on an easy day is fine; on a quality day, tell me how it felt.'
        : m.verdict === 'right'
          ? voice.easyDay
          : 'Give me the time, or the average HR, and I can say.';
  return {
    text: join([verdict, facts !== '' ? `${facts}.` : undefined, advice]),
    spoken: join([verdict, facts !== '' ? `${facts}.` : advice]),
  };
};

/** The line each in-run cue opens with. */
export const CUE_WORDS: Readonly<Record<Cue, string>> = {
  hold: 'Hold what you are doing.',
  slow_down: 'Slow down.',
  speed_up: 'Pick it up a little.',
  walk_break: 'Take a walk break of a minute or two, then run easy.',
  cut_short: 'Cut it short: no more hard running today.',
  stop: 'Stop running and walk home: today’s run ends here. If it does not ease, see a qualified health professional.',
};

function cueReason(r: Reason | undefined, units: Units): string | undefined {
  if (r === undefined) return undefined;
  const f = r.facts as Record<string, unknown>;
  const n = (k: string) => (typeof f[k] === 'number' ? (f[k] as number) : undefined);
  switch (r.code) {
    case 'HR_ABOVE_EASY_CEILING':
    case 'HR_FAR_ABOVE_EASY_CEILING':
      return `HR ${n('hrBpm')} is above your easy ceiling of ${n('ceilingBpm')} bpm.`;
    case 'PACE_FASTER_THAN_TARGET':
      return `You are at ${showPace(n('paceSPerKm') ?? 0, units)}, faster than the target.`;
    case 'PACE_SLOWER_THAN_TARGET':
      return `You are at ${showPace(n('paceSPerKm') ?? 0, units)}, slower than the target.`;
    case 'PACE_ON_TARGET':
    case 'EASY_SLOWER_IS_FINE':
      return 'Your pace is where it should be.';
    case 'NO_PACE_REPORTED':
      return 'Go by feel: you should be able to talk in sentences on easy running.';
    case 'EFFORT_ABOVE_EXPECTED':
      return 'It feels much harder than this part should.';
    case 'PAIN_AT_OR_ABOVE_STOP_SCORE':
    case 'PAIN_REPORTED':
      return 'Pain changes the plan: do not push through it.';
    case 'HEAT_TOO_HIGH_FOR_HARD_RUNNING':
      return 'It is too hot for hard running.';
    default:
      return undefined;
  }
}

export const midRunCue: FamilyTemplate<'mid-run-cue'> = (m, { units }) => {
  const c = m.cue;
  if (c === undefined) {
    return {
      text: 'There is no session in your plan today, so keep it easy: you should be able to talk in sentences.',
      spoken: 'No session planned today, so keep it easy.',
    };
  }
  const reason = cueReason(c.reasons[0], units);
  const target =
    c.target !== undefined && c.cue !== 'stop' && c.cue !== 'cut_short'
      ? `Target: ${formatPaceRange(c.target, units)}.`
      : undefined;
  const n = c.next;
  const next =
    n !== null && c.cue !== 'stop' && n.kind !== 'strides'
      ? `Next: ${formatStep(
          {
            kind: n.kind,
            intensity: n.intensity,
            ...(n.minutes !== undefined ? { minutes: n.minutes } : {}),
            ...(n.km !== undefined ? { km: n.km } : {}),
            ...(n.pace !== undefined ? { pace: n.pace } : {}),
          },
          units,
        )}.`
      : undefined;
  const session =
    m.sessionKind !== undefined ? `Today’s session: ${sessionName(m.sessionKind).toLowerCase()}.` : undefined;
  return {
    text: join([CUE_WORDS[c.cue], reason, target, next, session]),
    spoken: join([CUE_WORDS[c.cue], reason ?? target]),
  };
};

const OUTSIDE_WHO = {
  nutrition: { what: 'Food, drink and fuelling', who: 'a sports dietitian' },
  gear: { what: 'Shoes and kit', who: 'a good running shop' },
  medical: { what: 'Medicines and supplements', who: 'a doctor or pharmacist' },
} as const;

export const outsideCoaching: FamilyTemplate<'outside-coaching'> = (m) => {
  const o = OUTSIDE_WHO[m.topic];
  return {
    text: join([
      `${o.what} is outside what I coach: I have no rules or data of yours for it, so I won’t guess.`,
      `${o.who[0]!.toUpperCase()}${o.who.slice(1)} is the right person to ask.`,
      'I can tell you your session for any day, your paces, how you’re doing, or what you could race now.',
    ]),
    spoken: `${o.what} is outside what I coach, so I won’t guess. Ask ${o.who}.`,
  };
};
