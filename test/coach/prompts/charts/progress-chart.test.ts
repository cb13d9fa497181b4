import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, progressChartSvg } from '../../../../coach/prompts/charts/progress-chart.js';
import { progressChartRefusalText } from '../../../../coach/prompts/charts/progress-chart-words.js';
import { weeklyVolumeSeries } from '../../../../coach/rules/progress/weekly-volume-series.js';
import { SAMPLE_TODAY, emptySeries, sampleSeries } from './progress-sample.js';

const count = (svg: string, needle: string) => svg.split(needle).length - 1;

describe('progressChartSvg', () => {
  it('draws the sample history in km (snapshot)', async () => {
    const svg = progressChartSvg({ series: sampleSeries(), units: 'km' });
    expect(svg).toBe(progressChartSvg({ series: sampleSeries(), units: 'km' }));
    await expect(svg).toMatchFileSnapshot('./__snapshots__/progress-km.svg');
  });

  it('draws the same history in miles (snapshot)', async () => {
    const svg = progressChartSvg({ series: sampleSeries(), units: 'mi' });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/progress-mi.svg');
  });

  it('says what it shows in an accessible title and description', () => {
    const svg = progressChartSvg({ series: sampleSeries(), units: 'km' });
    expect(svg).toContain('role="img" aria-labelledby="chart-title chart-desc"');
    expect(svg).toContain('<title id="chart-title">Your last 12 weeks</title>');
    expect(svg).toContain(
      '<desc id="chart-desc">Weekly distance for the 12 weeks from Mon 7 Dec to Wed 24 Feb: 16 runs, 170.3 km in total — ' +
        '100 km easy, 20.3 km in the gray zone, 50 km hard. The plan had 418 km in those weeks. VDOT from 39.6 to 41.8.</desc>',
    );
    expect(svg).toContain('>Mon 7 Dec – Wed 24 Feb · km per week</text>');
    expect(svg).toContain('>7 Dec</text>');
    expect(svg).toContain('>22 Feb</text>');
  });

  it('stacks easy, gray-zone and hard, outlines every planned week and leaves the gaps empty', () => {
    const svg = progressChartSvg({ series: sampleSeries(), units: 'km' });
    // 6 weeks with easy km, 2 with gray-zone km, 4 with hard km (+ one legend swatch each).
    expect(count(svg, `fill="${CHART_COLOURS.easy}"`)).toBe(6 + 1);
    expect(count(svg, `fill="${CHART_COLOURS.gray}"`)).toBe(2 + 1);
    expect(count(svg, `fill="${CHART_COLOURS.hard}"`)).toBe(4 + 1);
    expect(count(svg, 'stroke-dasharray="4 3"')).toBe(12 + 1);
    // Three VDOT points (the value held on 7 Dec carried to the window's start).
    expect(count(svg, '<circle')).toBe(3);
  });

  it('draws miles in miles', () => {
    const svg = progressChartSvg({ series: sampleSeries(), units: 'mi' });
    expect(svg).toContain('· mi per week</text>');
    expect(svg).toContain('105.8 mi in total');
    expect(svg).not.toContain(' km');
  });

  it('is a clear "no runs yet" chart without history', async () => {
    const svg = progressChartSvg({ series: emptySeries(), units: 'km' });
    expect(svg).toContain('>No runs yet</text>');
    expect(svg).toContain(
      '<desc id="chart-desc">No runs logged in the 12 weeks from Mon 7 Dec to Wed 24 Feb.</desc>',
    );
    expect(count(svg, '<circle')).toBe(0);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/progress-empty.svg');
  });

  it('draws a single week and a single VDOT point', () => {
    const series = weeklyVolumeSeries({
      today: SAMPLE_TODAY,
      runs: [{ activity: { date: '2027-02-23', km: 5 }, assessment: { intent: 'easy', flags: [] } }],
      fitness: [{ date: '2027-02-23', vdot: 38 }],
    });
    const svg = progressChartSvg({ series, units: 'km' });
    expect(count(svg, `fill="${CHART_COLOURS.easy}"`)).toBe(2);
    expect(count(svg, '<circle')).toBe(1);
    expect(svg).not.toContain('No runs yet');
    expect(svg).toContain('1 run, 5 km in total');
  });
});

describe('progressChartRefusalText', () => {
  it('words both codes as one friendly sentence that says what to do', () => {
    expect(progressChartRefusalText('ATHLETE_NOT_FOUND')).toMatch(/^I don’t know you yet: say hi/);
    expect(progressChartRefusalText('NO_PLAN')).toMatch(/needs a plan first/);
    for (const code of ['ATHLETE_NOT_FOUND', 'NO_PLAN'] as const)
      expect(progressChartRefusalText(code)).toMatch(/^[^.]+\.$/);
  });
});
