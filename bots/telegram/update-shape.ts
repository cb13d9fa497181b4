/** What the channel reads of a raw update before the bot sees it: its chat, and its text made storable. */

/** The chat an update belongs to (a message's, or the message a tapped button was on), if any. */
export function chatOfUpdate(update: object): number | undefined {
  const u = update as {
    message?: { chat?: { id?: unknown } };
    edited_message?: { chat?: { id?: unknown } };
    callback_query?: { message?: { chat?: { id?: unknown } }; from?: { id?: unknown } };
  };
  const id =
    u.message?.chat?.id ??
    u.edited_message?.chat?.id ??
    u.callback_query?.message?.chat?.id ??
    u.callback_query?.from?.id;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
}

/**
 * The update with every NUL character taken out of its strings: PostgreSQL's `jsonb` cannot hold
 * `\u0000`, and a NUL means nothing in a runner's text. Everything else is kept as it came.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  }
  return value;
}
