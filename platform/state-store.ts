/**
 * Reading and writing Tend's state in storage.local. Pages only read (and listen for
 * changes); the worker is the only writer, and stamps what it writes. Reading with the
 * schemas (for a slice not vouched for) is state-read.ts.
 */
import { INITIAL_STATE } from '../src/state/defaults.ts';
import { stampKey, stampsFor, vouched } from '../src/state/stamp.ts';
import type { State, StateKey } from '../src/state/types.ts';
import { browser } from './browser.ts';

/**
 * The slices as the worker vouched for them (src/state/stamp.ts), or null when any is not:
 * then whoever reads parses them (state-read.ts). No schema is loaded here, so a wake and
 * the popup's first paint carry none.
 */
export async function readVouched(
  keys: readonly StateKey[],
  /** The slices and their stamps, already asked for (ui/early-read.ts). */
  asked?: Promise<Record<string, unknown>>,
): Promise<{ state: State; raw: Record<string, unknown> } | { state: null; raw: Record<string, unknown> }> {
  const raw: Record<string, unknown> = await (asked ?? browser.storage.local.get([...keys, ...keys.map(stampKey)]));
  const trusted = vouched(raw, keys, INITIAL_STATE, browser.runtime.getManifest().version);
  return trusted ? { state: { ...INITIAL_STATE, ...trusted }, raw } : { state: null, raw };
}

/**
 * Writes the given slices in one storage call (one onChanged event for pages), each with
 * the worker's stamp (src/state/stamp.ts): the worker writes only what its schemas passed.
 */
export async function writeState(patch: Partial<State>): Promise<void> {
  await browser.storage.local.set(withStamps(patch));
}

/** `patch` and the stamps of the slices in it, for a write of validated state. */
export function withStamps(patch: Partial<State>): Record<string, unknown> {
  return { ...patch, ...stampsFor(patch, browser.runtime.getManifest().version) };
}
