/**
 * The popup's own copy of the library's words, in its page storage (`localStorage`), so Now
 * paints without fetching the strategy's file. In a new page the first fetch of an
 * extension file took about 9 ms on a loaded 2-core machine, more than reading storage, and
 * the popup's first paint waited on it (npm run bench: HTML → painted nudge).
 *
 * What is kept is the content the build wrote, nothing of the person's: each strategy
 * under a key naming the content's fingerprint (the build's `__CONTENT_STAMP__`, a hash of
 * every content file) and the locale, so a copy can never be older than the files beside
 * it; the first copy kept after a new build or language removes the others. Each entry
 * carries a stamp of its value (src/state/stamp.ts), so an entry edited by hand or cut
 * short reads as missing and the page fetches the file as before. Any failure (storage
 * full, disabled, not a page) is the same: no copy, the file. "Erase everything" forgets
 * them with the rest of the pages' storage (page-storage.ts).
 */
import { stampOf } from '../src/state/stamp.ts';
import { pageStorage } from './page-storage.ts';
import type { Strategy } from '../src/strategies/types.ts';

/** A hash of every content file, defined by the build (and by the test setup). */
declare const __CONTENT_STAMP__: string;

/** Every copy's key starts so; the harness waits on the one `EVERY_COPY` ends (scripts/harness/scenario.ts). */
export const COPY_PREFIX = 'tend:words:';
export const EVERY_COPY = '*';
const area = (locale: string): string => `${COPY_PREFIX}${__CONTENT_STAMP__}:${locale}:`;
/** Set once every strategy of the locale is kept. */
const complete = (locale: string): string => `${area(locale)}${EVERY_COPY}`;

interface Entry {
  readonly strategy: Strategy;
  readonly stamp: string;
}

/** The kept copy of strategy `id` in `locale`, if there is a sound one. */
export function copiedStrategy(locale: string, id: string): Strategy | undefined {
  try {
    const text = pageStorage()?.getItem(area(locale) + id);
    if (text === null || text === undefined) return undefined;
    const entry = JSON.parse(text) as Partial<Entry> | null;
    const strategy = entry?.strategy;
    if (!strategy || strategy.id !== id || entry.stamp !== stampOf(strategy, __CONTENT_STAMP__)) return undefined;
    return strategy;
  } catch {
    return undefined;
  }
}

/** Whether every strategy of `locale` is already kept (then nothing needs fetching to keep them). */
export function hasEveryCopy(locale: string): boolean {
  try {
    const store = pageStorage();
    return store !== undefined && store.getItem(complete(locale)) !== null;
  } catch {
    return false;
  }
}

/** Keeps `strategies`, the whole library of `locale`, in place of any copy of other content or languages. */
export function keepCopies(locale: string, strategies: readonly Strategy[]): void {
  const store = pageStorage();
  if (!store) return;
  try {
    const mine = area(locale);
    const stale: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key !== null && key.startsWith(COPY_PREFIX) && !key.startsWith(mine)) stale.push(key);
    }
    for (const key of stale) store.removeItem(key);
    for (const strategy of strategies) {
      const entry: Entry = { strategy, stamp: stampOf(strategy, __CONTENT_STAMP__) };
      store.setItem(mine + strategy.id, JSON.stringify(entry));
    }
    store.setItem(complete(locale), String(strategies.length));
  } catch {
    // Full or refused: some copies may be kept, the rest read from their files.
  }
}
