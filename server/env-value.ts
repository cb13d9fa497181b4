/** An empty or blank environment variable means unset (so `FOO=` in a shell or .env is not a value). */
export const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
