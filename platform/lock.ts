/**
 * Serialises read-modify-write of stored state. storage.local has no atomic update, and
 * concurrent increments lose writes (docs/platform-notes.md: 56/100); inside one Web Lock they
 * do not. Web Locks are shared by the worker and extension pages. Where they do not exist
 * (Node, in tests) a promise chain gives the same guarantee within one process.
 */
export const LOCK_NAME = 'tend-state';
let chain: Promise<unknown> = Promise.resolve();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}

export function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (locks) return locks.request(LOCK_NAME, task);
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
