/**
 * Text that means a quick reply, as runners type it: an option's value, the number of an option shown,
 * a score after the RPE question. Each case gives the conversation state the text arrives in.
 */
import { describe, expect, it } from 'vitest';
import { optionInText } from '../../../coach/conversation/option-in-text.js';
import type { ConversationState } from '../../../coach/model/conversation-state.js';
import type { OnboardingDraft } from '../../../coach/onboarding/onboarding-chat.js';
import type { ChosenOption } from '../../../coach/prompts/chosen-option.js';
import { parseMessage } from '../../../coach/rules/language/parse-message.js';

const D1 = '0b9f6c1e-4a55-4f1f-9d7e-0c1a2b3c4d5e';
const ACCEPT_KEEP: ChosenOption[] = [
  { kind: 'decision', answer: 'accept', ids: [D1] },
  { kind: 'decision', answer: 'keep', ids: [D1] },
];
const RPE: ChosenOption[] = Array.from({ length: 10 }, (_, i) => ({ kind: 'rpe', value: i + 1 }));
const OFFERED: ConversationState = { pendingDecisionIds: [D1], offered: ACCEPT_KEEP };
const RATING: ConversationState = { pendingRpe: { activityId: 'a1', date: '2026-12-08' }, offered: RPE };
const BOTH: ConversationState = { ...RATING, pendingDecisionIds: [D1], offered: [...RPE, ...ACCEPT_KEEP] };
const DELETE: ConversationState = {
  pendingDelete: true,
  offered: [
    { kind: 'confirm', answer: 'yes' },
    { kind: 'confirm', answer: 'no' },
  ],
};

type Case = readonly [
  text: string,
  state: ConversationState,
  draft: OnboardingDraft | undefined,
  expected: ChosenOption | undefined,
];

const CASES: readonly Case[] = [
  // Option values typed out (the terminal used to send them as text).
  ['keep_original', OFFERED, undefined, { kind: 'decision', answer: 'keep' }],
  ['accept', OFFERED, undefined, { kind: 'decision', answer: 'accept' }],
  [`keep_original:${D1}`, OFFERED, undefined, { kind: 'decision', answer: 'keep', ids: [D1] }],
  ['rpe:6', RATING, undefined, { kind: 'rpe', value: 6 }],
  // An option's number, as shown in the last reply.
  ['2', OFFERED, undefined, ACCEPT_KEEP[1]],
  ['1', OFFERED, undefined, ACCEPT_KEEP[0]],
  [' 2. ', OFFERED, undefined, ACCEPT_KEEP[1]],
  ['#2', OFFERED, undefined, ACCEPT_KEEP[1]],
  ['7', RATING, undefined, { kind: 'rpe', value: 7 }],
  ['12', BOTH, undefined, ACCEPT_KEEP[1]],
  // The number said the way runners text it.
  ['option 2', OFFERED, undefined, ACCEPT_KEEP[1]],
  ['Option 1', OFFERED, undefined, ACCEPT_KEEP[0]],
  ['number 2 please', OFFERED, undefined, ACCEPT_KEEP[1]],
  ['the 2nd one', OFFERED, undefined, ACCEPT_KEEP[1]],
  ['first one', OFFERED, undefined, ACCEPT_KEEP[0]],
  ['the second', OFFERED, undefined, ACCEPT_KEEP[1]],
  ['go with 1', OFFERED, undefined, ACCEPT_KEEP[0]],
  ['option 3', OFFERED, undefined, undefined],
  ['1', DELETE, undefined, { kind: 'confirm', answer: 'yes' }],
  [
    '1',
    {
      offered: [
        { kind: 'units', units: 'km' },
        { kind: 'units', units: 'mi' },
      ],
    },
    { step: 'units' },
    { kind: 'units', units: 'km' },
  ],
  // A score with words after the RPE question.
  ['4, felt ok', RATING, undefined, { kind: 'rpe', value: 4 }],
  ['4/10 tbh', RATING, undefined, { kind: 'rpe', value: 4 }],
  ['prob a 7', RATING, undefined, { kind: 'rpe', value: 7 }],
  ['probably a 6, legs heavy', RATING, undefined, { kind: 'rpe', value: 6 }],
  ['about a 5 i think', RATING, undefined, { kind: 'rpe', value: 5 }],
  ['8!! that hurt', RATING, undefined, { kind: 'rpe', value: 8 }],
  ['7 - tough one', RATING, undefined, { kind: 'rpe', value: 7 }],
  // Read as words: nothing pending for them, a number that is not an option, a run report.
  ['keep_original', {}, undefined, undefined],
  ['rpe:6', {}, undefined, undefined],
  ['yes', {}, undefined, undefined],
  ['2', {}, undefined, undefined],
  ['3', OFFERED, undefined, undefined],
  // The number of an option shown, settled meanwhile: still that option (its reply says it no longer applies).
  ['2', { offered: ACCEPT_KEEP }, undefined, ACCEPT_KEEP[1]],
  ['4, felt ok', {}, undefined, undefined],
  ['5k easy', RATING, undefined, undefined],
  ['ran 10k in 50 min', RATING, undefined, undefined],
  // Pain or a red flag after the score is read as words: the safety path sees it.
  ['8, chest pain', RATING, undefined, undefined],
  ['6 but my left knee hurts', RATING, undefined, undefined],
  // The goal question offers 5K and 10K: "5" there is a 5K, read as words.
  [
    '5',
    {
      offered: [
        { kind: 'goal', goal: '5k' },
        { kind: 'goal', goal: '10k' },
        { kind: 'goal', goal: 'half' },
        { kind: 'goal', goal: 'marathon' },
        { kind: 'goal', goal: 'fitness' },
      ],
    },
    { step: 'goal' },
    undefined,
  ],
  // A button of an earlier onboarding question, typed: read as words.
  ['units:mi', {}, { step: 'race' }, undefined],
  ['keep_original', OFFERED, { step: 'units' }, undefined],
];

describe('optionInText', () => {
  it.each(CASES)('%j', (text, state, draft, expected) => {
    const parsed = parseMessage(text, { today: '2026-12-08', units: 'km' });
    expect(optionInText(text, state, draft, parsed)).toEqual(expected);
  });
});
