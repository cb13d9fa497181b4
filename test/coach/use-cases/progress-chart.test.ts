/**
 * The progress chart use case on PGlite and PostgreSQL: the runs of the last 12 weeks by intensity class
 * (the stored assessment, else one made now against the plan), the plan's km, the VDOT history, in the
 * runner's unit; asking again renders nothing, a new run renders anew; codes for no runner and no plan.
 */
import { expect, it } from 'vitest';
import type { ProgressChart } from '../../../coach/prompts/charts/progress-chart.js';
import { createChartRenderer, resvgRasterizer } from '../../../coach/charts/render-png.js';
import type { ChartRenderer } from '../../../coach/charts/render-png.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { progressChartPng } from '../../../coach/use-cases/progress-chart.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const START = '2026-12-07';
const PROFILE = SAMPLE_ONBOARDING_PROFILE;

describeEachDatabase('progress chart use case', (ctx) => {
  const now = new Date('2026-12-17T12:00:00Z');
  let renders = 0;
  const seen: ProgressChart[] = [];
  const rasterize = resvgRasterizer();
  const real = createChartRenderer({
    rasterize: (svg) => {
      renders++;
      return rasterize(svg);
    },
  });
  const charts: ChartRenderer = {
    progressPng: (id, chart) => {
      seen.push(chart);
      return real.progressPng(id, chart);
    },
  };
  const deps = () => ({ ...coachDeps(ctx.handle, { now: () => now }), charts });

  async function runner(units: 'km' | 'mi' = 'km') {
    const r = await onboard(deps().unitOfWork, { name: 'Ana', timezone: 'UTC', units }, PROFILE, START);
    if (!r.ok) throw new Error(r.code);
    return r.value.athlete.id;
  }

  it('draws the weeks from the stored runs and renders once until a new run', async () => {
    const id = await runner();
    const repos = deps().repositories;
    // An easy run inside E and an extra run (a Monday) at 5:55/km: in the gray zone (E is 6:08–6:51), slower than M; both
    // stored without an assessment, so assessed now against the plan.
    await repos.activities.add({
      athleteId: id,
      date: '2026-12-08',
      distanceMeters: 8000,
      durationSeconds: 8 * 400,
      source: 'manual',
    });
    await repos.activities.add({
      athleteId: id,
      date: '2026-12-07',
      distanceMeters: 10000,
      durationSeconds: 10 * 355,
      source: 'manual',
    });
    renders = 0;
    seen.length = 0;
    const first = await progressChartPng(deps(), id);
    const again = await progressChartPng(deps(), id);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(first.value.today).toBe('2026-12-17');
    expect(renders).toBe(1);
    expect(again.value.png).toBe(first.value.png);

    const week = seen[0]!.series.weeks.find((w) => w.start === '2026-12-07')!;
    expect(seen[0]!.units).toBe('km');
    expect(week.runs).toBe(2);
    expect(week.easyKm).toBe(8);
    expect(week.grayKm).toBe(10);
    expect(week.plannedKm).toBeGreaterThan(0);
    expect(seen[0]!.series.weeks.find((w) => w.start === '2026-11-30')?.plannedKm).toBeUndefined();
    expect(seen[0]!.series.vdot.length).toBeGreaterThan(0);

    await repos.activities.add({
      athleteId: id,
      date: '2026-12-15',
      distanceMeters: 6000,
      durationSeconds: 6 * 400,
      source: 'manual',
    });
    const after = await progressChartPng(deps(), id);
    expect(renders).toBe(2);
    expect(after.ok && !after.value.png.equals(first.value.png)).toBe(true);
  });

  it('renders anew for a new plan version with other weeks, not for an equal one', async () => {
    const id = await runner();
    const repos = deps().repositories;
    const active = (await repos.plans.active(id))!;
    renders = 0;
    const first = await progressChartPng(deps(), id);
    await repos.plans.save(id, active.plan);
    await progressChartPng(deps(), id);
    expect(renders).toBe(1);
    const weeks = active.plan.weeks.map((w, i) =>
      i === 0 ? { ...w, sessions: w.sessions.map((x) => ({ ...x, km: x.km + 1 })) } : w,
    );
    const v3 = await repos.plans.save(id, { ...active.plan, weeks });
    expect(v3.version).toBe(active.version + 2);
    const after = await progressChartPng(deps(), id);
    expect(renders).toBe(2);
    expect(first.ok && after.ok && !after.value.png.equals(first.value.png)).toBe(true);
  });

  it('draws in miles for a runner in miles', async () => {
    const id = await runner('mi');
    seen.length = 0;
    const r = await progressChartPng(deps(), id);
    expect(r.ok).toBe(true);
    expect(seen[0]!.units).toBe('mi');
  });

  it('says ATHLETE_NOT_FOUND and NO_PLAN', async () => {
    const missing = await progressChartPng(deps(), '00000000-0000-4000-8000-000000000000');
    expect(missing.ok ? undefined : missing.code).toBe('ATHLETE_NOT_FOUND');
    const created = await deps().repositories.athletes.create({ name: 'Bea' });
    if (!created.ok) throw new Error(created.code);
    const noPlan = await progressChartPng(deps(), created.value.id);
    expect(noPlan.ok ? undefined : noPlan.code).toBe('NO_PLAN');
  });
});
