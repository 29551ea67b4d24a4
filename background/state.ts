/**
 * The worker's view of stored state. A slice that fails its schema is set aside under a
 * backup key, replaced by its default and explained once in the popup: the worker never
 * crashes on bad storage and never drops the person's data silently. Settings from an
 * older version are migrated on read and written back in their new shape; unreadable
 * derived slices (the plan, the nudge on offer) are rebuilt and written back quietly.
 */
import { BACKUPS_KEPT, backupKey, backupKeysOf, readState, writeState } from '../src/browser/state-store.ts';
import { browser } from '../src/browser/browser.ts';
import type { Notice, State } from '../src/state/types.ts';
import { say } from './i18n.ts';

const MAX_NOTICES = 5;

/** Call with the state lock held: a repair is a read-modify-write. */
export async function loadState(now: number): Promise<State> {
  const { state, repairs, rewrite, raw } = await readState();
  if (repairs.length === 0 && rewrite.length === 0) return state;
  const notices: Notice[] = [
    ...state.notices,
    ...repairs.map((r) => ({ id: `repair-${r.key}-${now}`, at: now, message: say(r.messageKey, r.substitutions) })),
  ].slice(-MAX_NOTICES);
  // The bad copy first: if writing the repair fails half-way, the original is still kept.
  if (repairs.length > 0) await keepBackups(repairs.map((r) => r.key), raw, now);
  const rewritten: Partial<State> = Object.fromEntries([...repairs.map((r) => r.key), ...rewrite].map((key) => [key, state[key]]));
  await writeState({ ...rewritten, ...(repairs.length > 0 ? { notices } : {}) });
  return repairs.length > 0 ? { ...state, notices } : state;
}

/**
 * Sets the bad copies aside, each under its own time-stamped key, so a second repair never
 * overwrites the first (which likely holds the person's real history); only the oldest
 * beyond BACKUPS_KEPT per slice are removed, after the new copies are safely written.
 */
async function keepBackups(keys: readonly string[], raw: Record<string, unknown>, now: number): Promise<void> {
  await browser.storage.local.set(Object.fromEntries(keys.map((key) => [backupKey(key, now), raw[key]])));
  const stored = Object.keys(await browser.storage.local.get(null));
  const surplus = keys.flatMap((key) => backupKeysOf(stored, key).slice(0, -BACKUPS_KEPT));
  if (surplus.length > 0) await browser.storage.local.remove(surplus);
}

export { writeState };
