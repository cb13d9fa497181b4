/** `{ key: value }` when the column holds a value, `{}` when it is NULL: absent means unknown. */
export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
