/** The one way the coach loop learns the time: injected, so tests freeze it. */
export interface Clock {
  now(): Date;
}

/** The process clock (wired in the composition roots). */
export const systemClock: Clock = { now: () => new Date() };
