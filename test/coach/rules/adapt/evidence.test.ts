import { describe, expect, it } from 'vitest';
import { evidenceOf, EvidenceLedger, runRef } from '../../../../coach/rules/adapt/evidence.js';
import type { Decision } from '../../../../coach/rules/decision.js';

const decision = (facts: Record<string, unknown>[]): Decision => ({
  rule: 'rpe.mismatch',
  date: '2027-01-14',
  action: 'shorten',
  before: null,
  after: null,
  reasons: facts.map((f, i) => ({ code: `CODE_${i}`, facts: f })),
});

describe('evidence', () => {
  it('a run is known by its id when it has one, else by its date', () => {
    expect(runRef({ date: '2027-01-13', km: 8, minutes: 48 })).toEqual({ date: '2027-01-13' });
    expect(runRef({ id: 'a1', date: '2027-01-13', km: 8, minutes: 48 })).toEqual({
      date: '2027-01-13',
      id: 'a1',
    });
  });

  it('reads the evidence of every reason of a decision, ignoring malformed entries', () => {
    const d = decision([
      { evidence: { runs: [{ date: '2027-01-13', id: 'a1' }], checkins: ['2027-01-14'] } },
      { evidence: { runs: [{ date: '2027-01-12' }, { nope: 1 }], window: { from: 'x', to: 'y' } } },
      { evidence: 'not an object' },
      {},
    ]);
    expect(evidenceOf(d)).toEqual({
      runs: [{ date: '2027-01-13', id: 'a1' }, { date: '2027-01-12' }],
      checkins: ['2027-01-14'],
    });
  });

  it('the ledger remembers who answered a run or a check-in first', () => {
    const ledger = new EvidenceLedger();
    ledger.claim('rpe.mismatch', { runs: [{ date: '2027-01-13' }, { date: '2027-01-12', id: 'a1' }] });
    ledger.claim('load.acwr-caution', { runs: [{ date: '2027-01-13' }] });
    ledger.claimDecision({ ...decision([{ evidence: { checkins: ['2027-01-14'] } }]), rule: 'readiness.x' });
    expect(ledger.runClaimedBy({ date: '2027-01-13' })).toBe('rpe.mismatch');
    expect(ledger.runClaimedBy({ date: '2027-01-12', id: 'a1' })).toBe('rpe.mismatch');
    expect(ledger.runClaimedBy({ date: '2027-01-12', id: 'a2' })).toBeUndefined();
    expect(ledger.runClaimedBy({ date: '2027-01-11' })).toBeUndefined();
    expect(ledger.checkinClaimedBy('2027-01-14')).toBe('readiness.x');
    expect(ledger.checkinClaimedBy('2027-01-13')).toBeUndefined();
  });
});
