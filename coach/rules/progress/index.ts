/** The progress chart's numbers (issue 12 §6): weekly volume by intensity class, planned km, VDOT. */
export { PROGRESS_WEEKS, progressWindow, weeklyVolumeSeries } from './weekly-volume-series.js';
export type {
  ChartRun,
  ProgressSeries,
  ProgressSeriesInput,
  VdotPoint,
  VolumeWeek,
} from './weekly-volume-series.js';
