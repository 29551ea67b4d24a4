/**
 * The worker's word that a stored slice is one it wrote, after its schema passed: beside
 * each slice it writes `stamp:<slice>`, a hash of the slice's JSON and the Tend version
 * that wrote it. A page that reads a slice whose stamp matches can show it without parsing
 * it again (the popup's first paint leaves the schemas out, issue 10's budget); a slice
 * edited by hand, written by another version, or written without a stamp does not match,
 * and the page parses everything as before (ui/read-state.ts). A stamp is not a secret:
 * it guards against accidents, not against someone who can edit storage, who could as
 * well write valid data.
 */
import { canonicalJson } from '../json.ts';
import { STATE_KEYS, type StateKey } from './types.ts';

export const STAMP_PREFIX = 'stamp:';

export function stampKey(key: StateKey): `stamp:${StateKey}` {
  return `${STAMP_PREFIX}${key}`;
}

/**
 * FNV-1a (32 bits) of the version and the slice's JSON with its keys sorted, in base 36.
 * Sorted, because Chrome hands stored objects back with their keys in order (its storage
 * keeps them as sorted dictionaries) and Firefox in the order they were written.
 */
export function stampOf(value: unknown, version: string): string {
  const text = `${version}\u0000${canonicalJson(value)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The stamps for every slice of state in `patch` (nothing else), to write in the same storage call. */
export function stampsFor(patch: Readonly<Partial<Record<StateKey, unknown>>>, version: string): Record<string, string> {
  const stamps: Record<string, string> = {};
  for (const key of STATE_KEYS) {
    const value = patch[key];
    if (value !== undefined) stamps[stampKey(key)] = stampOf(value, version);
  }
  return stamps;
}

/**
 * The slices of `raw` as the worker vouched for them, or null when any is not (the reader
 * then parses all of them). A slice missing from storage is its default, as a parse gives.
 */
export function vouched<S extends Partial<Record<StateKey, unknown>>>(raw: Readonly<Record<string, unknown>>, keys: readonly StateKey[], defaults: S, version: string): S | null {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = raw[key];
    if (value === undefined) {
      if (raw[stampKey(key)] !== undefined) return null;
      out[key] = defaults[key];
    } else if (raw[stampKey(key)] === stampOf(value, version)) out[key] = value;
    else return null;
  }
  return out as S;
}
