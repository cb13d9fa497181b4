/**
 * Mean Earth radius, metres: the IUGG mean radius R1 = 6 371 008.8 m (Moritz 2000, "Geodetic Reference
 * System 1980"). A sphere is within ~0.5 % of the ellipsoid, far below GPS error over a run.
 */
export const EARTH_MEAN_RADIUS_M = 6_371_008.8;

const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle distance between two points, metres (the haversine formula, Sinnott 1984).
 *
 * @example
 * haversineMeters({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }); // ≈ 111 195 m (one degree of the equator)
 */
export function haversineMeters(
  a: { readonly lat: number; readonly lon: number },
  b: { readonly lat: number; readonly lon: number },
): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
