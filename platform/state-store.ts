/**
 * Reading and writing Tend's state in storage.local. Pages only read (and listen for
 * changes); the worker is the only writer.
 */
import { parseState, type JournalReader, type ParsedState } from '../src/state/parse.ts';
import { STATE_KEYS, type State, type StateKey } from '../src/state/types.ts';
import { browser } from './browser.ts';

/**
 * Reads the state; slices left out of `keys` come back as their defaults. Whoever reads the
 * journal passes its reader (src/state/parse-journal.ts).
 */
export async function readState(keys: readonly StateKey[] = STATE_KEYS, journal?: JournalReader): Promise<ParsedState & { raw: Record<string, unknown> }> {
  const raw = await browser.storage.local.get([...keys]);
  return { ...parseState(raw, Date.now(), journal), raw };
}

/** Writes the given slices in one storage call (one onChanged event for pages). */
export async function writeState(patch: Partial<State>): Promise<void> {
  await browser.storage.local.set(patch);
}

/** A kept copy of unreadable data (state/backups.ts), as stored; undefined once removed. */
export async function readBackup(key: string): Promise<unknown> {
  const items: Record<string, unknown> = await browser.storage.local.get(key);
  return items[key];
}
