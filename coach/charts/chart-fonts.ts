/**
 * The font the charts are drawn with. resvg reads no fonts unless told, and with `loadSystemFonts` the
 * result depends on what the machine has, so DejaVu Sans (the family `progressChartSvg` asks for) is
 * loaded explicitly from where Debian/Ubuntu (`fonts-dejavu-core`), Fedora and Alpine put it. Without
 * any of these files the renderer falls back to the system fonts (bars and lines still draw; text needs
 * a font). CI installs `fonts-dejavu-core` (see `.ci/run`).
 */
import { existsSync } from 'node:fs';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY } from '../prompts/charts/progress-chart.js';

/** Where DejaVu Sans (regular and bold) lives on common Linux distributions. */
export const DEJAVU_SANS_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/ttf-dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/ttf-dejavu/DejaVuSans-Bold.ttf',
] as const;

/** The chart font files present on this machine (empty when none is). */
export function chartFontFiles(exists: (path: string) => boolean = existsSync): string[] {
  return DEJAVU_SANS_FILES.filter((path) => exists(path));
}

/** resvg's font options: the given files only when there are some, else the system's fonts. */
export function chartFontOptions(files: readonly string[]): NonNullable<ResvgRenderOptions['font']> {
  if (files.length === 0) return { loadSystemFonts: true, defaultFontFamily: CHART_FONT_FAMILY };
  return {
    loadSystemFonts: false,
    fontFiles: [...files],
    defaultFontFamily: CHART_FONT_FAMILY,
    sansSerifFamily: CHART_FONT_FAMILY,
  };
}
