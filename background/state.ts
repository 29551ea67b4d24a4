/**
 * The worker's view of stored state. A wake reads the slices as the worker stamped them
 * when it wrote them (src/state/stamp.ts): no schema runs and none is loaded. Anything the
 * worker has not vouched for (a first read after an update, storage edited by hand, a
 * slice gone bad) goes through every schema in the command script (state-check.ts), which
 * repairs what it must and stamps what passed.
 */
import { readVouched, writeState } from '../platform/state-store.ts';
import type { JournalReader } from '../src/state/parse.ts';
import { WITHOUT_JOURNAL, type State, type StateKey } from '../src/state/types.ts';
import { foldLog } from './history.ts';
import { loadCommands } from './load-commands.ts';

/**
 * Call with the state lock held: a repair is a read-modify-write. Events older than the
 * log's days then move into the monthly history (history.ts), which also moves a log of
 * the old layout (months in one slice) the first time.
 */
export async function loadState(now: number, keys: readonly StateKey[] = WITHOUT_JOURNAL, journal?: JournalReader): Promise<State> {
  return foldLog(await loadSlices(now, keys, journal), now);
}

/**
 * `keys`: the slices to read; the others come back as their defaults. A wake and every
 * command but the journal's leave the journal out (issue 12), so it is never read, repaired
 * or written then.
 */
async function loadSlices(now: number, keys: readonly StateKey[], journal: JournalReader | undefined): Promise<State> {
  const { state } = await readVouched(keys);
  if (state) return state;
  return (await loadCommands()).checkedSlices(now, keys, journal);
}

export { writeState };
