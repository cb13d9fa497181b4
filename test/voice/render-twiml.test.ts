import { describe, expect, it } from 'vitest';
import type { Reply } from '../../coach/prompts/coach-message.js';
import { gatherHints, renderApology, renderCallStep, spokenLine } from '../../voice/render-twiml.js';
import { parseTwiml } from '../fakes/twilio-caller.js';

const SETTINGS = {
  publicBaseUrl: 'https://coach.example.org',
  voice: 'Polly.Joanna',
  speechLanguage: 'en-US',
};
const line = (text: string, spoken?: string): Reply =>
  ({ text, options: [], source: 'template', ...(spoken !== undefined ? { spoken } : {}) }) as Reply;

describe('renderCallStep', () => {
  it('says each line in the configured voice, then gathers speech and keys at the absolute action URL', () => {
    const xml = renderCallStep(
      {
        lines: [line('Tempo day.'), line('How is it going?')],
        next: 'gather',
        hints: ['five ten', 'one sixty-five'],
      },
      SETTINGS,
    );
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(parseTwiml(xml)).toEqual([
      { verb: 'Say', text: 'Tempo day.', attributes: { voice: 'Polly.Joanna' } },
      { verb: 'Say', text: 'How is it going?', attributes: { voice: 'Polly.Joanna' } },
      {
        verb: 'Gather',
        attributes: {
          input: 'speech dtmf',
          action: 'https://coach.example.org/voice/gather',
          method: 'POST',
          speechTimeout: 'auto',
          numDigits: '1',
          actionOnEmptyResult: 'true',
          language: 'en-US',
          hints: 'five ten, one sixty-five',
        },
      },
    ]);
  });

  it('says the spoken form of a reply when it has one', () => {
    expect(spokenLine(line('A long written reply with a table.', 'Short.'))).toBe('Short.');
    expect(spokenLine(line('Only text.'))).toBe('Only text.');
    expect(
      parseTwiml(renderCallStep({ lines: [line('Long.', 'Short.')], next: 'hangup' }, SETTINGS)),
    ).toEqual([{ verb: 'Say', text: 'Short.', attributes: { voice: 'Polly.Joanna' } }, { verb: 'Hangup' }]);
  });

  it('escapes what it says', () => {
    const xml = renderCallStep({ lines: [line('Pace <5:10> & "HR" 165')], next: 'hangup' }, SETTINGS);
    expect(xml).toContain('Pace &lt;5:10&gt; &amp; "HR" 165');
    expect(parseTwiml(xml)[0]).toMatchObject({ text: 'Pace <5:10> & "HR" 165' });
  });

  it('leaves out hints when there are none and keeps them within Twilio limits', () => {
    const heard = parseTwiml(renderCallStep({ lines: [], next: 'gather' }, SETTINGS));
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ verb: 'Gather' });
    expect((heard[0] as { attributes: Record<string, string> }).attributes.hints).toBeUndefined();
    expect(gatherHints(['a, b', '', 'x'.repeat(101), 'c'])).toBe('a  b, c');
    expect(gatherHints(Array.from({ length: 600 }, (_, i) => `h${i}`))?.split(', ')).toHaveLength(500);
  });

  it('apologises and hangs up', () => {
    expect(parseTwiml(renderApology('Sorry.', SETTINGS))).toEqual([
      { verb: 'Say', text: 'Sorry.', attributes: { voice: 'Polly.Joanna' } },
      { verb: 'Hangup' },
    ]);
  });
});
