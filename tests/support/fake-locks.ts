/**
 * A small Web Locks manager (navigator.locks.request, exclusive mode only), so the
 * integration tests run the worker's lock through the same path the browser takes.
 * Node 20 has no navigator.locks.
 */
export interface FakeLockManager {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  /** How many requests ever waited for a lock another holder had. */
  readonly contended: number;
}

export function fakeLocks(): FakeLockManager {
  const tails = new Map<string, Promise<unknown>>();
  let contended = 0;
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const previous = tails.get(name);
      if (previous) contended++;
      const run = (previous ?? Promise.resolve()).then(callback, callback);
      const tail = run.catch(() => undefined);
      tails.set(name, tail);
      // Forget a lock nobody waits for any more.
      void tail.then(() => {
        if (tails.get(name) === tail) tails.delete(name);
      });
      return run;
    },
    get contended() {
      return contended;
    },
  };
}
