import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDistance,
  formatHr,
  formatMinutes,
  formatPaceRange,
  formatStep,
  oneDecimal,
  sessionHeadline,
} from '../../../coach/prompts/format.js';
import { TEMPO } from './samples.js';

describe('format', () => {
  it('distances in the runner unit, one decimal at most', () => {
    expect(formatDistance(10, 'km')).toBe('10 km');
    expect(formatDistance(10, 'mi')).toBe('6.2 mi');
    expect(formatDistance(21.0975, 'km')).toBe('21.1 km');
    expect(oneDecimal(7.96)).toBe('8');
  });

  it('pace ranges share the unit suffix; equal ends print once', () => {
    expect(formatPaceRange({ from: 296, to: 334 }, 'km')).toBe('4:56–5:34/km');
    expect(formatPaceRange({ from: 300, to: 300 }, 'km')).toBe('5:00/km');
    expect(formatPaceRange({ from: 312, to: 320 }, 'mi')).toBe('8:22–8:35/mi');
  });

  it('minutes, dates and HR', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(0.33)).toBe('20 s');
    expect(formatDate('2027-01-19')).toBe('Tue 19 Jan');
    expect(formatDate('2026-12-07')).toBe('Mon 7 Dec');
    expect(formatHr({ from: 136.4, to: 154 })).toBe('136–154 bpm');
  });

  it('steps and headlines', () => {
    expect(formatStep(TEMPO.steps[1]!, 'km')).toBe('3 × 7 min threshold (5:12–5:20/km, 165–170 bpm)');
    expect(formatStep(TEMPO.steps[0]!, 'km')).toBe('15 min warm-up easy (6:08–6:51/km, 136–154 bpm)');
    expect(formatStep({ kind: 'walk', intensity: 'walk', minutes: 1, repeat: 5 }, 'km')).toBe(
      '5 × 1 min walk',
    );
    expect(sessionHeadline(TEMPO, 'km')).toBe('tempo run, 49 min, about 8.3 km');
    expect(sessionHeadline({ ...TEMPO, kind: 'rest' }, 'km')).toBe('rest day');
  });
});
