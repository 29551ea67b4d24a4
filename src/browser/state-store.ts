/**
 * Reading and writing Tend's state in storage.local. Pages only read (and listen for
 * changes); the worker is the only writer.
 */
import { parseState, type ParsedState } from '../state/parse.ts';
import { STATE_KEYS, type State, type StateKey } from '../state/types.ts';
import { browser } from './browser.ts';

/** Reads the state; slices left out of `keys` come back as their defaults. */
export async function readState(keys: readonly StateKey[] = STATE_KEYS): Promise<ParsedState & { raw: Record<string, unknown> }> {
  const raw = await browser.storage.local.get([...keys]);
  return { ...parseState(raw), raw };
}

/** Writes the given slices in one storage call (one onChanged event for pages). */
export async function writeState(patch: Partial<State>): Promise<void> {
  await browser.storage.local.set(patch);
}

/** How many unreadable copies of one slice are kept: enough to survive repeated repairs, bounded. */
export const BACKUPS_KEPT = 3;

/** Where an unreadable copy of a slice is kept after a repair; ISO time, so keys sort by age. */
export function backupKey(key: string, at: number): string {
  return `backup:${key}:${new Date(at).toISOString()}`;
}

/** The backup keys of `key` among `keys`, oldest first. */
export function backupKeysOf(keys: Iterable<string>, key: string): string[] {
  return [...keys].filter((k) => k.startsWith(`backup:${key}:`)).sort();
}
