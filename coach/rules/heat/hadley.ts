import type { Result } from '../result.js';
import { err, ok } from '../result.js';

/**
 * Hadley's heat table: pace adjustment (% slower) by temperature °F + dew point °F (M. Hadley, as used by
 * runners' calculators; SCIENCE.md "Environment"). Each band's ends are the points below; runloop interpolates
 * linearly inside a band (e.g. a sum of 115 → 0.75 %). ≤ 100: no change; > 180: no hard running.
 */
export const HADLEY_POINTS: readonly (readonly [sumF: number, percent: number])[] = Object.freeze([
  [100, 0],
  [110, 0.5],
  [120, 1],
  [130, 2],
  [140, 3],
  [150, 4.5],
  [160, 6],
  [170, 8],
  [180, 10],
]);

/** Above this sum (°F + °F) Hadley advises no hard running at all. */
export const NO_HARD_RUNNING_ABOVE_F = 180;
/** Repeats of a mile or less take half the adjustment (Hadley). */
export const SHORT_REPEAT_FACTOR = 0.5;

/** Plausible air temperature range, °C (record low −89 °C is not a running day; record high 56.7 °C). */
export const PLAUSIBLE_TEMP_C = Object.freeze({ min: -50, max: 60 });
/** Plausible dew point range, °C (the highest ever recorded is about 35 °C). */
export const PLAUSIBLE_DEW_POINT_C = Object.freeze({ min: -60, max: 36 });

export type HeatErrorCode = 'NO_HARD_RUNNING' | 'DEW_POINT_ABOVE_TEMPERATURE' | 'IMPLAUSIBLE_WEATHER';

export interface HeatAdjustment {
  /** Air temperature in °F (converted from the °C input). */
  readonly temperatureF: number;
  /** Dew point in °F (converted from the °C input). */
  readonly dewPointF: number;
  /** Hadley's index: temperature °F + dew point °F. */
  readonly sumF: number;
  /** How much slower to run, in percent (already halved for short repeats). */
  readonly percent: number;
}

/**
 * Converts a temperature from °C to °F (Hadley's table is in °F).
 *
 * @param celsius temperature in °C
 * @returns temperature in °F
 * @example
 * celsiusToFahrenheit(25); // 77
 */
export function celsiusToFahrenheit(celsius: number): number {
  return (celsius * 9) / 5 + 32;
}

/**
 * Hadley's heat adjustment from temperature and dew point given in **°C** (converted to °F, the table's unit).
 *
 * @param temperatureC air temperature, °C
 * @param dewPointC dew point, °C (never above the temperature)
 * @param options `shortRepeat`: the effort is a repeat of a mile or less (half the adjustment)
 * @returns the adjustment in percent, or `NO_HARD_RUNNING` (sum above 180), `DEW_POINT_ABOVE_TEMPERATURE`,
 *   `IMPLAUSIBLE_WEATHER` (not finite, or outside −50–60 °C / dew point −60–36 °C)
 * @example
 * heatAdjustment(25, 20, {});                    // ok: 77 + 68 = 145 °F → 3.75 %
 * heatAdjustment(25, 20, { shortRepeat: true }); // ok: 1.875 %
 * heatAdjustment(36, 29, {});                    // err NO_HARD_RUNNING: 96.8 + 84.2 = 181 °F
 */
export function heatAdjustment(
  temperatureC: number,
  dewPointC: number,
  options: { shortRepeat?: boolean } = {},
): Result<HeatAdjustment, HeatErrorCode> {
  const facts = { temperatureC, dewPointC };
  if (
    !Number.isFinite(temperatureC) ||
    !Number.isFinite(dewPointC) ||
    temperatureC < PLAUSIBLE_TEMP_C.min ||
    temperatureC > PLAUSIBLE_TEMP_C.max ||
    dewPointC < PLAUSIBLE_DEW_POINT_C.min ||
    dewPointC > PLAUSIBLE_DEW_POINT_C.max
  ) {
    return err(
      'IMPLAUSIBLE_WEATHER',
      'That temperature or dew point is not plausible weather (°C expected).',
      facts,
    );
  }
  if (dewPointC > temperatureC) {
    return err('DEW_POINT_ABOVE_TEMPERATURE', 'The dew point cannot be above the air temperature.', facts);
  }
  const temperatureF = celsiusToFahrenheit(temperatureC);
  const dewPointF = celsiusToFahrenheit(dewPointC);
  const sumF = temperatureF + dewPointF;
  if (sumF > NO_HARD_RUNNING_ABOVE_F) {
    return err(
      'NO_HARD_RUNNING',
      'Too hot and humid for hard running: run easy by feel, or move the session.',
      {
        ...facts,
        sumF,
      },
    );
  }
  const full = hadleyPercent(sumF);
  const percent = options.shortRepeat === true ? full * SHORT_REPEAT_FACTOR : full;
  return ok({ temperatureF, dewPointF, sumF, percent });
}

/** Linear interpolation through `HADLEY_POINTS`; 0 at or below 100. */
function hadleyPercent(sumF: number): number {
  let prev = HADLEY_POINTS[0];
  if (prev === undefined || sumF <= prev[0]) return 0;
  for (const point of HADLEY_POINTS.slice(1)) {
    if (sumF <= point[0]) return prev[1] + ((point[1] - prev[1]) * (sumF - prev[0])) / (point[0] - prev[0]);
    prev = point;
  }
  return prev[1];
}
