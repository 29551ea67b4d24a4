/**
 * The popup's one store: the stored state, read before the first render and re-read on
 * every storage change (the worker is the only writer). Components subscribe with
 * `useTendState`; commands go to the worker through `send`.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../src/browser/browser.ts';
import { readState } from '../src/browser/state-store.ts';
import type { State } from '../src/state/types.ts';
import { STATE_KEYS } from '../src/state/types.ts';

type Listener = (state: State) => void;

export interface Store {
  get(): State;
  subscribe(listener: Listener): () => void;
}

/** Loads the state once and keeps it current; `dispose` stops listening. */
export async function createStore(): Promise<Store & { dispose(): void }> {
  let state = (await readState()).state;
  const listeners = new Set<Listener>();
  const keys = new Set<string>(STATE_KEYS);
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || !Object.keys(changes).some((k) => keys.has(k))) return;
    void readState().then(({ state: next }) => {
      state = next;
      for (const listener of listeners) listener(state);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export function useTendState(store: Store): State {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}
