import { describe, expect, it } from 'vitest';
import { changedDates } from '../../../coach/adaptation/changed-dates.js';

const base = {
  rule: 'readiness.two-bad-nights',
  date: '2026-12-09',
  action: 'downgrade_session',
  reasons: [],
};

describe('changedDates', () => {
  it('is the decision’s day for an adaptation, and every listed day for a schedule change', () => {
    expect(changedDates({ ...base, before: { kind: 'tempo' }, after: { kind: 'easy' } })).toEqual([
      '2026-12-09',
    ]);
    expect(changedDates({ ...base, before: null, after: null })).toEqual(['2026-12-09']);
    expect(
      changedDates({
        ...base,
        rule: 'schedule.move-session',
        before: {},
        after: { sessions: [], changedDates: ['2026-12-13', '2026-12-12'] },
      }),
    ).toEqual(['2026-12-13', '2026-12-12']);
  });
});
