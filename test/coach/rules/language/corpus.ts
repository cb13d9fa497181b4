/**
 * The parser corpus: realistic runner messages with what the coach must understand from each, split by
 * topic under `corpus/`. `CORPUS` is all of them, for whole-corpus checks.
 */
import type { CorpusCase } from './corpus/case.js';
import { DATE_CASES } from './corpus/dates.js';
import { DISTANCE_CASES } from './corpus/distance.js';
import { DURATION_CASES } from './corpus/duration.js';
import { HEART_RATE_CASES } from './corpus/heart-rate.js';
import { INTENT_CASES } from './corpus/intents.js';
import { MISREAD_CASES } from './corpus/misreads.js';
import { MIXED_CASES } from './corpus/mixed.js';
import { NUMBER_WORD_CASES } from './corpus/numbers-in-words.js';
import { PACE_CASES } from './corpus/pace.js';
import { PAIN_CASES } from './corpus/pain.js';
import { QUESTION_CASES } from './corpus/questions.js';
import { REAL_WORLD_CASES } from './corpus/real-world.js';
import { RED_FLAG_CASES } from './corpus/red-flags.js';
import { RPE_CASES } from './corpus/rpe.js';
import { RUNNER_TEXT_CASES } from './corpus/runner-texts.js';
import { SLEEP_CASES } from './corpus/sleep.js';
import { STORED_OR_NOT_CASES } from './corpus/stored-or-not.js';
import { TEXTED_CASES } from './corpus/texted.js';
import { TYPO_AND_VOICE_CASES } from './corpus/typos-and-voice.js';
import { WELLNESS_CASES } from './corpus/wellness.js';

export const CORPUS_BY_TOPIC: Readonly<Record<string, readonly CorpusCase[]>> = {
  distance: DISTANCE_CASES,
  duration: DURATION_CASES,
  pace: PACE_CASES,
  rpe: RPE_CASES,
  'heart-rate': HEART_RATE_CASES,
  sleep: SLEEP_CASES,
  pain: PAIN_CASES,
  wellness: WELLNESS_CASES,
  'red-flags': RED_FLAG_CASES,
  dates: DATE_CASES,
  'numbers-in-words': NUMBER_WORD_CASES,
  intents: INTENT_CASES,
  mixed: MIXED_CASES,
  'typos-and-voice': TYPO_AND_VOICE_CASES,
  'real-world': REAL_WORLD_CASES,
  questions: QUESTION_CASES,
  'stored-or-not': STORED_OR_NOT_CASES,
  'runner-texts': RUNNER_TEXT_CASES,
  misreads: MISREAD_CASES,
  texted: TEXTED_CASES,
};

export const CORPUS: readonly CorpusCase[] = Object.values(CORPUS_BY_TOPIC).flat();
