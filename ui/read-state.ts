/**
 * How a page reads the state: the slices as the worker vouched for them when their stamps
 * match (src/state/stamp.ts), which needs no schema, so the popup paints without loading
 * one; otherwise (a slice edited by hand, left by another version, never stamped) every
 * slice is parsed as the worker parses it, the schemas loaded then.
 */
import { readVouched } from '../platform/state-store.ts';
import type { State, StateKey } from '../src/state/types.ts';

/** How the last read went; e2e asserts the popup's first paint took the short way. */
export type ReadWay = 'vouched' | 'parsed';

/** `asked`: the slices with their stamps, already asked for (ui/early-read.ts). */
export async function readPageState(keys: readonly StateKey[], asked?: Promise<Record<string, unknown>>): Promise<{ state: State; way: ReadWay }> {
  const { state, raw } = await readVouched(keys, asked);
  if (state) return { state, way: 'vouched' };
  const { parseState } = await import('../src/state/parse.ts');
  const plain = Object.fromEntries(keys.map((key) => [key, raw[key]]));
  return { state: parseState(plain, Date.now()).state, way: 'parsed' };
}
