import { z } from 'zod';

/** An empty or blank environment variable means unset (so `FOO=` in a shell or .env is not a value). */
export const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A whole number from `min` to `max` (an error line names the range), `fallback` when unset. */
export const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().int().min(min, `expected ${min}–${max}`).max(max, `expected ${min}–${max}`))
      .default(fallback),
  );
