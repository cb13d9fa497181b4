/** The phone line's webhook paths, relative to PUBLIC_BASE_URL (the number's Voice URL is `incoming`). */
export const VOICE_PATHS = {
  /** The number's Voice URL: a call starts. */
  incoming: '/voice/incoming',
  /** The `<Gather>` action: what the caller said or pressed (or nothing). */
  gather: '/voice/gather',
  /** The number's status callback: the call ended. */
  status: '/voice/status',
} as const;
