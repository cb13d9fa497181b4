/**
 * Axis arithmetic for the charts: "nice" tick steps (1, 2, 2.5 or 5 times a power of ten) and linear maps
 * from values to pixels. Pure and deterministic, so an SVG can be compared byte for byte.
 */

/** The ticks of an axis: its ends and step, in the axis's unit. */
export interface Axis {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

const STEP_FACTORS = [1, 2, 2.5, 5, 10] as const;

/**
 * The smallest nice step that covers `span` in at most `maxTicks` steps.
 *
 * @example
 * niceStep(37, 5); // 10
 * niceStep(3, 4); // 1
 */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(span / maxTicks));
  for (const f of STEP_FACTORS) if (span / (f * magnitude) <= maxTicks) return f * magnitude;
  return 10 * magnitude;
}

/**
 * An axis from 0 to at least `max` (at least `floor` when `max` is 0), in nice steps.
 *
 * @example
 * zeroBasedAxis(37.4, 5, 10); // { min: 0, max: 40, step: 10 }
 */
export function zeroBasedAxis(max: number, maxTicks: number, floor: number): Axis {
  const top = Math.max(max, floor);
  const step = niceStep(top, maxTicks);
  return { min: 0, max: Math.ceil(top / step - 1e-9) * step, step };
}

/**
 * An axis around `[lo, hi]` with a margin of `pad` either side, in nice steps.
 *
 * @example
 * paddedAxis(45, 46.5, 1, 4); // { min: 44, max: 48, step: 1 }
 */
export function paddedAxis(lo: number, hi: number, pad: number, maxTicks: number): Axis {
  const from = lo - pad;
  const to = hi + pad;
  const step = niceStep(to - from, maxTicks);
  return { min: Math.floor(from / step) * step, max: Math.ceil(to / step) * step, step };
}

/** The tick values of an axis, bottom first. */
export function ticks(axis: Axis): number[] {
  const out: number[] = [];
  const n = Math.round((axis.max - axis.min) / axis.step);
  for (let i = 0; i <= n; i++) out.push(Math.round((axis.min + i * axis.step) * 100) / 100);
  return out;
}

/** Maps `value` on `axis` to a pixel between `bottom` (axis min) and `top` (axis max). */
export function scaleY(axis: Axis, value: number, bottom: number, top: number): number {
  const span = axis.max - axis.min;
  return span === 0 ? bottom : bottom - ((value - axis.min) / span) * (bottom - top);
}

/** A coordinate as SVG text: one decimal, no trailing `.0`, never `-0`. */
export function px(x: number): string {
  const r = Math.round(x * 10) / 10;
  return (r === 0 ? 0 : r).toFixed(1).replace(/\.0$/, '');
}

/** Text safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
