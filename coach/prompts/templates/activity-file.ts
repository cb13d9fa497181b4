/**
 * Activity-file wording (issue 12 §5): the line a file adds to "run logged" (max HR, cadence, climbing,
 * laps) and the refusal of a file that was not imported, one sentence per code with what would work,
 * opened in the persona's voice. Nothing was stored for a refusal, and the reply says so.
 */
import type { ImportedFileFacts } from '../messages/logging.js';
import type { Persona } from '../persona.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';
import type { ActivityFileRefusal } from '../../rules/track/activity-file-limits.js';
import { formatDate } from '../format.js';

export const ACTIVITY_FILE_VOICES: Readonly<Record<Persona, { readonly refused: string }>> = {
  neutral: { refused: 'I could not import that file, and nothing was saved.' },
  'drill-sergeant': { refused: 'That file does not pass inspection, soldier. Nothing saved.' },
  hype: { refused: 'Argh, that file didn’t make it in, nothing saved yet!' },
  'best-friend': { refused: 'Oh no, I couldn’t read that file, so I didn’t save anything.' },
};

const FORMAT_NAMES: Readonly<Record<ImportedFileFacts['format'], string>> = {
  gpx: 'GPX',
  tcx: 'TCX',
  fit: 'FIT',
};

/** Climbing in metres in either unit system (the numbers guard reads metres; watches show both). */
function climb(m: number): string {
  return `${Math.round(m)} m`;
}

/**
 * The line an imported file adds to "run logged", or undefined for a run told in words.
 *
 * @example
 * fileLine({ format: 'gpx', maxHr: 172, cadenceSpm: 170, elevationGainM: 50, laps: 6 });
 * // 'From your GPX file: max HR 172 bpm, cadence 170 spm, 50 m climbing, 6 laps.'
 */
export function fileLine(f: ImportedFileFacts | undefined): string | undefined {
  if (f === undefined) return undefined;
  const facts = [
    f.maxHr !== undefined ? `max HR ${Math.round(f.maxHr)} bpm` : undefined,
    f.cadenceSpm !== undefined ? `cadence ${Math.round(f.cadenceSpm)} spm` : undefined,
    f.elevationGainM !== undefined ? `${climb(f.elevationGainM)} climbing` : undefined,
    f.laps !== undefined ? `${f.laps} ${f.laps === 1 ? 'lap' : 'laps'}` : undefined,
  ];
  const listed = join(facts, ', ');
  return `From your ${FORMAT_NAMES[f.format]} file${listed !== '' ? `: ${listed}` : ''}.`;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  distanceMeters: 'distance',
  durationSeconds: 'moving time',
  paceSPerKm: 'pace',
  avgHr: 'average heart rate',
  maxHr: 'maximum heart rate',
  cadence: 'cadence',
};

/** Why, in one sentence, and what would work; `spoken` is the short phone form. */
function reason(
  code: ActivityFileRefusal,
  facts: Readonly<Record<string, unknown>>,
): { text: string; spoken: string } {
  switch (code) {
    case 'ACTIVITY_FILE_EMPTY':
      return {
        text: 'The file was empty. Export the run again and send the new file.',
        spoken: 'The file was empty.',
      };
    case 'ACTIVITY_FILE_TOO_LARGE': {
      const max = typeof facts['maxMb'] === 'number' ? facts['maxMb'] : undefined;
      return {
        text: `The file is ${max !== undefined ? `larger than ${max} MB` : 'too large for me'}. Export just this one run, as FIT if your watch offers it (the smallest format).`,
        spoken: 'The file is too large.',
      };
    }
    case 'ACTIVITY_FILE_UNKNOWN_FORMAT':
      return {
        text: 'I read GPX, TCX and FIT files only. Export the run from your watch app in one of those.',
        spoken: 'I read GPX, TCX and FIT files only.',
      };
    case 'ACTIVITY_FILE_CORRUPT':
      return {
        text: 'The file is damaged or cut off, so I cannot read it. Export the run again and send the new file.',
        spoken: 'The file is damaged.',
      };
    case 'ACTIVITY_FILE_UNAVAILABLE':
      return {
        text: 'I could not fetch that file just now, so nothing is saved. Please send it again in a minute.',
        spoken: 'I could not fetch that file.',
      };
    case 'ACTIVITY_FILE_NO_TRACK':
      return {
        text: 'The file has no timed track with a distance. Send the recorded activity, not a route or course, or just tell me the run, like "ran 8k in 45:10".',
        spoken: 'The file has no recorded run in it.',
      };
    case 'ACTIVITY_IMPLAUSIBLE': {
      const field = FIELD_NAMES[String(facts['field'])] ?? 'one of the numbers';
      return {
        text: `Its ${field} is outside what a run can be, so it looks like a recording glitch or a ride. If it was a run, tell me it in words, like "ran 8k in 45:10".`,
        spoken: `Its ${field} cannot be a run.`,
      };
    }
    case 'ACTIVITY_IN_FUTURE':
      return {
        text: 'The run in it starts in the future: check the clock on your watch, then send it again.',
        spoken: 'That run is dated in the future.',
      };
    case 'ACTIVITY_NOT_A_RUN':
      return {
        text: 'The file says it is another sport, not a run, so it stays out of your running log. If it was a run, tell me it in words, like "ran 8k in 45:10".',
        spoken: 'That file is another sport, not a run.',
      };
    case 'ACTIVITY_ONBOARDING_FIRST':
      return {
        text: 'Let’s finish setting up your plan first; then send the file again and it counts.',
        spoken: 'Let’s finish setting up your plan first.',
      };
    case 'ACTIVITY_ALREADY_IMPORTED': {
      const date = typeof facts['date'] === 'string' ? ` for ${formatDate(facts['date'])}` : '';
      return {
        text: `I already have this run${date}: it is in your log once.`,
        spoken: 'I already have this run.',
      };
    }
  }
}

export const activityRefused: FamilyTemplate<'activity-refused'> = (m, { persona }) => {
  const voice = ACTIVITY_FILE_VOICES[persona] ?? ACTIVITY_FILE_VOICES.neutral;
  const why = reason(m.code, m.facts ?? {});
  // A duplicate stored nothing new, but the run is there: it is not a failure to say sorry for.
  const opening =
    m.code === 'ACTIVITY_ALREADY_IMPORTED' || m.code === 'ACTIVITY_ONBOARDING_FIRST'
      ? undefined
      : voice.refused;
  return { text: join([opening, why.text]), spoken: join([why.spoken, 'Nothing was saved.']) };
};
