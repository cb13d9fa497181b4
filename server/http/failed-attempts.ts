/**
 * Failed token attempts per client, in this process's memory: after `maxFailures` failures within
 * `windowMs` a client is refused for `lockMs` (every request, the right token too, so guessing cannot go
 * on at full speed between hits). Two instances count apart; a restart forgets.
 */
export interface FailedAttemptsOptions {
  /** Failures within the window that lock a client out (default 10). */
  readonly maxFailures?: number;
  /** ms (default 60 s). */
  readonly windowMs?: number;
  /** How long a locked-out client is refused, ms (default 60 s). */
  readonly lockMs?: number;
  /** Clients remembered at most; the oldest are forgotten first (default 10,000). */
  readonly maxClients?: number;
  /** ms since the epoch (default `Date.now`). */
  readonly now?: () => number;
}

export interface FailedAttempts {
  /** ms the client is still locked out for; 0 when it may try. */
  lockedFor(client: string): number;
  /** Counts one failure of the client. */
  fail(client: string): void;
}

interface Entry {
  windowStart: number;
  failures: number;
  lockedUntil: number;
}

export function createFailedAttempts(options: FailedAttemptsOptions = {}): FailedAttempts {
  const maxFailures = options.maxFailures ?? 10;
  const windowMs = options.windowMs ?? 60_000;
  const lockMs = options.lockMs ?? 60_000;
  const maxClients = options.maxClients ?? 10_000;
  const now = options.now ?? Date.now;
  const clients = new Map<string, Entry>();
  return {
    lockedFor(client) {
      const entry = clients.get(client);
      return entry ? Math.max(0, entry.lockedUntil - now()) : 0;
    },
    fail(client) {
      const at = now();
      let entry = clients.get(client);
      if (!entry || at - entry.windowStart > windowMs) {
        clients.delete(client);
        entry = { windowStart: at, failures: 0, lockedUntil: 0 };
        // A Map iterates in insertion order: the first key is the client seen longest ago.
        if (clients.size >= maxClients) clients.delete(clients.keys().next().value!);
        clients.set(client, entry);
      }
      entry.failures += 1;
      if (entry.failures >= maxFailures) entry.lockedUntil = at + lockMs;
    },
  };
}
