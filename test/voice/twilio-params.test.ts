import { describe, expect, it } from 'vitest';
import { parseCallEnd, parseCallInput, parseCallStart, parseCallTurn } from '../../voice/twilio-params.js';

const SID = 'CA0123456789abcdef0123456789abcdef';

describe('Twilio form parameters', () => {
  it('reads CallSid and From; an empty From is a withheld number', () => {
    expect(parseCallStart({ CallSid: SID, From: '+4915112345678' })).toEqual({
      ok: true,
      value: { callSid: SID, from: '+4915112345678' },
    });
    expect(parseCallStart({ CallSid: SID, From: 'anonymous' })).toMatchObject({
      value: { from: 'anonymous' },
    });
    expect(parseCallStart({ CallSid: SID, From: '' })).toMatchObject({ value: { from: 'anonymous' } });
    expect(parseCallStart({ CallSid: SID, From: 'client:runner-1' })).toMatchObject({
      value: { from: 'client:runner-1' },
    });
  });

  it.each([
    [{ From: '+4915112345678' }, 'TWILIO_CALL_SID_INVALID'],
    [{ CallSid: 'nope', From: '+4915112345678' }, 'TWILIO_CALL_SID_INVALID'],
    [{ CallSid: SID }, 'TWILIO_FROM_MISSING'],
  ])('refuses %o with %s', (params, code) => {
    expect(parseCallStart(params)).toEqual({ ok: false, code });
    expect(parseCallTurn(params)).toEqual({ ok: false, code });
    expect(parseCallEnd(params)).toEqual({ ok: false, code });
  });

  it('reads speech with its confidence, keys, or silence', () => {
    expect(parseCallInput({ SpeechResult: ' pace five ten ', Confidence: '0.91' })).toEqual({
      speech: 'pace five ten',
      confidence: 0.91,
    });
    expect(parseCallInput({ SpeechResult: 'heavy' })).toEqual({ speech: 'heavy' });
    expect(parseCallInput({ SpeechResult: 'heavy', Confidence: 'x' })).toEqual({ speech: 'heavy' });
    expect(parseCallInput({ SpeechResult: 'heavy', Confidence: '1.7' })).toEqual({
      speech: 'heavy',
      confidence: 1,
    });
    expect(parseCallInput({ Digits: '9' })).toEqual({ digits: '9' });
    expect(parseCallInput({ Digits: '', SpeechResult: '' })).toEqual({ silence: true });
    expect(parseCallInput({})).toEqual({ silence: true });
    expect(parseCallInput({ Digits: 'x' })).toEqual({ silence: true });
    expect(parseCallInput({ SpeechResult: ['twice', 'sent'] })).toEqual({ speech: 'twice' });
  });

  it('maps a final CallStatus to an end with its duration; other statuses are not ends', () => {
    expect(parseCallTurn({ CallSid: SID, From: '+1', Digits: '2' })).toEqual({
      ok: true,
      value: { callSid: SID, from: '+1', input: { digits: '2' } },
    });
    expect(parseCallEnd({ CallSid: SID, From: '+1', CallStatus: 'completed', CallDuration: '95' })).toEqual({
      ok: true,
      value: { callSid: SID, from: '+1', status: 'completed', durationSeconds: 95 },
    });
    expect(parseCallEnd({ CallSid: SID, From: '+1', CallStatus: 'no-answer' })).toEqual({
      ok: true,
      value: { callSid: SID, from: '+1', status: 'no-answer' },
    });
    for (const status of ['ringing', 'in-progress', 'initiated', 'answered', undefined]) {
      expect(parseCallEnd({ CallSid: SID, From: '+1', CallStatus: status })).toEqual({
        ok: true,
        value: null,
      });
    }
  });
});
