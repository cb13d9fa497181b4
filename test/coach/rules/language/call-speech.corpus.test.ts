/**
 * Phone speech mid-run (issue 13): what Twilio's transcription gives for a runner's report, read for the
 * in-run cue. Numbers come as words ("five ten" is a pace on the phone, "one sixty-five" a heart rate),
 * positions as "twenty minutes in" or "rep three", and the call's own asks.
 */
import { describe, expect, it } from 'vitest';
import { readCallSpeech, type CallSpeech } from '../../../../coach/rules/language/call-speech.js';
import { parseMessage } from '../../../../coach/rules/language/parse-message.js';

const CTX = { today: '2027-01-19', units: 'km' as const };

const CORPUS: readonly (readonly [string, CallSpeech])[] = [
  [
    'twenty minutes in, pace five ten, heart rate one sixty-five, feeling heavy',
    { elapsedSeconds: 1200, paceSPerKm: 310, hr: 165, feel: 'hard' },
  ],
  ['five ten', { paceSPerKm: 310 }],
  ['Pace five ten.', { paceSPerKm: 310 }],
  ['five forty per k', { paceSPerKm: 340 }],
  ['pace five flat', { paceSPerKm: 300 }],
  ['one sixty-five', { hr: 165 }],
  ['one sixty five', { hr: 165 }],
  ['my heart rate is one fifty eight', { hr: 158 }],
  ['twenty minutes in', { elapsedSeconds: 1200 }],
  ['twenty five minutes in', { elapsedSeconds: 1500 }],
  ['three k in, five twenty', { distanceKm: 3, paceSPerKm: 320 }],
  ['rep three', { rep: 3 }],
  ['on rep 2, pace 4:50', { rep: 2, paceSPerKm: 290 }],
  ['feeling heavy', { feel: 'hard' }],
  ['feeling good', { feel: 'easy' }],
  ['it feels very hard', { rpe: 7 }],
  ['how long left', { ask: 'time-left' }],
  ['how much longer?', { ask: 'time-left' }],
  ["what's next", { ask: 'next' }],
  ['what is next', { ask: 'next' }],
  ['repeat', { ask: 'repeat' }],
  ['say that again', { ask: 'repeat' }],
  ['chest pain', { redFlags: ['chest_pain'] }],
  ['I feel dizzy', { redFlags: ['dizziness'] }],
  ['I feel faint', { redFlags: ['fainting'] }],
  ["I can't breathe", { redFlags: ['unusual_breathlessness'] }],
  ['sharp pain in my calf', { redFlags: ['sharp_pain'] }],
  ['knee pain 6 out of 10', { painScore: 6 }],
  ["I'm stopping", { stop: true }],
  ['', {}],
  ['hello', {}],
];

describe('phone speech mid-run', () => {
  it.each(CORPUS)('%j', (said, expected) => {
    expect(readCallSpeech(said, CTX)).toEqual(expected);
  });

  it('the chat parser alone reads "five ten" as a time and "one sixty-five" as nothing: the phone reader is needed', () => {
    expect(parseMessage('five ten', CTX).slots.paceSPerKm).toBeUndefined();
    expect(parseMessage('one sixty-five', CTX).slots.avgHr).toBeUndefined();
  });

  it('a time of day or a duration with its words is not a pace', () => {
    expect(readCallSpeech('5:10 minutes', CTX).paceSPerKm).toBeUndefined();
    expect(readCallSpeech('twenty minutes in', CTX).paceSPerKm).toBeUndefined();
  });

  it('a number outside heart rates is not a heart rate', () => {
    expect(readCallSpeech('forty', CTX).hr).toBeUndefined();
    expect(readCallSpeech('three hundred', CTX).hr).toBeUndefined();
  });
});
