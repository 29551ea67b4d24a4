/**
 * The popup's first reads, started before its code has loaded. popup/early.ts, a small
 * script of its own that the page runs as soon as it arrives, asks storage for the slices
 * Now paints from and reads the strategy the worker named in the address (from the popup's
 * own copy once it keeps one, platform/strategy-copies.ts, else from its file); the store
 * (ui/store.ts) takes both instead of asking again once the popup's chunk has loaded and
 * run, so the reads overlap with loading it (npm run bench: HTML arriving → nudge painted).
 * A change stored in between is noted, and the store reads again.
 */
import { browser } from '../platform/browser.ts';
import { loadStrategy } from '../platform/content.ts';
import { stampKey } from '../src/state/stamp.ts';
import { WITHOUT_JOURNAL, type StateKey } from '../src/state/types.ts';
import type { Strategy } from '../src/strategies/types.ts';

/**
 * What Now's first paint reads (ui/store.ts): every slice but the journal, the history and
 * the two only other readers need (the log summary is the picker's, `felt` the Journal's);
 * the store reads them with the history once Now is painted.
 */
export const FIRST_PAINT_KEYS: readonly StateKey[] = WITHOUT_JOURNAL.filter((k) => k !== 'log' && k !== 'logSummary' && k !== 'felt');

export interface EarlyReads {
  /** The slices asked, with their stamps (platform/state-store.ts). */
  readonly keys: readonly StateKey[];
  readonly raw: Promise<Record<string, unknown>>;
  /** The strategy named in the address, if it was. */
  readonly hint?: { readonly id: string; readonly strategy: Promise<Strategy> };
  /** True once a slice among `keys` changed after it was asked for. */
  changed(): boolean;
  /** Stops listening for changes (the store listens from then on). */
  stop(): void;
}

// Both scripts carry this module (early.js on its own, the popup in its chunk): they meet here.
const SLOT = Symbol.for('tend.early-reads');
/** Unset: nothing started yet; null: the store came first (early.js ran late) and read for itself. */
type Slot = { [SLOT]?: EarlyReads | null };

/** Starts the reads for the page at `search` (Now only: other views read more, later). */
export function startEarlyReads(search: string): void {
  const query = new URLSearchParams(search);
  const view = query.get('view');
  if ((view !== null && view !== 'now') || (globalThis as Slot)[SLOT] === null) return;
  const keys = FIRST_PAINT_KEYS;
  let changed = false;
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && keys.some((k) => k in changes)) changed = true;
  };
  browser.storage.onChanged.addListener(onChanged);
  const raw: Promise<Record<string, unknown>> = browser.storage.local.get([...keys, ...keys.map(stampKey)]);
  const id = query.get('strategy');
  const strategy = id ? loadStrategy(id) : undefined;
  // Nobody may take them (say, the chunk failed to load): no unhandled rejection then.
  raw.catch(() => undefined);
  strategy?.catch(() => undefined);
  (globalThis as Slot)[SLOT] = {
    keys,
    raw,
    ...(id && strategy ? { hint: { id, strategy } } : {}),
    changed: () => changed,
    stop: () => { browser.storage.onChanged.removeListener(onChanged); },
  };
}

/** The reads popup/early.ts started, once (a second store reads for itself). */
export function takeEarlyReads(): EarlyReads | undefined {
  const slot = globalThis as Slot;
  const reads = slot[SLOT] ?? undefined;
  slot[SLOT] = null;
  return reads;
}
