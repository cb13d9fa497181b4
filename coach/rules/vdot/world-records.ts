/**
 * Men's outdoor world records (and the world best for 2 miles), the guard against impossible race times.
 * Source: World Athletics record lists, as of 2025. Distances in metres, times in seconds.
 */
export const MEN_WORLD_RECORDS: readonly { readonly meters: number; readonly seconds: number }[] =
  Object.freeze([
    { meters: 1500, seconds: 206.0 }, // 3:26.00 Hicham El Guerrouj, Rome 1998
    { meters: 1609.344, seconds: 223.13 }, // 3:43.13 Hicham El Guerrouj, Rome 1999
    { meters: 3000, seconds: 440.67 }, // 7:20.67 Daniel Komen, Rieti 1996
    { meters: 3218.688, seconds: 478.61 }, // 7:58.61 Jakob Ingebrigtsen, Paris 2023 (world best)
    { meters: 5000, seconds: 755.36 }, // 12:35.36 Joshua Cheptegei, Monaco 2020
    { meters: 10000, seconds: 1571.0 }, // 26:11.00 Joshua Cheptegei, Valencia 2020
    { meters: 21097.5, seconds: 3402 }, // 56:42 Jacob Kiplimo, Barcelona 2025
    { meters: 42195, seconds: 7235 }, // 2:00:35 Kelvin Kiptum, Chicago 2023
  ]);

/**
 * The fastest time humanly recorded over a distance: the record itself at a record distance, and between two
 * record distances a power-law (Riegel-style) interpolation through the two neighbouring records.
 *
 * @param distanceMeters a distance from 1500 m to the marathon
 * @returns time in seconds
 * @example
 * worldRecordTime(5000);  // 755.36
 * worldRecordTime(15000); // ≈ 2390 (39:50)
 */
export function worldRecordTime(distanceMeters: number): number {
  const recs = MEN_WORLD_RECORDS;
  const first = recs[0];
  const last = recs[recs.length - 1];
  if (first === undefined || last === undefined) throw new Error('world record table is empty');
  const d = Math.min(Math.max(distanceMeters, first.meters), last.meters);
  for (let i = 1; i < recs.length; i++) {
    const a = recs[i - 1];
    const b = recs[i];
    if (a === undefined || b === undefined) continue;
    if (Math.abs(d - a.meters) < 1e-9) return a.seconds;
    if (Math.abs(d - b.meters) < 1e-9) return b.seconds;
    if (d < b.meters) {
      const exponent = Math.log(b.seconds / a.seconds) / Math.log(b.meters / a.meters);
      return a.seconds * Math.pow(d / a.meters, exponent);
    }
  }
  return last.seconds;
}
