/** The outbox sender over a real outbox (PGlite and PostgreSQL) and a scripted transport, on an injected clock. */
import { expect, it } from 'vitest';
import { createOutboxSender, type OutboxSenderDeps } from '../../../coach/delivery/outbox-sender.js';
import type { NewOutboxMessage, OutboxMessage } from '../../../coach/ports/outbox.js';
import type { Reply } from '../../../coach/prompts/coach-message.js';
import type { TransportOutcome } from '../../../coach/rules/delivery/retry-policy.js';
import { createRepositories } from '../../../db/repositories/index.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { manualClock, recordingLogger } from '../../helpers/delivery.js';

const T0 = new Date('2026-12-01T08:00:00.000Z');

function message(destination: string): NewOutboxMessage {
  return {
    athleteId: null,
    channel: 'telegram',
    destination,
    payload: { message: { kind: 'help' }, persona: 'neutral', channel: 'telegram' },
    at: T0,
  };
}

/** Answers each send with the next scripted outcome (then `ok`), recording what was sent. */
function scriptedTransport(script: (TransportOutcome | 'throw')[] = []) {
  const sent: { id: string; destination: string; text: string }[] = [];
  const attempts: string[] = [];
  const transport = (m: OutboxMessage & { worded: Reply }): Promise<TransportOutcome> => {
    attempts.push(m.id);
    const next = script.shift() ?? { kind: 'ok' };
    if (next === 'throw') return Promise.reject(new Error('ECONNRESET'));
    if (next.kind === 'ok') sent.push({ id: m.id, destination: m.destination, text: m.worded.text });
    return Promise.resolve(next);
  };
  return { transport, sent, attempts };
}

/** Words "Message <sequence>, take <n>": a second wording of the same row would show. */
function countingWord() {
  let calls = 0;
  const word = (m: OutboxMessage): Promise<Reply> =>
    Promise.resolve({ text: `Message ${m.sequence}, take ${++calls}`, options: [], source: 'template' });
  return { word, calls: () => calls };
}

