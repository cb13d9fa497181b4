import type { Result } from '../result.js';
import { ok } from '../result.js';
import type { HeatErrorCode } from './hadley.js';
import { heatAdjustment } from './hadley.js';

/**
 * A pace slowed for heat and humidity by Hadley's table (temperature and dew point in **°C**).
 *
 * @param secondsPerKm the pace in cool weather, seconds per km
 * @param temperatureC air temperature, °C
 * @param dewPointC dew point, °C
 * @param options `shortRepeat`: a repeat of a mile or less (half the adjustment)
 * @returns the slower pace in seconds per km, or the error of `heatAdjustment` (`NO_HARD_RUNNING` above 180)
 * @example
 * heatAdjustedPace(240, 25, 20, {});                    // ok(249): 4:00/km → 4:09/km at +3.75 %
 * heatAdjustedPace(240, 25, 20, { shortRepeat: true }); // ok(244.5)
 */
export function heatAdjustedPace(
  secondsPerKm: number,
  temperatureC: number,
  dewPointC: number,
  options: { shortRepeat?: boolean } = {},
): Result<number, HeatErrorCode> {
  if (!Number.isFinite(secondsPerKm) || !(secondsPerKm > 0)) {
    throw new RangeError(`heatAdjustedPace needs a positive pace (got ${secondsPerKm})`);
  }
  const adjustment = heatAdjustment(temperatureC, dewPointC, options);
  if (!adjustment.ok) return adjustment;
  return ok(secondsPerKm * (1 + adjustment.value.percent / 100));
}
