/**
 * The worker's view of stored state. A slice that fails its schema is set aside under a
 * backup key, replaced by its default and explained once in the popup: the worker never
 * crashes on bad storage and never drops the person's data silently.
 */
import { backupKey, readState, writeState } from '../src/browser/state-store.ts';
import { browser } from '../src/browser/browser.ts';
import type { Notice, State } from '../src/state/types.ts';

const MAX_NOTICES = 5;

export async function loadState(now: number): Promise<State> {
  const { state, repairs, raw } = await readState();
  if (repairs.length === 0) return state;
  const notices: Notice[] = [
    ...state.notices,
    ...repairs.map((r) => ({ id: `repair-${r.key}-${now}`, at: now, message: r.message })),
  ].slice(-MAX_NOTICES);
  const backups = Object.fromEntries(repairs.map((r) => [backupKey(r.key), raw[r.key]]));
  const repaired: Partial<State> = Object.fromEntries(repairs.map((r) => [r.key, state[r.key]]));
  await browser.storage.local.set(backups);
  await writeState({ ...repaired, notices });
  return { ...state, notices };
}

export { writeState };