describeEachDatabase('outbox sender', (ctx) => {
  const outbox = () => createRepositories(ctx.handle.db).outbox;
  function sender(
    transport: OutboxSenderDeps['transport'],
    clock: { now(): Date },
    extra: Partial<OutboxSenderDeps> = {},
  ) {
    return createOutboxSender({
      outbox: outbox(),
      transport,
      word: countingWord().word,
      clock,
      workerId: 'sender-1',
      ...extra,
    });
  }

  it('a 429 with retry_after=2 waits at least 2 s, then resends the same words', async () => {
    const clock = manualClock(T0);
    const { transport, sent, attempts } = scriptedTransport([{ kind: 'rate-limited', retryAfterSeconds: 2 }]);
    const word = countingWord();
    const s = sender(transport, clock, { word: word.word });
    const [row] = await outbox().enqueue([message('42')]);
    await s.runOnce();
    expect(attempts).toEqual([row!.id]);
    expect(await outbox().findById(row!.id)).toMatchObject({ status: 'failed', lastError: 'HTTP_429' });
    clock.advance(1999);
    await s.runOnce();
    expect(attempts).toHaveLength(1);
    clock.advance(1);
    await s.runOnce();
    expect(sent).toEqual([{ id: row!.id, destination: '42', text: 'Message 1, take 1' }]);
    expect(word.calls()).toBe(1);
    expect(await outbox().findById(row!.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('four 502s, then success: sent once, with backoff between the attempts', async () => {
    const clock = manualClock(T0);
    const bad: TransportOutcome = { kind: 'server-error', status: 502 };
    const { transport, sent, attempts } = scriptedTransport([bad, bad, bad, bad]);
    const s = sender(transport, clock);
    const [row] = await outbox().enqueue([message('42')]);
    let previousDelay = 0;
    for (let i = 0; i < 4; i++) {
      await s.runOnce();
      const failed = await outbox().findById(row!.id);
      expect(failed).toMatchObject({ status: 'failed', lastError: 'HTTP_502', attempts: i + 1 });
      const delay = failed!.nextAttemptAt.getTime() - clock.now().getTime();
      expect(delay).toBeGreaterThan(0);
      if (i >= 2) expect(delay).toBeGreaterThan(previousDelay);
      previousDelay = delay;
      await s.runOnce(); // not yet due
      expect(attempts).toHaveLength(i + 1);
      clock.set(failed!.nextAttemptAt);
    }
    await s.runOnce();
    expect(sent.map((x) => x.id)).toEqual([row!.id]);
    expect(await outbox().findById(row!.id)).toMatchObject({ status: 'sent', attempts: 5, lastError: null });
  });

  it('a network error (the transport throws) is retried; the chat keeps its order meanwhile', async () => {
    const clock = manualClock(T0);
    const { transport, sent } = scriptedTransport(['throw']);
    const s = sender(transport, clock);
    const [first, second] = await outbox().enqueue([message('42'), message('42')]);
    await s.runOnce();
    expect(sent).toEqual([]);
    expect(await outbox().findById(first!.id)).toMatchObject({ status: 'failed', lastError: 'NETWORK' });
    expect(await outbox().findById(second!.id)).toMatchObject({ status: 'pending', attempts: 0 });
    clock.advance(60_000);
    await s.runOnce();
    expect(sent.map((x) => x.id)).toEqual([first!.id, second!.id]);
  });

  it('a 403 stops the chat: marked inactive, its queued messages dropped, other chats unaffected', async () => {
    const clock = manualClock(T0);
    const { transport, sent, attempts } = scriptedTransport([{ kind: 'blocked' }]);
    const s = sender(transport, clock);
    const [a1, a2] = await outbox().enqueue([message('42'), message('42')]);
    const [b1] = await outbox().enqueue([message('7')]);
    await s.runOnce();
    expect(attempts).toEqual([a1!.id, b1!.id]);
    expect(sent.map((x) => x.id)).toEqual([b1!.id]);
    expect(await outbox().isInactive({ channel: 'telegram', destination: '42' })).toBe(true);
    expect(await outbox().findById(a2!.id)).toMatchObject({ status: 'dead', lastError: 'HTTP_403' });
    clock.advance(3_600_000);
    await s.runOnce();
    expect(attempts).toHaveLength(2);
  });

  it('a 400 gives the message up; the next one in the chat goes', async () => {
    const clock = manualClock(T0);
    const { transport, sent } = scriptedTransport([{ kind: 'bad-request', status: 400 }]);
    const [a1, a2] = await outbox().enqueue([message('42'), message('42')]);
    await sender(transport, clock).runOnce();
    expect(await outbox().findById(a1!.id)).toMatchObject({ status: 'dead', lastError: 'HTTP_400' });
    expect(sent.map((x) => x.id)).toEqual([a2!.id]);
  });

  it('killed between commit and send: a new sender delivers exactly once', async () => {
    const clock = manualClock(T0);
    const [row] = await outbox().enqueue([message('42')]); // committed; the process dies here
    const { transport, sent } = scriptedTransport();
    const restarted = sender(transport, clock, { workerId: 'after-restart' });
    await restarted.runOnce();
    await restarted.runOnce();
    await sender(transport, clock, { workerId: 'another' }).runOnce();
    expect(sent.map((x) => x.id)).toEqual([row!.id]);
  });

  it('killed after claiming: the row goes out once its lease ends, worded words kept', async () => {
    const clock = manualClock(T0);
    const [row] = await outbox().enqueue([message('42')]);
    const leaseMs = 30_000;
    // The first sender claimed and worded it, then died before sending.
    await outbox().claimNext('crashed', clock.now(), leaseMs);
    await outbox().saveWorded(row!.id, 'crashed', { text: 'Kept words', options: [], source: 'llm' });
    const { transport, sent } = scriptedTransport();
    const word = countingWord();
    const s = sender(transport, clock, { workerId: 'after-restart', leaseMs, word: word.word });
    await s.runOnce();
    expect(sent).toEqual([]);
    clock.advance(leaseMs);
    await s.runOnce();
    expect(sent).toEqual([{ id: row!.id, destination: '42', text: 'Kept words' }]);
    expect(word.calls()).toBe(0);
  });

  it('logs say what happened without the text or the destination', async () => {
    const clock = manualClock(T0);
    const { transport } = scriptedTransport([{ kind: 'server-error', status: 503 }, { kind: 'blocked' }]);
    const { logger, lines } = recordingLogger();
    const s = sender(transport, clock, { logger });
    await outbox().enqueue([message('4915112345678')]);
    await s.runOnce();
    clock.advance(3_600_000);
    await s.runOnce();
    const logged = JSON.stringify(lines);
    expect(logged).toContain('HTTP_503');
    expect(logged).toContain('HTTP_403');
    expect(logged).not.toContain('4915112345678');
    expect(logged).not.toContain('Message 1');
  });

  it('start() sends what notify() announces, and stop() ends the loop', async () => {
    const clock = manualClock(T0);
    let delivered!: (id: string) => void;
    const arrived = new Promise<string>((resolve) => (delivered = resolve));
    const transport = (m: OutboxMessage): Promise<TransportOutcome> => {
      delivered(m.id);
      return Promise.resolve({ kind: 'ok' });
    };
    const s = sender(transport, clock, { pollMs: 3_600_000 });
    s.start();
    const [row] = await outbox().enqueue([message('42')]);
    s.notify();
    expect(await arrived).toBe(row!.id);
    await s.stop();
    expect(await outbox().findById(row!.id)).toMatchObject({ status: 'sent' });
  });

  it('a send that outlasts its lease does not overwrite the new claimer: logged LEASE_LOST', async () => {
    const clock = manualClock(T0);
    const leaseMs = 10_000;
    const [row] = await outbox().enqueue([message('42')]);
    const { logger, lines } = recordingLogger();
    let otherClaim: OutboxMessage | undefined;
    const slow = async (): Promise<TransportOutcome> => {
      clock.advance(leaseMs);
      otherClaim = await outbox().claimNext('other', clock.now(), leaseMs);
      return { kind: 'ok' };
    };
    await sender(slow, clock, { leaseMs, logger }).runOnce();
    expect(otherClaim?.id).toBe(row!.id);
    expect(await outbox().findById(row!.id)).toMatchObject({ status: 'sending', claimedBy: 'other' });
    expect(JSON.stringify(lines)).toContain('LEASE_LOST');
  });
});
