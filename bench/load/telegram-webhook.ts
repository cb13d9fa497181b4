/**
 * The load process of the Telegram webhook suite (bench/suites/telegram-webhook.ts), spawned with an IPC
 * channel. It runs the fake Bot API (test/fakes/telegram-api.ts) and the HTTP client both, so the time a
 * POST to /telegram/webhook is sent and the time the server's `sendMessage` for that chat reaches the fake
 * come from one clock. It does not assume the reply is sent before the webhook answers: each update is
 * timed to its HTTP answer and, separately, to its last expected `sendMessage`. Every chat sends one update
 * at a time, so "the n-th sendMessage to this chat" is the reply to its n-th update; a reply that does not
 * arrive within `REPLY_TIMEOUT_MS`, or a count that differs at the end, fails the run.
 */
import { performance } from 'node:perf_hooks';
import { startFakeTelegram } from '../../test/fakes/telegram-api.js';
import { TEST_BOT_TOKEN, textUpdate, type Runner } from '../../test/helpers/telegram.js';
import type { Go, LoadPlan, LoadResult, UpdateTimings } from './telegram-webhook-protocol.js';
import { answerSuite } from './answer-suite.js';

/** Questions an onboarded runner asks; each is answered with exactly one message. */
const QUESTIONS = ['today', 'this week', 'my paces', 'why'] as const;
/** `/start` with a zone: a new runner's welcome and first question (no timezone note), two messages. */
const FIRST_CONTACT = { text: '/start Europe/Berlin', replies: 2 } as const;
/** How long one update's reply may take before the run fails, ms. */
const REPLY_TIMEOUT_MS = 10_000;
/** Quiet time before the final count, ms: a stray extra sendMessage would land in it. */
const SETTLE_MS = 300;
const DAY_MS = 86_400_000;

const fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
/** sendMessage calls each chat should have received so far. */
const expected = new Map<number, number>();

const us = (fromMs: number, toMs: number) => (toMs - fromMs) * 1000;

async function post(go: Go, body: string, secret: string): Promise<Response> {
  return fetch(`${go.baseUrl}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body,
    signal: AbortSignal.timeout(REPLY_TIMEOUT_MS),
  });
}

/** Sends one update from `runner` and times it to the HTTP answer and to its last expected sendMessage. */
async function timeUpdate(go: Go, runner: Runner, text: string, replies = 1) {
  const count = (expected.get(runner.id) ?? 0) + replies;
  expected.set(runner.id, count);
  const body = JSON.stringify(textUpdate(runner, text, new Date().toISOString()));
  // Waiting starts before the POST: the reply may come before or after the webhook's answer.
  const recorded = fake
    .waitFor('sendMessage', count, (c) => c.params.chat_id === runner.id, REPLY_TIMEOUT_MS)
    .then(() => performance.now());
  recorded.catch(() => {});
  const t0 = performance.now();
  const res = await post(go, body, go.secret);
  await res.arrayBuffer();
  const answered = performance.now();
  if (res.status !== 200) throw new Error(`webhook answered ${res.status} to "${text}" from ${runner.id}`);
  const sent = await recorded.catch(() => {
    const got = fake.callsOf('sendMessage').filter((c) => c.params.chat_id === runner.id).length;
    throw new Error(
      `chat ${runner.id}: no reply to "${text}" within ${REPLY_TIMEOUT_MS} ms (${got} of ${count} sendMessage)`,
    );
  });
  return { httpUs: us(t0, answered), sentUs: us(t0, sent) };
}

/** One baseline request: the same route and body with a wrong secret, refused before any work. */
async function timeRefused(go: Go, body: string): Promise<number> {
  const t0 = performance.now();
  const res = await post(go, body, `${go.secret}-wrong`);
  await res.arrayBuffer();
  const answered = performance.now();
  if (res.status !== 401) throw new Error(`baseline: webhook answered ${res.status}, expected 401`);
  return us(t0, answered);
}

const collect = (into: { httpUs: number[]; sentUs: number[] }, t: { httpUs: number; sentUs: number }) => {
  into.httpUs.push(t.httpUs);
  into.sentUs.push(t.sentUs);
};

/** Onboarded runners linked to their chats, made through the HTTP API (setup, not timed). */
async function createRunners(go: Go, plan: LoadPlan): Promise<Runner[]> {
  const raceDate = new Date(Date.now() + 182 * DAY_MS).toISOString().slice(0, 10);
  const runners: Runner[] = [];
  for (let i = 0; i < plan.chats; i++) {
    const runner = { id: 5_000_001 + i, firstName: `Bench${i}` };
    const res = await fetch(`${go.baseUrl}/api/athletes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: runner.firstName,
        timezone: 'Europe/Berlin',
        telegramChatId: runner.id,
        race: { distance: '10k', time: '50:00' },
        goal: { distance: 'marathon', raceDate },
        days: ['tue', 'thu', 'sat', 'sun'],
        longDay: 'sun',
        weeklyKm: 40,
        level: 'intermediate',
      }),
    });
    if (res.status !== 201) throw new Error(`creating runner ${i}: ${res.status} ${await res.text()}`);
    runners.push(runner);
  }
  return runners;
}

