import type { Intent, Problem, SlotName, Slots } from './types.js';
import { INTENT_ORDER } from './types.js';

/** Past-tense running verbs: the run happened ("ran 10k", "did 8 miles", "finished the half"). */
const PAST_RUN_VERB =
  /\b(?:ran|jogged|did|done|finished|completed|went for|logged|got back|back from|walked|hiked|smashed|knocked out|crushed|nailed|managed|clocked|raced|covered)\b/;
/** Talk about a run that has not happened, or a request: "should I run 10k?", "give me 20×400". */
export const HYPOTHETICAL =
  /\b(?:should|can|could|shall|may) i\b|\b(?:gonna|going to|will|planning to|plan to|want to|wanna|thinking of|hoping to|how (?:fast|long)|what pace|give me|make me|prescribe|schedule me|can you|could you)\b/;
const RECOVERY_SLOTS: readonly SlotName[] = [
  'sleepHours',
  'sleepQuality',
  'restingHr',
  'hrvMs',
  'soreness',
  'stress',
  'illness',
];
/** Slots that only a run produces, besides its distance and duration. */
const RUN_SLOTS: readonly SlotName[] = ['paceSPerKm', 'avgHr', 'maxHr'];
/** Intents about a run that has happened: their date can never be in the future. */
export const RUN_INTENTS: readonly Intent[] = ['log_run', 'race_result', 'rpe_checkin'];
/** Intents that already say what to do with a pain or red flag, so it is not also a check-in. */
const HANDLES_BODY: readonly Intent[] = [...RUN_INTENTS, 'pause', 'resume', 'ask_today', 'ask_why'];

/** What intent inference needs to know about the message beyond its slots. */
export interface IntentEvidence {
  /** The normalised message. */
  readonly text: string;
  readonly keywords: readonly Intent[];
  readonly slots: Slots;
  readonly problems: readonly Problem[];
  /** A distance, a duration or interval sets were mentioned (even if refused as implausible). */
  readonly ranDistanceOrTime: boolean;
  readonly timed: boolean;
  /** The message asks something (`question.ts`). */
  readonly question?: boolean;
  /**
   * A distance and a time were given and the message does not open by asking ("5k, 28 min. too fast?"):
   * a report, even though a question follows.
   */
  readonly reportThenQuestion?: boolean;
  /** The distance is a named race (half, marathon, parkrun). */
  readonly namedRace: boolean;
}

function mentioned(slot: SlotName, e: IntentEvidence): boolean {
  return e.slots[slot] !== undefined || e.problems.some((p) => p.slot === slot);
}

/**
 * Combines keyword intents with what the slots show: run facts → `log_run` (or `race_result` when timed
 * and raced or a named race distance), an RPE → `rpe_checkin`, recovery facts or a pain/red flag on its
 * own → `morning_checkin`. Questions and requests ("should I run 10k?") are not logs. Returns the
 * intents in `INTENT_ORDER`, or `['unknown']`.
 *
 * @example
 * inferIntents({ text: 'ran 5k', keywords: [], slots: { distanceM: 5000 }, problems: [],
 *   ranDistanceOrTime: true, timed: false, namedRace: false }) // → ['log_run']
 */
export function inferIntents(e: IntentEvidence): Intent[] {
  const intents = new Set<Intent>(e.keywords);
  const raceWords = intents.delete('race_result');
  const runFacts = e.ranDistanceOrTime || RUN_SLOTS.some((s) => mentioned(s, e));
  const ranIt = PAST_RUN_VERB.test(e.text);
  // "10k race on sunday!" without a time or a past verb is a race to come, not a log.
  // A question with a number in it ("why so slow? 6:30 feels like walking") reports no run, unless the
  // runner also says they ran it or gives the whole run ("5k, 28 min, was that too fast?").
  const asking = e.question === true && e.reportThenQuestion !== true;
  const hypothetical =
    (HYPOTHETICAL.test(e.text) || asking || (/\brace\b/.test(e.text) && !e.timed)) && !ranIt;
  // A goal change that also says a run happened ("new goal: marathon, ran 10k in 45 min") carries both, so
  // the run's numbers are never taken as the goal's (the conversation asks for them one at a time).
  if (runFacts && !hypothetical && (!intents.has('change_goal') || ranIt)) {
    intents.add(e.timed && (raceWords || e.namedRace) ? 'race_result' : 'log_run');
  }
  if (mentioned('rpe', e)) intents.add('rpe_checkin');
  const recovery = RECOVERY_SLOTS.some((s) => mentioned(s, e));
  const body = mentioned('pains', e) || e.slots.redFlags !== undefined;
  if (recovery || (body && !HANDLES_BODY.some((i) => intents.has(i)))) intents.add('morning_checkin');
  if (intents.size === 0) return ['unknown'];
  return INTENT_ORDER.filter((i) => intents.has(i));
}
