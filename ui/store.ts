/**
 * The popup's one store: the stored state, read before the first render and re-read on
 * every storage change (the worker is the only writer), plus the strategy details loaded
 * so far. The current nudge's strategy is loaded before a snapshot is published, so the
 * first paint already shows the whole nudge; kinds load when a view lists them.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { FIRST_PAINT_KEYS, takeEarlyReads } from './early-read.ts';
import { readPageState } from './read-state.ts';
import type { State } from '../src/state/types.ts';
import { WITHOUT_JOURNAL } from '../src/state/types.ts';
import { loadKind, loadStrategy } from '../platform/content.ts';
import type { Kind, Strategy } from '../src/strategies/types.ts';

export interface Snapshot {
  readonly state: State;
  /** Full strategies by id: the loaded kinds of the library, and the person's own. */
  readonly details: ReadonlyMap<string, Strategy>;
  /** False while `state.log` is still empty because the history is being read. */
  readonly historyLoaded: boolean;
}

type Listener = (snapshot: Snapshot) => void;

export interface Store {
  get(): Snapshot;
  subscribe(listener: Listener): () => void;
  /** Reads the history if the first snapshot left it out (see StoreOptions.historyLater). */
  loadHistory(): void;
  /** Loads these kinds' details (once each) and publishes a new snapshot. */
  ensureKinds(kinds: readonly Kind[]): Promise<void>;
}

export interface StoreOptions {
  /**
   * The strategy the worker says is on offer (the popup's address, background/badge.ts),
   * read alongside the state instead of after it (its copy or its file, platform/content.ts).
   * A wrong or stale hint only costs that read; the state decides what is shown.
   */
  readonly hint?: string | undefined;
  /**
   * Leave the log out of the first snapshot: Now does not need it to paint the nudge, and
   * its last 8 days (a few kilobytes; older months live apart, docs/architecture.md) are
   * read when the page is ready by `loadHistory()`; `historyLoaded` says which snapshot a
   * view has.
   */
  readonly historyLater?: boolean;
}

/** The journal is the Journal view's to read (views/journal-store.ts), only when it opens. */
const STATE_KEYS = WITHOUT_JOURNAL;
/** What Now paints from (ui/early-read.ts): every slice but the history. */
const WITHOUT_HISTORY = FIRST_PAINT_KEYS;

export async function createStore(options: StoreOptions = {}): Promise<Store & { dispose(): void }> {
  const { hint, historyLater = false } = options;
  const loaded = new Map<Kind, readonly Strategy[]>();
  /** Strategies read one by one for the Now card, before their kind is ever listed. */
  const singles = new Map<string, Strategy>();
  const listeners = new Set<Listener>();
  const first = historyLater ? WITHOUT_HISTORY : STATE_KEYS;
  // The reads popup/early.ts started, if they are the ones this store needs.
  const reads = takeEarlyReads();
  const started = reads && sameKeys(reads.keys, first) ? reads : undefined;
  if (reads && !started) reads.stop();
  const strategy = hint && (started?.hint?.id === hint ? started.hint.strategy : loadStrategy(hint));
  const early = hint && strategy && strategy.then((s) => { singles.set(hint, s); }, () => undefined);
  const [{ state, way }] = await Promise.all([readPageState(first, started?.raw), early]);
  document.documentElement.dataset['stateRead'] = way;
  let snapshot = await build(state, !historyLater);

  async function build(state: State, historyLoaded: boolean): Promise<Snapshot> {
    const current = state.current;
    const listed = current && loaded.get(current.kind)?.some((s) => s.id === current.strategyId);
    const own = current && state.custom.some((s) => s.id === current.strategyId);
    if (current && !listed && !own && !singles.has(current.strategyId)) {
      // A strategy retired since the nudge was offered reads as gone, like a missing kind did.
      const one = await loadStrategy(current.strategyId).catch(() => null);
      if (one) singles.set(one.id, one);
    }
    const details = new Map<string, Strategy>(singles);
    for (const list of loaded.values()) for (const s of list) details.set(s.id, s);
    for (const s of state.custom) details.set(s.id, s);
    return { state, details, historyLoaded };
  }

  // Reads can overlap (the history after paint, a change meanwhile): the newest read wins,
  // so an older one finishing late never takes the screen back in time.
  let asked = 0;
  let shown = 0;
  function refresh(): void {
    const ticket = ++asked;
    void readPageState(STATE_KEYS)
      .then(({ state: next }) => build(next, true))
      .then((next) => {
        if (ticket < shown) return;
        shown = ticket;
        publish(next);
      });
  }

  function publish(next: Snapshot): void {
    snapshot = next;
    for (const listener of listeners) listener(snapshot);
  }

  const keys = new Set<string>(STATE_KEYS);
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || !Object.keys(changes).some((k) => keys.has(k))) return;
    refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  if (started) {
    started.stop();
    // Stored after the early read was asked for, before this store listened: read again.
    if (started.changed()) refresh();
  }

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ensureKinds(kinds) {
      const missing = kinds.filter((k) => !loaded.has(k));
      if (missing.length === 0) return;
      const lists = await Promise.all(missing.map(loadKind));
      missing.forEach((k, i) => loaded.set(k, lists[i] ?? []));
      publish(await build(snapshot.state, snapshot.historyLoaded));
    },
    loadHistory() {
      if (!snapshot.historyLoaded) refresh();
    },
    dispose: () => {
      browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

export function useSnapshot(store: Store): Snapshot {
  const [snapshot, setSnapshot] = useState(store.get());
  useEffect(() => {
    // Effects run after paint, which a busy browser can delay by half a second (seen in
    // Firefox right after install): catch up with a snapshot published in between.
    setSnapshot(store.get());
    return store.subscribe(setSnapshot);
  }, [store]);
  return snapshot;
}