/** The final check: every chat got exactly the sendMessage calls its updates asked for, and no one else. */
async function checkReplies(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const got = new Map<number, number>();
  for (const call of fake.callsOf('sendMessage')) {
    const chat = Number(call.params.chat_id);
    got.set(chat, (got.get(chat) ?? 0) + 1);
  }
  const wrong = [...new Set([...got.keys(), ...expected.keys()])].filter(
    (chat) => got.get(chat) !== expected.get(chat),
  );
  if (wrong.length > 0) {
    const detail = wrong
      .slice(0, 5)
      .map(
        (chat) => `chat ${chat}: ${got.get(chat) ?? 0} sendMessage for ${expected.get(chat) ?? 0} replies`,
      );
    throw new Error(`replies do not match the updates sent (${wrong.length} chats): ${detail.join('; ')}`);
  }
  return [...got.values()].reduce((a, b) => a + b, 0);
}

async function run(go: Go): Promise<LoadResult> {
  const { plan } = go;
  await fake.waitFor('setWebhook', 1, () => true, 30_000);
  const runners = await createRunners(go, plan);
  const question = (i: number) => QUESTIONS[i % QUESTIONS.length]!;
  const refusedBody = JSON.stringify(textUpdate(runners[0]!, 'today', new Date().toISOString()));

  for (let i = 0; i < plan.warmup; i++) {
    await timeUpdate(go, runners[i % runners.length]!, question(i));
    await timeRefused(go, refusedBody);
  }
  for (let i = 0; i < 3; i++)
    await timeUpdate(go, { id: 6_100_001 + i, firstName: 'Warm' }, FIRST_CONTACT.text, FIRST_CONTACT.replies);

  const baselineUs: number[] = [];
  for (let i = 0; i < plan.sequential; i++) baselineUs.push(await timeRefused(go, refusedBody));

  const firstContact: UpdateTimings = { httpUs: [], sentUs: [] };
  for (let i = 0; i < plan.firstContacts; i++) {
    const runner = { id: 6_000_001 + i, firstName: `New${i}` };
    collect(firstContact, await timeUpdate(go, runner, FIRST_CONTACT.text, FIRST_CONTACT.replies));
  }

  const message: UpdateTimings = { httpUs: [], sentUs: [] };
  for (let i = 0; i < plan.sequential; i++) {
    collect(message, await timeUpdate(go, runners[i % runners.length]!, question(i)));
  }

  const concurrent = { httpUs: [] as number[], sentUs: [] as number[] };
  let t0 = performance.now();
  await Promise.all(
    runners.map(async (runner, c) => {
      for (let i = 0; i < plan.concurrentPerChat; i++) {
        collect(concurrent, await timeUpdate(go, runner, question(i + c)));
      }
    }),
  );
  const perSecond = (runners.length * plan.concurrentPerChat) / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  await Promise.all(
    runners.map(async () => {
      for (let i = 0; i < plan.concurrentPerChat; i++) await timeRefused(go, refusedBody);
    }),
  );
  const baselinePerSecond = (runners.length * plan.concurrentPerChat) / ((performance.now() - t0) / 1000);

  const sendMessages = await checkReplies();
  return {
    baselineUs,
    firstContact,
    message,
    concurrent: { ...concurrent, perSecond, baselinePerSecond },
    sendMessages,
  };
}

answerSuite(run, { type: 'fake', url: fake.url }, () => fake.close());
