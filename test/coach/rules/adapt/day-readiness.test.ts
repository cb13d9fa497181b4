import { describe, expect, it } from 'vitest';
import { assessDay } from '../../../../coach/rules/adapt/day-readiness.js';
import { calmCheckins } from './history-fixture.js';

const today = '2027-01-13';
const calm = calmCheckins('2027-01-12', 10);

describe('assessDay', () => {
  it('calm mornings → good, nothing found', () => {
    const day = assessDay([...calm, { date: today, sleepHours: 8, restingHr: 50 }], today, {
      restingHrBpm: 50,
    });
    expect(day).toMatchObject({ level: 'good', trends: [], ill: false, safety: { level: 'clear' } });
  });

  it('one short night → ok (one signal), never good', () => {
    expect(assessDay([...calm, { date: today, sleepHours: 5.5 }], today).level).toBe('ok');
  });

  it('pain today is poor readiness whatever the sleep, with the safety outcome', () => {
    const day = assessDay(
      [...calm, { date: today, sleepHours: 8, pain: { location: 'knee', score: 4 } }],
      today,
    );
    expect(day.level).toBe('poor');
    expect(day.safety.level).toBe('stop_prescriptions');
  });

  it('a resting-HR trend against the onboarding figure is poor readiness, with its reason', () => {
    const rising = [50, 53, 56, 59].map((restingHr, i) => ({
      date: `2027-01-1${i}`,
      restingHr,
      sleepHours: 8,
    }));
    const day = assessDay(rising, today, { restingHrBpm: 50 });
    expect(day.level).toBe('poor');
    expect(day.trends.map((r) => r.code)).toEqual(['RESTING_HR_TREND_UP']);
  });

  it('illness today is poor readiness', () => {
    expect(assessDay([{ date: today, illness: true }], today)).toMatchObject({ level: 'poor', ill: true });
  });
});
