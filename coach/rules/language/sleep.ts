import { SLEEP_MAX_H, SLEEP_MIN_H } from './limits.js';
import type { Extraction, Span } from './scan.js';
import { matchesOf, problem, round1, spanOf } from './scan.js';
import type { Problem, SleepQuality, Slots } from './types.js';

const FILLER = String.raw`(?:\s*(?:for|about|around|roughly|approx|only|just|like|maybe|barely|a|an|solid|good|whole|full|~|:|=|was|got|of))*\s*`;
const HOURS = String.raw`(\d{1,3}(?:\.\d+)?)(?![\d.]|\s*(?:\/|out of))(?:\s*[-–]\s*\d{1,2}(?:\.\d+)?(?=\s*(?:h\b|hours\b|hr\b)))?(?::(\d{2}))?(?:\s*(?:h\b|h(?=\d)|hours\b|hr\b)\s*(?:(\d{1,2})\s*(?:min\b|m\b)?)?)?`;
/**
 * `slept 5h`, `slept about 6.5 hours`, `sleep: 7`, `slept 7:30`, `slept 5h30`; a range (`slept 6-7h`) keeps its
 * lower end, the cautious reading of a short night.
 */
const SLEPT_HOURS = new RegExp(String.raw`\b(?:slept|sleep|sleeping)${FILLER}${HOURS}`);
/** `5 hours sleep`, `7h of sleep`, `6 hours of shuteye`, `4 hours in bed`. */
const HOURS_SLEEP = new RegExp(
  String.raw`\b(\d{1,3}(?:\.\d+)?)\s*(?:h\b|hours\b|hr\b)\s*(?:(\d{1,2})\s*(?:min\b)?\s*)?(?:of\s*)?(?:sleep|kip|shut\s*eye|shuteye|in bed)\b`,
);
/** Spoken hours of sleep after a cue: `got 6 hours last night`. */
const GOT_HOURS_NIGHT = new RegExp(
  String.raw`\b(?:got|had|only|managed)\s*(?:about\s*|like\s*|maybe\s*)?(\d{1,2}(?:\.\d+)?)\s*(?:h\b|hours\b)\s*(?:last night|tonight)\b`,
);
/** Hours a few words after a sleep word: `slept like a baby, 9 hours`, `sleep was ok, 7h`. */
const SLEEP_NEAR_HOURS = new RegExp(
  String.raw`\b(?:slept|sleep)\b[^.;?!\d]{0,30}?\b(\d{1,2}(?:\.\d+)?)\s*(?:h\b|hours\b|hr\b)`,
);
/** Hours right after a night described: `bad night, 5h`, `rough night 4 hours`. */
const NIGHT_HOURS =
  /\b(?:bad|rough|poor|terrible|awful|short|good|great|long|restless|broken) night\b[^.;?!\d]{0,15}?(\d{1,2}(?:\.\d+)?)\s*(?:h\b|hours\b)/;
const NO_SLEEP =
  /\b(?:didn't sleep(?: at all)?|no sleep|zero sleep|couldn't sleep at all|didn't get any sleep|all[- ]nighter)\b/;

/** Sleep words and the quality they mean. */
/** A sleep score out of 10 (`sleep 6/10`): up to 4 is poor, 8 and up is good (project convention). */
const SLEEP_SCORE =
  /\b(?:sleep|slept|sleep quality|sleep score)\s*(?:was\s*|is\s*|:\s*)?(\d{1,2}(?:\.\d+)?)\s*(?:\/|out of)\s*10\b/;
export const POOR_SLEEP_SCORE_MAX = 4;
export const GOOD_SLEEP_SCORE_MIN = 8;
const QUALITY: readonly (readonly [RegExp, SleepQuality])[] = [
  [
    /\b(?:slept|sleep|sleeping|night)\s*(?:was\s*)?(?:really\s*|very\s*|so\s*|pretty\s*)?(?:badly|bad|poorly|poor|terribly|terrible|awful|awfully|horribly|like (?:crap|shit|garbage)|rubbish|restless|broken|on and off)\b|\b(?:bad|poor|terrible|awful|rubbish|crap|restless|broken|rough|short|horrible|no) (?:sleep|night)\b|\binsomnia\b|\bcouldn't sleep\b|\bdidn't sleep\b|\btossing and turning\b|\bwoke up (?:a lot|loads|constantly|several times)\b/,
    'poor',
  ],
  [
    /\b(?:slept|sleep)\s*(?:was\s*)?(?:really\s*|very\s*|so\s*|pretty\s*)?(?:well|great|amazing|brilliantly|like a (?:baby|log|rock))\b|\b(?:good|great|solid|amazing|deep|long) (?:sleep|night's sleep)\b/,
    'good',
  ],
  [/\b(?:slept|sleep)\s*(?:was\s*)?(?:ok|okay|fine|alright|so-so|meh|average)\b/, 'ok'],
];

/**
 * Finds hours slept (`slept 5h`, `5 hours sleep`, `slept 7:30`) and sleep quality words (`slept badly`).
 * Hours outside 0–16 are a Problem and not stored.
 *
 * @example
 * extractSleep('slept badly, maybe 5 hours').slots // → { sleepHours: 5, sleepQuality: 'poor' }
 */
export function extractSleep(text: string): Extraction {
  const slots: Partial<Slots> = {};
  const problems: Problem[] = [];
  const spans: Span[] = [];
  const candidates: { index: number; hours: number }[] = [];
  for (const m of matchesOf(SLEPT_HOURS, text)) {
    if (m[1] === undefined) continue;
    const whole = Number(m[1]);
    const minutes = Number(m[2] ?? m[3] ?? 0);
    candidates.push({ index: m.index, hours: whole + minutes / 60 });
    spans.push(spanOf(m));
  }
  for (const re of [HOURS_SLEEP, GOT_HOURS_NIGHT, SLEEP_NEAR_HOURS, NIGHT_HOURS]) {
    for (const m of matchesOf(re, text)) {
      if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
      candidates.push({ index: m.index, hours: Number(m[1]) + Number(m[2] ?? 0) / 60 });
      spans.push(spanOf(m));
    }
  }
  const noSleep = NO_SLEEP.exec(text);
  if (noSleep) {
    candidates.push({ index: noSleep.index, hours: 0 });
    spans.push(spanOf(noSleep));
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  if (first) {
    const h = round1(first.hours);
    if (Number.isFinite(h) && h >= SLEEP_MIN_H && h <= SLEEP_MAX_H) slots.sleepHours = h;
    else problems.push(problem('SLEEP_OUT_OF_RANGE', 'sleepHours', { sleepHours: h }));
  }
  const score = SLEEP_SCORE.exec(text);
  if (score && Number(score[1]) <= 10) {
    const v = Number(score[1]);
    slots.sleepQuality = v <= POOR_SLEEP_SCORE_MAX ? 'poor' : v >= GOOD_SLEEP_SCORE_MIN ? 'good' : 'ok';
    spans.push(spanOf(score));
  }
  for (const [re, quality] of QUALITY) {
    const m = re.exec(text);
    if (m) {
      slots.sleepQuality ??= quality;
      spans.push(spanOf(m));
    }
  }
  return { slots, problems, spans };
}
