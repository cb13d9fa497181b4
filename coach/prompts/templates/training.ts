/** Training templates: plan built, today's session, this week, my paces. */
import type { Phase, Session, Step } from '../../rules/plan/types.js';
import type { Readiness } from '../coach-message.js';
import {
  formatClock,
  formatDate,
  formatDistance,
  formatMinutes,
  formatPaceRange,
  formatStep,
  formatSteps,
  oneDecimal,
  sessionHeadline,
  sessionName,
  showPace,
} from '../format.js';
import type { Units } from '../persona.js';
import type { FamilyTemplate, TemplateContext } from './shared.js';
import { join, progressLine } from './shared.js';
import { easyShareWords } from './reason-words.js';
import { purposeText } from './purpose-words.js';

const GOAL_NAMES = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  fitness: 'fitness goal',
} as const;

const PHASE_WHY: Readonly<Record<Phase, string>> = Object.freeze({
  base: 'Base phase: mostly easy running to build the engine everything else rests on.',
  build: 'Build phase: quality sessions join the easy running to raise your fitness.',
  'race-specific': 'Race-specific phase: the work looks more and more like race day.',
  taper: 'Taper: less volume, a little sharpness, so you arrive fresh.',
});

/** The step a voice reply names: the first rep, else the longest run step. */
function mainStep(session: Session): Step | undefined {
  const rep = session.steps.find((s) => s.kind === 'rep');
  if (rep !== undefined) return rep;
  return [...session.steps]
    .filter((s) => s.kind === 'run')
    .sort((a, b) => (b.minutes ?? 0) - (a.minutes ?? 0))[0];
}

function readinessLine(r: Readiness | undefined, ctx: TemplateContext): string | undefined {
  if (r === undefined) return undefined;
  return r === 'good'
    ? ctx.voice.readinessGood
    : r === 'ok'
      ? ctx.voice.readinessOk
      : ctx.voice.readinessPoor;
}

function changedLine(session: Session, units: Units): string | undefined {
  const was = session.replaces;
  if (was === undefined) return undefined;
  return `Changed from: ${sessionHeadline(was as Session, units)}.`;
}

export const planBuilt: FamilyTemplate<'plan-built'> = (m, { voice, units, name }) => {
  const goal = m.goal.distance === 'fitness' ? 'your fitness goal' : `your ${GOAL_NAMES[m.goal.distance]}`;
  const on = m.goal.raceDate !== undefined ? ` on ${formatDate(m.goal.raceDate)} (${m.goal.raceDate})` : '';
  const f = m.feasibility;
  const target = m.goal.targetTime;
  let outlook: string | undefined;
  // The prediction is today's fitness; what training may add is said as such, never as the plan's pace.
  const potential =
    f.potentialTime !== undefined && f.predictedTime !== undefined && f.potentialTime < f.predictedTime
      ? `, about ${formatClock(f.potentialTime)} if training goes well`
      : '';
  if (target !== undefined && f.predictedTime !== undefined) {
    const predict = `I predict ${formatClock(f.predictedTime)} from today's fitness${potential}`;
    outlook =
      f.realisticTarget !== undefined
        ? `Your target of ${formatClock(target)} is more than this build can bring: ${predict}, so ${formatClock(f.realisticTarget)} is a realistic target.`
        : f.ok
          ? `Your target of ${formatClock(target)} looks within reach: ${predict}.`
          : `Your target of ${formatClock(target)}: ${predict}.`;
  } else if (f.predictedTime !== undefined) {
    outlook = `I predict about ${formatClock(f.predictedTime)} on race day from today's fitness${potential}.`;
  } else if (!f.ok) {
    outlook = 'The time to race day is short, so the plan keeps the build safe rather than complete.';
  }
  const fitness =
    m.vdot !== undefined
      ? `Current fitness: VDOT ${oneDecimal(m.vdot)}.`
      : 'No race result yet, so sessions go by effort until you race once (even a 5K).';
  const lr = f.longRun;
  const unsafe =
    lr !== undefined
      ? `Be warned: racing it on this build is not safe, because the longest run it reaches is ${formatMinutes(lr.longestMinutes)} and a ${m.goal.distance === 'fitness' ? 'race' : GOAL_NAMES[m.goal.distance]} needs long runs of ${formatMinutes(lr.neededMinutes)} or more first; pick a later race or a shorter one.`
      : undefined;
  const sv = m.startVolume;
  const start =
    sv?.['statedMinutes'] !== undefined &&
    sv['startMinutes'] !== undefined &&
    sv['runningMinutes'] !== undefined
      ? `You run about ${formatMinutes(sv['statedMinutes'])} a week, so the first week is run/walk: ${formatMinutes(sv['startMinutes'])} on your feet, about ${formatMinutes(sv['runningMinutes'])} of it running, so your running grows from where it is.`
      : undefined;
  const inj = m.injury;
  const injury =
    inj?.['painMaxScore'] === undefined
      ? undefined
      : join([
          inj['achillesOrCalf'] === 1 && inj['noFastWeeks'] !== undefined
            ? `Because of your Achilles or calf, the plan ramps gently and the first ${inj['noFastWeeks']} weeks have no strides, hill sprints or fast repetitions, the quick running that loads them most.`
            : 'Because of your injury, the plan ramps gently and leaves out fast repetitions and hill sprints.',
          `Pain rule: keep running only while pain stays at ${inj['painMaxScore']}/10 or less during the run, has settled by the next morning and is no worse week to week; otherwise stop and tell me.`,
        ]);
  const first =
    m.firstSession !== undefined
      ? `First up, ${formatDate(m.firstSession.date)}: ${sessionHeadline(m.firstSession, units)}.`
      : undefined;
  return {
    text: join([
      voice.hello(name),
      m.replan === true ? 'New plan built, and your history is kept.' : voice.planIntro,
      `${m.weeks} weeks to ${goal}${on}.`,
      fitness,
      unsafe,
      outlook,
      start,
      injury,
      'Why: paces follow your current fitness and rise on evidence, so every week is hard enough and no harder.',
      first,
    ]),
    spoken: join([`${m.weeks} weeks to ${goal}.`, unsafe ?? outlook ?? fitness]),
  };
};

