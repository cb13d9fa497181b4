/** Timezones from what a runner can send on Telegram: a typed IANA zone, or a shared location. */

/** True for an IANA zone name the runtime knows, like "Europe/Berlin" or "UTC". */
export function isIanaZone(value: string): boolean {
  if (!/^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * A zone for a location without a boundary database: the whole-hour offset of its longitude as
 * `Etc/GMT±N` (POSIX sign: east of Greenwich is `Etc/GMT-N`). Approximate (no daylight saving, no
 * political borders); a typed IANA zone is more precise.
 *
 * @example zoneFromLongitude(13.4) // 'Etc/GMT-1'
 */
export function zoneFromLongitude(longitude: number): string {
  const hours = Math.max(-12, Math.min(14, Math.round(longitude / 15)));
  if (hours === 0) return 'UTC';
  return hours > 0 ? `Etc/GMT-${hours}` : `Etc/GMT+${-hours}`;
}
