/**
 * A caller the channel already identified (the browser call page, issue 13): `startCall` with an
 * `athleteId` greets that runner; each turn from a `client:` identity goes on only when it is the identity
 * the channel gives the call's runner (`clientIdentityOf`), so a forged `From` changes nothing.
 */
import { expect, it } from 'vitest';
import { callTurn, startCall } from '../../../coach/channel.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { callFixture } from './call-fixture.js';

const text = (step: { lines: readonly { text: string }[] }) => step.lines.map((l) => l.text).join(' ');
const UNKNOWN = /\/phone on Telegram, the API or the command line/;
const identityOf = (athleteId: string) => `runner-${athleteId.replace(/-/g, '').slice(0, 24)}`;

describeEachDatabase('a caller identified by the channel', (ctx) => {
  it('starts with the named runner and takes turns from the matching client identity only', async () => {
    const f = await callFixture(ctx.handle);
    f.at(`${f.tempo.date}T07:00:00Z`);
    const from = `client:${identityOf(f.athleteId)}`;
    const greeting = await startCall(f.deps, { callSid: 'CA1', from, athleteId: f.athleteId });
    expect(text(greeting)).toMatch(/^Hi Ana\. Tempo run today/);
    expect(greeting.next).toBe('gather');
    const say = (caller: string, clientIdentityOf?: (id: string) => string) =>
      callTurn(f.deps, {
        callSid: 'CA1',
        from: caller,
        input: { speech: 'I have chest pain', confidence: 0.95 },
        ...(clientIdentityOf ? { clientIdentityOf } : {}),
      });
    for (const [caller, of] of [
      [from, undefined],
      ['client:runner-000000000000000000000000', identityOf],
      [`client:${identityOf(f.athleteId)}x`, identityOf],
    ] as const) {
      const refused = await say(caller, of);
      expect(text(refused)).toMatch(UNKNOWN);
      expect(text(refused)).not.toMatch(/Ana/);
      expect(refused.next).toBe('hangup');
    }
    expect(await f.deps.repositories.checkins.list(f.athleteId)).toEqual([]);
    const turn = await callTurn(f.deps, {
      callSid: 'CA1',
      from,
      input: { speech: 'seventeen minutes in, five sixteen', confidence: 0.9 },
      clientIdentityOf: identityOf,
    });
    expect(text(turn)).toMatch(/^Good, hold it/);
  });

  it('an athleteId that names nobody is the unknown caller, and no call is stored', async () => {
    const f = await callFixture(ctx.handle);
    f.at(`${f.tempo.date}T07:00:00Z`);
    const step = await startCall(f.deps, {
      callSid: 'CA2',
      from: 'client:runner-000000000000000000000000',
      athleteId: '00000000-0000-4000-8000-000000000000',
    });
    expect(text(step)).toMatch(UNKNOWN);
    expect(step.next).toBe('hangup');
    expect(await f.deps.repositories.calls.find('CA2')).toBeUndefined();
  });
});
