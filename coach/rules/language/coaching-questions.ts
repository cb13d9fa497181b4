/**
 * Coaching questions the coach answers from its own data (issue 11 §5): the long run of a week, progress,
 * a race prediction now, "was that too fast?", a question asked mid-run, and questions outside coaching
 * (food, kit, medicine) that get an honest "not my field". A recognised question is never a log: its
 * numbers describe the question ("I'm 3k in, HR 165"), not a finished run. Pure, never throws.
 */
import type { CoachingQuestion, OutsideTopic, PredictedDistance } from './question-types.js';
import type { Intent, Slots } from './types.js';

export type { CoachingQuestion, OutsideTopic, PredictedDistance } from './question-types.js';

/** "should I slow down / speed up / walk / keep going / stop", "am I going too fast", "is that ok". */
const CUE_ASK =
  /\b(?:should|shall|do|can) i (?:slow (?:it )?down|speed up|go faster|push|walk|take a walk break|keep going|carry on|stop|back off|ease off|ease up|hold (?:this|it|the pace))\b|\bslow down\??\s*$|\b(?:am i|i'?m) (?:going |running )?too (?:fast|slow|quick|hard)\b|\b(?<!was )(?:is (?:this|that|it)|this|that) (?:ok|okay|fine|too (?:fast|high))\s*\??\s*$|\bok\s*\?\s*$/;
/** Where the runner is, said mid-run: "I'm 3k in", "20 min in", "halfway", "right now", "mid run". */
const MID_RUN =
  /\b(?:i'?m |im |i am )?\d+(?:\.\d+)?\s*(?:k|km|miles|min|minutes)\s+in\b(?!\s*\d)|\bhalfway\b|\bmid[- ]?run\b|\b(?:right now|currently|at the moment)\b|\bon my run\b|\bout running\b|\bduring (?:my|the|this) run\b/;

/** A position said as mid-run ("3k in", "20 min in"), not a time ("5k in 25 min"). */
const POSITION = /\b\d+(?:\.\d+)?\s*(?:k|km|miles|min)\s+in\b(?!\s*\d)/;
/** What the runner sees on the watch mid-run: heart rate or pace. */
const EFFORT = /\b(?:hr|heart rate|bpm|pace)\b|@\s*\d/;
/** A run said as done ("ran 3k in, hr 150" is a log gone wrong, not a mid-run question). */
const DONE = /\b(?:ran|jogged|did|done|finished|completed|raced|logged|clocked)\b/;

/** A day asked on its own: "and tomorrow?", "what about saturday", "friday?". */
const DAY_ONLY =
  /^\s*(?:and |what about |how about |so )?(?:tomorrow|tonight|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*\?+\s*$/;

const TOO_FAST =
  /\b(?:was|were|is) (?:that|it|my (?:last )?run|this|today'?s run|yesterday'?s run|i|my pace) (?:a bit |way |much )?too (?:fast|quick|hard|speedy)\b|\bdid i (?:go|run) (?:out )?too (?:fast|hard|quick)\b|\btoo fast for an? (?:easy|long|recovery) (?:run|day)\b|\bwas (?:that|it|my run) (?:really )?(?:easy|an easy run) enough\b/;

const PROGRESS =
  /\bhow (?:am i|m i|are things|is (?:my )?training|is it) (?:doing|going|getting on|progressing)\b|\bhow(?:'s| is) (?:my )?(?:progress|training going|it going)\b|\bam i (?:improving|getting (?:fitter|faster|better)|on track|making progress)\b|\b(?:my|show (?:me )?my) progress\b|\bprogress (?:so far|report|update)\b/;

/** "what time can I run", "predict", "what could I do a 10k in", "race prediction". */
const PREDICT =
  /\bwhat (?:time|times) (?:can|could|would|will|should|might) i\b|\bpredict(?:ion|ed)?\b|\bwhat (?:can|could|would|might) i (?:run|do|race)\b|\bhow fast (?:can|could|would) i (?:run|race|do)\b|\b(?:finish|race) time (?:now|today|estimate)\b|\bestimated? (?:finish|race) time\b/;

const LONG_RUN =
  /\b(?:what(?:'s| is)|how (?:long|far) is|when(?:'s| is)|show (?:me )?)\s*(?:my |the )?long (?:run|one)\b[^.!]*?\b(?:(this|next) week|this weekend|next weekend|sunday|saturday)?/;

/** "how long should my long run be (this weekend)?" */
const LONG_RUN_HOW = /\bhow (?:long|far) (?:should|will|is) (?:my |the )?long (?:run|one)(?: be)?\b/;

/** A long run asked in a few words ("long run next week", "my long run this wknd?"): a question even without "?". */
const LONG_RUN_SHORT =
  /^\s*(?:and |so |what about |how about )?(?:my |the )?long (?:run|one)\s+(?:for |on )?(?:(?:this|next) (?:week|weekend)|the weekend)\s*[?.!]*\s*$/;

const OUTSIDE: readonly (readonly [OutsideTopic, RegExp])[] = [
  [
    'nutrition',
    /\b(?:eat|eating|food|breakfast|dinner|lunch|snack|meal|carbs?|carb[- ]?load(?:ing)?|protein|gels?|nutrition|diet|calories|hydrat(?:e|ion)|electrolytes?|caffeine|coffee|drink)\b/,
  ],
  ['gear', /\b(?:shoes?|trainers|sneakers|insoles|socks|watch|headphones|kit|gear|shorts|jacket|vest)\b/],
  [
    'medical',
    /\b(?:ibuprofen|paracetamol|painkillers?|advil|aspirin|medication|medicine|pills?|supplements?|vitamins?|iron tablets|inhaler)\b/,
  ],
];
/** A question rather than a statement: a question mark, or a question word or modal first. */
const ASKS = /\?|^(?:what|which|how|should|can|could|do|does|is|are|any|when|where|would|will)\b/;

const DISTANCES: readonly (readonly [PredictedDistance, RegExp])[] = [
  ['half', /\bhalf(?: marathon)?\b|\bhm\b|\b21(?:\.1)?\s*k(?:m)?\b/],
  ['marathon', /\bmarathon\b|\b42(?:\.2)?\s*k(?:m)?\b/],
  ['10k', /\b10\s*k(?:m)?\b/],
  ['5k', /\b5\s*k(?:m)?\b|\bparkrun\b/],
];

/**
 * The coaching question a normalised message asks, if any. Mid-run questions need both a position or
 * "right now" and a cue question; outside topics only count in a question that says nothing the coach
 * can answer otherwise.
 *
 * @example
 * readCoachingQuestion("i'm 3 k in, hr 165, should i slow down?") // { kind: 'mid-run' }
 * readCoachingQuestion('what time can i run for the half now?') // { kind: 'prediction', distance: 'half' }
 */
export function readCoachingQuestion(text: string): CoachingQuestion | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  if (DAY_ONLY.test(text)) return { kind: 'day' };
  if (CUE_ASK.test(text) && (MID_RUN.test(text) || /\b(?:hr|heart rate)\b/.test(text))) {
    return { kind: 'mid-run' };
  }
  // "3k in, hr 165": a position with what the watch shows is asked mid-run, even without a question.
  if (POSITION.test(text) && EFFORT.test(text) && !DONE.test(text)) return { kind: 'mid-run' };
  if (TOO_FAST.test(text)) return { kind: 'too-fast' };
  if (PREDICT.test(text) && (ASKS.test(text) || /\bpredict/.test(text))) {
    const distance = DISTANCES.find(([, re]) => re.test(text))?.[0];
    return { kind: 'prediction', ...(distance ? { distance } : {}) };
  }
  if (PROGRESS.test(text)) return { kind: 'progress' };
  const long = LONG_RUN.exec(text) ?? LONG_RUN_HOW.exec(text);
  if ((long && ASKS.test(text)) || LONG_RUN_SHORT.test(text)) {
    const ahead = /\bnext (?:week|weekend)\b/.test(text);
    return { kind: 'long-run', weekOffset: ahead ? 1 : 0 };
  }
  if (ASKS.test(text)) {
    const topic = OUTSIDE.find(([, re]) => re.test(text))?.[0];
    if (topic) return { kind: 'outside', topic };
  }
  return undefined;
}

/** The readings of a run report, which a question drops unless the runner also reports a run done. */
const RUN_READINGS: readonly Intent[] = ['log_run', 'race_result', 'rpe_checkin'];
/** The plain views a question replaces ("my long run next week?" is not the whole week). */
const VIEWS: readonly Intent[] = ['ask_today', 'ask_week', 'unknown'];
/** A run reported as done alongside the question ("ran 10k in 50, was that too fast?"). */
const RAN = /\b(?:ran|jogged|did|done|finished|completed|raced|logged|clocked)\b/;

/**
 * Records a recognised question in the parse: the `question` slot and the `ask_question` intent, and drops
 * the readings it replaces. A question is never a log, unless it comes with a run reported as done (then
 * the run is logged and the question answered about it); a mid-run question never is ("I'm 3k in").
 * A long run asked for a named day ("long run on saturday?") stays a day question (`ask_today`); an
 * outside topic only replaces `unknown` or sits beside a run report.
 */
export function applyQuestion(
  intents: Set<Intent>,
  slots: Slots,
  question: CoachingQuestion,
  text: string,
): void {
  if (question.kind === 'day') {
    intents.delete('unknown');
    intents.add('ask_today');
    return;
  }
  // (a run said as done, or one the message opens with in full: "10k, 58 mins. was that too fast?")
  const whole = intents.has('log_run') && slots.distanceM !== undefined && slots.durationS !== undefined;
  const reported = question.kind !== 'mid-run' && (RAN.test(text) || whole);
  if (question.kind === 'long-run' && intents.has('ask_today')) return;
  if (question.kind === 'outside') {
    const others = [...intents].filter((i) => i !== 'unknown' && !(reported && RUN_READINGS.includes(i)));
    if (others.length > 0) return;
  }
  slots.question = question;
  for (const i of VIEWS) intents.delete(i);
  if (!reported) for (const i of RUN_READINGS) intents.delete(i);
  intents.add('ask_question');
}
