/** Logging templates: run logged, post-run RPE question, check-in saved, answer to an adaptation. */
import {
  formatClock,
  formatDate,
  formatDistance,
  formatPaceRange,
  oneDecimal,
  sessionName,
  showPace,
} from '../format.js';
import { easyShareWords, grayZoneWords } from './reason-words.js';
import { RPE_OPTIONS } from '../options.js';
import type { Units } from '../persona.js';
import type { FamilyTemplate } from './shared.js';
import { join, progressLine } from './shared.js';
import type { Reason } from '../../rules/decision.js';
import { hrvTrendWords, restingHrTrendWords } from './reason-words.js';
import { painText, SPOKEN_SAFETY } from './safety.js';
import { fileLine } from './activity-file.js';

/** A run's distance and time as the runner gave them: a missing one is left out, never shown as 0. */
function runWords(km: number | undefined, seconds: number | undefined, units: Units): string {
  if (km !== undefined && seconds !== undefined)
    return `${formatDistance(km, units)} in ${formatClock(seconds)}`;
  if (km !== undefined) return formatDistance(km, units);
  return seconds !== undefined ? `${formatClock(seconds)} of running` : 'your run';
}

export const runLogged: FamilyTemplate<'run-logged'> = (m, { voice, units }) => {
  const pace = m.paceSPerKm !== undefined ? ` (${showPace(m.paceSPerKm, units)})` : '';
  const facts = [
    `${formatDate(m.date)}: ${runWords(m.km, m.seconds, units)}${pace}`,
    m.avgHr !== undefined ? `avg HR ${Math.round(m.avgHr)} bpm` : undefined,
    m.rpe !== undefined ? `RPE ${m.rpe}/10` : undefined,
  ];
  const gray = m.race === true ? undefined : m.grayZone;
  // A race is a race: it is never called the session it replaced.
  const planned =
    m.race === true
      ? 'That was a race, so easy running comes first while your legs recover.'
      : m.plannedKind === undefined || m.plannedKind === 'rest'
        ? undefined
        : gray !== undefined
          ? `That was meant as your ${sessionName(m.plannedKind)}: ${grayZoneWords(gray, units)}.`
          : `That was your ${sessionName(m.plannedKind)}.`;
  const flag =
    gray === undefined
      ? undefined
      : join([
          m.plannedKind === undefined || m.plannedKind === 'rest'
            ? `Extra runs are easy runs: ${grayZoneWords(gray, units)}.`
            : undefined,
          'Running easy days in the gray zone tires you without building more fitness, and it takes the edge off your quality days.',
          easyShareWords(gray),
        ]);
  const opening =
    m.race === true ? voice.raceLogged : gray !== undefined ? voice.grayZoneLogged : voice.logged;
  return {
    text: join([
      opening,
      `${join(facts, ', ')}.`,
      planned,
      fileLine(m.file),
      flag,
      progressLine(m.progress, units) !== undefined
        ? `${voice.progress} ${progressLine(m.progress, units)}.`
        : undefined,
    ]),
    // On the phone the gray-zone point comes first: two sentences may be all there is.
    spoken:
      gray !== undefined && gray.easyPace !== undefined
        ? join([`Easy is ${formatPaceRange(gray.easyPace, units)}: slower is the point.`, opening])
        : join([opening, `${runWords(m.km, m.seconds, units)}.`]),
  };
};

export const rpeQuestion: FamilyTemplate<'rpe-question'> = (m, { voice, units }) => {
  const about =
    m.km !== undefined
      ? `About your ${formatDistance(m.km, units)}${m.seconds !== undefined ? ` in ${formatClock(m.seconds)}` : ''} on ${formatDate(m.date)}.`
      : undefined;
  return {
    text: join([about, voice.askRpe, 'It tells me how the plan should adapt.']),
    options: RPE_OPTIONS,
    spoken: voice.askRpe,
  };
};

/**
 * The check-in reply, from the day's final state: pain → the fixed safety text (never a readiness line);
 * illness → rest; otherwise a resting-HR or HRV trend asks about illness, then the readiness line.
 */
export const checkinSaved: FamilyTemplate<'checkin-saved'> = (m, { voice }) => {
  const facts = [
    m.sleepHours !== undefined ? `slept ${oneDecimal(m.sleepHours)} h` : undefined,
    m.restingHr !== undefined ? `resting HR ${Math.round(m.restingHr)} bpm` : undefined,
    m.hrvMs !== undefined ? `HRV ${Math.round(m.hrvMs)} ms` : undefined,
    m.soreness !== undefined ? `soreness ${m.soreness}/10` : undefined,
    m.stress !== undefined ? `stress ${m.stress}/10` : undefined,
    m.illness === true ? 'feeling ill' : undefined,
  ];
  const listed = join(facts, ', ');
  const saved = `Check-in saved for ${formatDate(m.date)}${listed !== '' ? `: ${listed}` : ''}.`;
  if (m.safety !== undefined) {
    return {
      text: join([saved, painText(m.safety.level, m.safety.location, m.safety.score, undefined)]),
      spoken: join([
        'Check-in saved.',
        m.safety.level === 'no_intensity' ? SPOKEN_SAFETY.noIntensity : SPOKEN_SAFETY.stopPrescriptions,
      ]),
    };
  }
  if (m.illness === true) {
    return {
      text: join([saved, 'While you are ill there is no running: rest, then we return gradually.']),
      spoken: join(['Check-in saved.', 'Rest while you are ill.']),
    };
  }
  const readiness =
    m.readiness === 'good'
      ? voice.readinessGood
      : m.readiness === 'ok'
        ? voice.readinessOk
        : voice.readinessPoor;
  const trend = trendLine(m.trends ?? []);
  return {
    text: join([saved, trend, trend !== undefined ? ILLNESS_QUESTION : undefined, readiness]),
    spoken: join(['Check-in saved.', trend !== undefined ? SPOKEN_ILLNESS_QUESTION : readiness]),
  };
};

/** Asked when resting HR or HRV has moved: illness changes the plan, and only the runner knows. */
export const ILLNESS_QUESTION =
  'Are you feeling unwell, with a sore throat, a temperature or aches? If so, tell me "I am ill" and I will clear your running.';
/** The spoken form of the question (voice: short). */
export const SPOKEN_ILLNESS_QUESTION = 'Your morning heart numbers are off: are you feeling unwell?';

function trendLine(trends: readonly Reason[]): string | undefined {
  const said = trends.map((r) =>
    r.code === 'RESTING_HR_TREND_UP'
      ? restingHrTrendWords(r.facts)
      : r.code === 'HRV_TREND_DOWN'
        ? hrvTrendWords(r.facts)
        : undefined,
  );
  const lines = said.filter((x): x is string => x !== undefined);
  return lines.length > 0 ? lines.map((l) => `${l}.`).join(' ') : undefined;
}

export const decisionAnswered: FamilyTemplate<'decision-answered'> = (m, { voice }) => ({
  text: join([
    m.choice === 'accepted' ? voice.accepted : voice.kept,
    m.sessionKind !== undefined ? `${formatDate(m.date)}: ${sessionName(m.sessionKind)}.` : undefined,
  ]),
});
