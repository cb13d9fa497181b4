/**
 * The phone line's lines (`messages/call.ts`): short, spoken first (≤ 2 short sentences each), the numbers
 * the engine decided and nothing else. Safety stays in `safety.ts`; a stop cue here points to a qualified
 * professional like every stop.
 */
import type { CallKeys, CallMessage } from '../messages/call.js';
import type { MidRunCue } from '../../rules/in-run/run-report.js';
import type { Units } from '../persona.js';
import { formatDate } from '../format.js';
import { sayMinutes, sayNext, sayPace, sayPaceRange, saySession } from './call-phrases.js';
import type { FamilyTemplate, TemplateContext, Worded } from './shared.js';
import { join } from './shared.js';

type Line<L extends CallMessage['line']> = Extract<CallMessage, { line: L }>;

const keysLine = (k: CallKeys) =>
  `Press ${k.easy} for easy, ${k.ok} for ok, ${k.hard} for hard, or ${k.stop} to stop.`;

const num = (facts: Record<string, unknown>, key: string): number | undefined =>
  typeof facts[key] === 'number' ? (facts[key] as number) : undefined;

/** The cue's first sentence: what to do, with the numbers it was decided from. */
function cueSentence(c: MidRunCue, change: number | undefined, units: Units): string {
  const reason = c.reasons[0];
  const f = (reason?.facts ?? {}) as Record<string, unknown>;
  const pace = num(f, 'paceSPerKm');
  const at = pace !== undefined ? sayPace(pace, units) : undefined;
  const target = c.target !== undefined ? sayPaceRange(c.target, units) : undefined;
  const by = units === 'km' && change !== undefined && change > 0 ? ` ${change} seconds a kilometre` : '';
  switch (c.cue) {
    case 'stop':
      return 'Stop running now and walk home. If it does not ease, see a qualified health professional.';
    case 'cut_short':
      return 'Cut it short: no more hard running today, jog easy to finish.';
    case 'walk_break': {
      const hr = num(f, 'hrBpm');
      const ceiling = num(f, 'ceilingBpm');
      return hr !== undefined && ceiling !== undefined
        ? `Walk for a minute or two: heart rate ${hr} is well over your easy ceiling of ${ceiling}.`
        : 'Walk for a minute or two, then run easy.';
    }
    case 'slow_down': {
      const hr = num(f, 'hrBpm');
      const ceiling = num(f, 'ceilingBpm');
      if (hr !== undefined && ceiling !== undefined)
        return `Slow down: heart rate ${hr} is over your easy ceiling of ${ceiling}.`;
      return `Ease off${by}: you are at ${at ?? 'a fast pace'}${target ? `, target ${target}` : ''}.`;
    }
    case 'speed_up':
      return `Pick it up${by}: you are at ${at ?? 'a slow pace'}${target ? `, target ${target}` : ''}.`;
    case 'hold':
      if (reason?.code === 'PACE_ON_TARGET' && at !== undefined)
        return `Good, hold it: ${at} is on target${target ? `, ${target}` : ''}.`;
      if (reason?.code === 'EASY_SLOWER_IS_FINE' && at !== undefined)
        return `Fine, ${at} is easy enough: slower is the point today.`;
      return target !== undefined
        ? `Hold what you are doing: the target is ${target}.`
        : 'Hold what you are doing and keep it relaxed.';
  }
}

function cue(m: Line<'cue'>, { units }: TemplateContext): Worded {
  const c = m.cue;
  if (c === undefined) {
    const said = 'No session planned today, so keep it easy: you should be able to talk.';
    return { text: said, spoken: said };
  }
  const first = cueSentence(c, m.changeSPerKm, units);
  const part = m.stepKind === 'rep' ? 'this rep' : m.stepKind === 'recovery' ? 'this recovery' : 'this part';
  const n = c.cue === 'stop' || c.cue === 'cut_short' ? null : c.next;
  const then =
    n === null
      ? undefined
      : m.nextInMinutes !== undefined
        ? `${sayMinutes(m.nextInMinutes).replace(/^(\d+) /, '$1 more ')} of ${part}, then ${sayNext(n, units)}.`
        : `Next: ${sayNext(n, units)}.`;
  const said = join([first, c.cue === 'stop' ? undefined : then]);
  return { text: said, spoken: said };
}

function greeting(m: Line<'greeting'>, { voice, name, units }: TemplateContext): Worded {
  const hello = voice.hello(name);
  if (m.redFlagToday === true) {
    const said = join([
      hello,
      'You reported a red flag today, so no running: please get it checked by a qualified health professional.',
    ]);
    return { text: said, spoken: said };
  }
  if (m.noPlan === true) {
    const said = join([hello, 'You have no plan yet, so there is no session to coach today.']);
    return { text: said, spoken: said };
  }
  if (m.session === undefined) {
    const said = join([hello, 'Rest day today: nothing is planned, so keep any running easy.']);
    return { text: said, spoken: said };
  }
  const session = saySession(m.session, units);
  const p = m.position;
  const where =
    p === undefined
      ? undefined
      : `By your first call you are about ${sayMinutes(p.minutesIn)} in: ${p.rep !== undefined ? `rep ${p.rep}, ` : ''}${sayNext(p.step, units)}.`;
  const said = where !== undefined ? join([session, where]) : join([hello, session]);
  return { text: said, spoken: said };
}

function timeLeft(m: Line<'time-left'>): Worded {
  const said =
    m.noSession === true
      ? 'No session planned today, so run as long as feels easy.'
      : m.stepMinutesLeft !== undefined && m.sessionMinutesLeft !== undefined
        ? `About ${sayMinutes(m.stepMinutesLeft)} left of this part, and ${sayMinutes(m.sessionMinutesLeft)} of the session.`
        : 'Tell me how long you have been running and I will tell you what is left.';
  return { text: said, spoken: said };
}

function next(m: Line<'next'>, { units }: TemplateContext): Worded {
  const said =
    m.noSession === true
      ? 'No session planned today, so keep it easy.'
      : m.next === null
        ? 'This is the last part: finish it off relaxed.'
        : `Next: ${sayNext(m.next, units)}${m.inMinutes !== undefined ? `, in ${sayMinutes(m.inMinutes)}` : ''}.`;
  return { text: said, spoken: said };
}

const same = (said: string): Worded => ({ text: said, spoken: said });

export const call: FamilyTemplate<'call'> = (m, ctx) => {
  switch (m.line) {
    case 'unknown-caller':
      return same(
        'I do not know this number, so I cannot talk about any training. Link your phone with /phone on Telegram, the API or the command line, then call again.',
      );
    case 'greeting':
      return greeting(m, ctx);
    case 'listen':
      return same(`Tell me your pace, heart rate or how it feels. Or ${keysLine(m.keys).toLowerCase()}`);
    case 'again':
      return same('Sorry, I did not catch that. Say your pace, heart rate or how it feels.');
    case 'keys':
      return same(`Let us use the keys. ${keysLine(m.keys)}`);
    case 'cue':
      return cue(m, ctx);
    case 'time-left':
      return timeLeft(m);
    case 'next':
      return next(m, ctx);
    case 'stopped':
      return same(join(['Session stopped for today: that is fine.', ctx.voice.signOff || 'Goodbye.']));
    case 'rated':
      return {
        text: `RPE ${m.rpe} saved for your session on ${formatDate(m.date)}. Log the run too, and I will judge it.`,
        spoken: `RPE ${m.rpe} saved.`,
      };
  }
};
