/**
 * The repositories one message's turn works on. A turn reads the same things more than once (logging a
 * run reads the active plan to match the run, again to judge it against its prescription, and again to
 * adapt): within one message a read is answered once and repeated from memory until something is written
 * to what it read. A question first runs on read-only repositories, outside any transaction: a write
 * there stops the attempt (`NeedsWrite`) and the message runs again the ordinary way, locked.
 */
import type { Repositories } from '../ports/repositories.js';

/** The repository methods that only read; every other method writes (or claims, or locks). */
const READS: ReadonlySet<string> = new Set([
  'findById',
  'findByPhone',
  'findByTelegramChat',
  'list',
  'count',
  'active',
  'overview',
  'sessionOn',
  'versions',
  'history',
  'current',
  'find',
  'findByKey',
  'firstOfDay',
  'isInactive',
]);

/** Thrown by a read-only repository asked to write: the turn needs the ordinary, locked pass. */
export class NeedsWrite extends Error {
  constructor(readonly method: string) {
    super(method);
    this.name = 'NeedsWrite';
  }
}

type Name = keyof Repositories;
type AnyRepository = Record<string, unknown>;

/**
 * What a write to a repository makes stale besides its own reads: the runner's row cascades to everything,
 * and a plan write can unlink runs from a session it removes.
 */
const ALSO_STALE: Partial<Record<Name, readonly Name[] | 'all'>> = {
  athletes: 'all',
  plans: ['activities'],
};

/**
 * Writes that change one stored row in place and return it as it now stands, without moving it out of
 * any list it was in (a run's assessment or RPE, a decision's status: never its date, runner or order).
 * The remembered lists of that repository get the new row in place of the old one instead of being
 * forgotten; a count stays true. A write that returns nothing forgets as any other.
 */
const IN_PLACE: Partial<Record<Name, ReadonlySet<string>>> = {
  activities: new Set(['setAssessment', 'rate', 'clearRpe']),
  decisions: new Set(['setStatus']),
};

const hasId = (value: unknown): value is { readonly id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** `list` with `row` in place of the element of the same id (the same array when none has it). */
function replaced(list: unknown, row: { readonly id: string }): unknown {
  if (!Array.isArray(list) || !list.some((e) => hasId(e) && e.id === row.id)) return list;
  return list.map((e: unknown) => (hasId(e) && e.id === row.id ? row : e));
}

/**
 * `repos` with each read remembered for this message (by its arguments) until a write to the same
 * repository (or one it cascades to) forgets it; an in-place write (`IN_PLACE`) updates the remembered
 * lists instead. Arrays come back as fresh copies, so a caller sorting one never changes what the next
 * caller gets. Create one per message: nothing is shared across them.
 */
export function rememberingReads(repos: Repositories): Repositories {
  const memos = new Map<Name, Map<string, Promise<unknown>>>();
  const forget = (name: Name) => {
    memos.get(name)?.clear();
    const also = ALSO_STALE[name];
    if (also === 'all') for (const m of memos.values()) m.clear();
    else for (const other of also ?? []) memos.get(other)?.clear();
  };
  /** Puts `row` in place in the remembered reads of `name` (every one already answered). */
  const patch = async (name: Name, row: { readonly id: string }) => {
    const memo = memos.get(name);
    if (!memo) return;
    for (const [key, found] of memo) {
      const settled = await found.catch(() => undefined);
      if (memo.get(key) === found) memo.set(key, Promise.resolve(replaced(settled, row)));
    }
  };
  return wrapEach(repos, (name, method, call, args) => {
    if (!READS.has(method)) {
      if (!IN_PLACE[name]?.has(method)) {
        forget(name);
        return call();
      }
      return call().then(
        async (row) => {
          if (hasId(row)) await patch(name, row);
          else forget(name);
          return row;
        },
        (error: unknown) => {
          forget(name);
          throw error;
        },
      );
    }
    const memo = memos.get(name) ?? new Map<string, Promise<unknown>>();
    memos.set(name, memo);
    const key = `${method}:${JSON.stringify(args)}`;
    let found = memo.get(key);
    if (found === undefined) {
      found = call();
      memo.set(key, found);
      // A failed read is not remembered: the next caller asks the database again.
      found.catch(() => memo.get(key) === found && memo.delete(key));
    }
    return found.then((value) => (Array.isArray(value) ? [...value] : value));
  });
}

/** `repos` that read and refuse every write with `NeedsWrite` (before it reaches the database). */
export function readOnly(repos: Repositories): Repositories {
  return wrapEach(repos, (_name, method, call) =>
    READS.has(method) ? call() : Promise.reject(new NeedsWrite(method)),
  );
}

type Intercept = (
  name: Name,
  method: string,
  call: () => Promise<unknown>,
  args: readonly unknown[],
) => Promise<unknown>;

/**
 * `repos` with every method call going through `intercept`. Made per message, so nothing is built ahead:
 * a repository's wrapper is made when first used, and a method's when first asked for (a message calls
 * a handful of the ~100 methods).
 */
function wrapEach(repos: Repositories, intercept: Intercept): Repositories {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(repos, {
    get(target, name, receiver) {
      const repository: unknown = Reflect.get(target, name, receiver);
      if (typeof name !== 'string' || typeof repository !== 'object' || repository === null)
        return repository;
      let proxy = wrapped.get(name);
      if (proxy === undefined) {
        proxy = wrapMethods(name as Name, repository as AnyRepository, intercept);
        wrapped.set(name, proxy);
      }
      return proxy;
    },
  });
}

function wrapMethods(name: Name, repository: AnyRepository, intercept: Intercept): AnyRepository {
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy(repository, {
    get(target, method, receiver) {
      const fn: unknown = Reflect.get(target, method, receiver);
      if (typeof method !== 'string' || typeof fn !== 'function') return fn;
      let wrapper = methods.get(method);
      if (wrapper === undefined) {
        wrapper = (...args: unknown[]) =>
          intercept(name, method, () => (fn as (...a: unknown[]) => Promise<unknown>)(...args), args);
        methods.set(method, wrapper);
      }
      return wrapper;
    },
  });
}
