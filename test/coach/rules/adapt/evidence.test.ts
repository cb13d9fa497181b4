import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import { evidenceOf, EvidenceLedger, runRef } from '../../../../coach/rules/adapt/evidence.js';
import type { Activity } from '../../../../coach/rules/adapt/history.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import type { Decision } from '../../../../coach/rules/decision.js';
import { fixturePlan } from './plan-fixture.js';

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

const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45 });
const day = (n: number) => addDays('2027-01-04', n);
const run: fc.Arbitrary<Activity> = fc.record(
  {
    date: fc.integer({ min: 0, max: 60 }).map(day),
    km: fc.integer({ min: 2, max: 25 }),
    minutes: fc.integer({ min: 12, max: 200 }),
    rpe: fc.integer({ min: 1, max: 10 }),
    cadence: fc.integer({ min: 140, max: 190 }),
    race: fc.boolean(),
  },
  { requiredKeys: ['date', 'km', 'minutes'] },
);
/** The rules whose decisions must list their evidence (issue 10 §6). */
const LISTING =
  /^(rpe\.|load\.|recovery\.|cadence\.|readiness\.|intensity\.|overshoot\.|fitness\.(race-result|too-slow)$)/;

describe('every decision of the RPE, load, recovery, race, cadence, readiness, intensity, overshoot and too-slow rules lists its evidence (property)', () => {
  it('holds over generated histories', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 7, max: 63 }).map(day),
        fc.array(run, { maxLength: 40 }),
        fc.array(
          fc.record({ date: fc.integer({ min: 0, max: 63 }).map(day), sleepHours: fc.constantFrom(4, 8) }),
          {
            maxLength: 10,
          },
        ),
        (today, activities, checkins) => {
          for (const d of adapt(plan, { activities, checkins }, today).decisions) {
            if (!LISTING.test(d.rule)) continue;
            seen++;
            const listed = d.reasons.filter((r) => typeof r.facts['evidence'] === 'object');
            expect(listed.length, d.rule).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200, seed: 61 },
    );
    expect(seen).toBeGreaterThan(50);
  });
});
