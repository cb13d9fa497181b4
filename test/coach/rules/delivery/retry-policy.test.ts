import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  MAX_DELIVERY_ATTEMPTS,
  backoffMs,
  nextDeliveryStep,
  type TransportOutcome,
} from '../../../../coach/rules/delivery/retry-policy.js';

const KEY = '6f1c2f0e-3d7a-4c55-9a41-0d3b8c7e2a10';

describe('nextDeliveryStep', () => {
  const table: [string, number, TransportOutcome, ReturnType<typeof nextDeliveryStep>['step'], string?][] = [
    ['ok', 1, { kind: 'ok' }, 'sent'],
    ['429 on a late attempt', 20, { kind: 'rate-limited', retryAfterSeconds: 2 }, 'retry', 'HTTP_429'],
    ['502', 1, { kind: 'server-error', status: 502 }, 'retry', 'HTTP_502'],
    ['network', 3, { kind: 'network-error' }, 'retry', 'NETWORK'],
    ['403 blocked', 1, { kind: 'blocked' }, 'stop-destination', 'HTTP_403'],
    ['400 bad request', 1, { kind: 'bad-request', status: 400 }, 'dead', 'HTTP_400'],
    [
      '502 on the last attempt',
      MAX_DELIVERY_ATTEMPTS,
      { kind: 'server-error', status: 502 },
      'dead',
      'HTTP_502',
    ],
    ['network on the last attempt', MAX_DELIVERY_ATTEMPTS, { kind: 'network-error' }, 'dead', 'NETWORK'],
    [
      '429 on the last attempt',
      MAX_DELIVERY_ATTEMPTS,
      { kind: 'rate-limited', retryAfterSeconds: 1 },
      'dead',
      'HTTP_429',
    ],
  ];
  it.each(table)('%s (attempt %i) → %s', (_name, attempts, outcome, step, error) => {
    const next = nextDeliveryStep({ attempts, outcome, key: KEY });
    expect(next.step).toBe(step);
    if (error) expect(next).toMatchObject({ error });
  });

  it('a 429 waits exactly retry_after seconds, whatever the attempt', () => {
    for (const attempts of [1, 5])
      expect(
        nextDeliveryStep({ attempts, outcome: { kind: 'rate-limited', retryAfterSeconds: 2 }, key: KEY }),
      ).toEqual({ step: 'retry', delayMs: 2000, error: 'HTTP_429' });
  });

  it('a 429 without retry_after backs off like a 5xx', () => {
    const next = nextDeliveryStep({ attempts: 3, outcome: { kind: 'rate-limited' }, key: KEY });
    expect(next).toEqual({ step: 'retry', delayMs: backoffMs(3, KEY), error: 'HTTP_429' });
  });
});

describe('backoffMs', () => {
  it('doubles per attempt between half and all of base × 2^(attempt−1), capped', () => {
    for (let attempt = 1; attempt <= 30; attempt++) {
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
      const delay = backoffMs(attempt, KEY);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
      expect(Number.isInteger(delay)).toBe(true);
    }
  });

  it('is the same for the same row and attempt, and spreads different rows apart', () => {
    expect(backoffMs(4, KEY)).toBe(backoffMs(4, KEY));
    const delays = new Set(Array.from({ length: 20 }, (_, i) => backoffMs(8, `row-${i}`)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
