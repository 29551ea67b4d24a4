/**
 * Reading the state through every slice's schema: for slices the worker has not vouched
 * for (state-store.ts), an export, and the journal's view. Loads the schemas, so the wake
 * path and the popup's first paint reach it only through a lazy load.
 */
import { parseState, type JournalReader, type ParsedState } from '../src/state/parse.ts';
import { STATE_KEYS, type StateKey } from '../src/state/types.ts';
import { browser } from './browser.ts';

/**
 * Reads the state; slices left out of `keys` come back as their defaults. Whoever reads the
 * journal passes its reader (src/state/parse-journal.ts).
 */
export async function readState(keys: readonly StateKey[] = STATE_KEYS, journal?: JournalReader): Promise<ParsedState & { raw: Record<string, unknown> }> {
  const raw = await browser.storage.local.get([...keys]);
  return { ...parseState(raw, Date.now(), journal), raw };
}
