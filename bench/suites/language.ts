/**
 * Reading a runner's message: `parseMessage` on each of the four messages of the `messages` mix, and the
 * mix in turn the way a message is understood (`coach/conversation/message-turn.ts`: the runner's date and
 * hour for the instant it was written and for the coach's clock, then the parse). Baseline in the same run:
 * lower-casing the message and testing one regex on it — touching the same text without reading it.
 */
import { localNow } from '../../coach/local-date.js';
import { parseMessage } from '../../coach/rules/language/parse-message.js';
import type { BenchSuite } from '../measure.js';
import { microRow, MICRO_TABLE_HEADER, type Measurement } from '../measure.js';
import { micro } from '../micro.js';

/** The `messages` suite's mix, in its order. */
const MIX = ['ran 8k in 45:10 rpe 4', 'what is today?', 'slept 7h resting hr 52', 'my paces'] as const;
const CONTEXT = { today: '2026-12-02', timezoneNow: { date: '2026-12-02', hour: 9 }, units: 'km' } as const;
/**
 * 2026-12-02 08:00 UTC; every call a second later: each message's first `localNow` is a new second for its
 * timezone, the second one (2 ms later, the coach's clock) the same second, as for one message a second.
 */
const START_MS = Date.UTC(2026, 11, 2, 8);

let i = 0;
const nextMessage = () => MIX[i++ % MIX.length]!;
let clock = START_MS;

const suite: BenchSuite = {
  title: 'Reading a message: the four messages of the messages mix',
  async run() {
    const [baseline, ...rows] = micro([
      {
        name: 'baseline: lower-case the message, test one regex',
        fn: () => /\d/.test(nextMessage().toLowerCase()),
      },
      ...MIX.map((text) => ({ name: `parseMessage: "${text}"`, fn: () => parseMessage(text, CONTEXT) })),
      {
        name: 'the mix in turn: localNow for when it was sent and for now (Europe/Berlin), then parseMessage',
        fn: () => {
          const at = new Date((clock += 1000));
          const sent = localNow(at, 'Europe/Berlin');
          const now = localNow(new Date(clock + 2), 'Europe/Berlin');
          return [parseMessage(nextMessage(), { today: sent.date, timezoneNow: sent, units: 'km' }), now];
        },
      },
    ]) as [Measurement, ...Measurement[]];
    return [MICRO_TABLE_HEADER, microRow(baseline), ...rows.map((r) => microRow(r, baseline))].join('\n');
  },
};

export default suite;