export const today: FamilyTemplate<'today'> = (m, ctx) => {
  const { voice, units, name } = ctx;
  const s = m.session;
  const day = m.ahead === true ? formatDate(m.date) : `Today (${formatDate(m.date)})`;
  const spokenDay = m.ahead === true ? formatDate(m.date) : 'Today';
  if (m.race !== undefined) {
    // The day is done by the race: never offer the session it replaced.
    const raced = `${formatDistance(m.race.km, units)} in ${formatClock(m.race.seconds)}`;
    const until = m.race.recoveryUntil;
    return {
      text: join([
        voice.hello(name),
        `${day}: done, you raced ${raced}.`,
        until !== undefined
          ? `Now recover: easy running only through ${formatDate(until)}.`
          : 'Now recover: easy running first.',
        progressLine(m.progress, units),
      ]),
      spoken: `Today is done: you raced ${raced}. Now recover.`,
    };
  }
  if (s === undefined || s.kind === 'rest') {
    return {
      text: join([voice.hello(name), `${day}: rest day.`, voice.restDay, progressLine(m.progress, units)]),
      spoken:
        m.ahead === true ? `${spokenDay}: rest day. ${voice.restDay}` : `Rest day today. ${voice.restDay}`,
    };
  }
  const main = mainStep(s);
  const purpose = purposeText(s.purpose);
  const why = purpose !== '' ? `Why: ${purpose}` : undefined;
  const progress = progressLine(m.progress, units);
  return {
    text: join(
      [
        join([voice.hello(name), `${day}: ${sessionHeadline(s, units)}.`, changedLine(s, units)]),
        formatSteps(s, units),
        join([why, s.hard ? voice.hardDay : voice.easyDay, readinessLine(m.readiness, ctx)]),
        progress,
      ],
      '\n',
    ),
    spoken: join([
      `${spokenDay}: ${sessionName(s.kind)}, ${formatMinutes(s.minutes)}.`,
      main !== undefined ? `Main set: ${formatStep(main, units)}.` : undefined,
    ]),
  };
};

export const week: FamilyTemplate<'week'> = (m, { voice, units }) => {
  const runs = m.sessions.filter((s) => s.kind !== 'rest');
  const head = `Week ${m.weekNumber} of ${m.totalWeeks}${m.downWeek ? ', a lighter week' : ''}: ${runs.length} ${runs.length === 1 ? 'run' : 'runs'}, ${formatDistance(m.km, units)}, ${formatMinutes(m.minutes)}.`;
  const lines = m.sessions.map(
    (s) =>
      `• ${formatDate(s.date)}: ${sessionHeadline(s, units)}${s.status === 'missed' ? ' (missed)' : s.status === 'done' ? ' ✓' : ''}`,
  );
  const why = m.downWeek
    ? `Why: ${PHASE_WHY[m.phase]} This week is lighter by design so the work sinks in.`
    : `Why: ${PHASE_WHY[m.phase]}`;
  const split = m.distribution !== undefined ? easyShareWords(m.distribution) : undefined;
  return {
    text: join([head, lines.join('\n'), why, split, voice.signOff], '\n'),
    spoken: `Week ${m.weekNumber}: ${runs.length} ${runs.length === 1 ? 'run' : 'runs'}, ${formatDistance(m.km, units)}.`,
  };
};

export const paces: FamilyTemplate<'paces'> = (m, { voice, units }) => {
  if (m.vdot === undefined || m.paces === undefined) {
    return {
      text: join([
        'No paces yet: tell me a recent race or time trial (even a 5K) and I will set them.',
        'Until then, go by effort: easy means you can chat.',
      ]),
    };
  }
  const p = m.paces;
  const lines = [
    `• Easy: ${formatPaceRange(p.easy, units)}`,
    `• Marathon: ${showPace(p.marathon, units)}`,
    `• Threshold: ${showPace(p.threshold, units)}`,
    `• Interval: ${showPace(p.interval, units)}`,
    `• Repetition: ${showPace(p.repetition, units)}`,
  ];
  return {
    text: join(
      [
        `Your paces (VDOT ${oneDecimal(m.vdot)}):`,
        lines.join('\n'),
        'Why: they come from your fitness (Daniels’ VDOT tables) and rise when a race or your sessions show more.',
        progressLine(m.progress, units),
        voice.signOff,
      ],
      '\n',
    ),
    spoken: `Easy ${formatPaceRange(p.easy, units)}, threshold ${showPace(p.threshold, units)}.`,
  };
};
