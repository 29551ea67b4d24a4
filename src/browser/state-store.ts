/**
 * Reading and writing Tend's state in storage.local. Pages only read (and listen for
 * changes); the worker is the only writer.
 */
import { parseState, type ParsedState } from '../state/parse.ts';
import { STATE_KEYS, type State } from '../state/types.ts';
import { browser } from './browser.ts';

export async function readState(): Promise<ParsedState & { raw: Record<string, unknown> }> {
  const raw = await browser.storage.local.get([...STATE_KEYS]);
  return { ...parseState(raw), raw };
}

/** Writes the given slices in one storage call (one onChanged event for pages). */
export async function writeState(patch: Partial<State>): Promise<void> {
  await browser.storage.local.set(patch);
}

/** Where the unreadable copy of a slice is kept after a repair. */
export function backupKey(key: string): string {
  return `backup:${key}`;
}
