/**
 * The worker's read of slices it has not vouched for (state.ts): each through its schema. A slice that fails its schema is replaced by its
 * default and explained once in the popup, with the bad copy set aside under a backup key
 * when it fits: the worker never crashes on bad storage, never stays broken because a copy
 * would not fit, and never drops the person's data without a word. Settings from an older
 * version are migrated on read and written back in their new shape; unreadable derived
 * slices (the plan, the nudge on offer) are rebuilt and written back quietly.
 */
import { browser } from '../platform/browser.ts';
import { readState } from '../platform/state-read.ts';
import { withStamps, writeState } from '../platform/state-store.ts';
import { BACKUPS_KEPT, MAX_BACKUP_BYTES, backupKey, backupKeysOf, storedBytes } from '../src/state/backups.ts';
import type { JournalReader, Repair } from '../src/state/parse.ts';
import { stampKey, stampOf } from '../src/state/stamp.ts';
import type { Notice, State, StateKey } from '../src/state/types.ts';
import { repairWords } from './i18n.ts';

const MAX_NOTICES = 5;

export async function checkedSlices(now: number, keys: readonly StateKey[], journal: JournalReader | undefined): Promise<State> {
  const { state, repairs, rewrite, raw } = await readState(keys, journal);
  if (repairs.length === 0 && rewrite.length === 0) {
    await stampValid(state, keys, raw);
    return state;
  }
  const reset: Partial<State> = Object.fromEntries([...repairs.map((r) => r.key), ...rewrite].map((key) => [key, state[key]]));
  if (repairs.length === 0) {
    await writeState(reset);
    return state;
  }
  // The copies and the reset in one storage call, so neither is written without the other.
  const write = async (copies: Copies): Promise<Notice[]> => {
    const notices = noticesAfter(state.notices, repairs, copies, now);
    await browser.storage.local.set({ ...withStamps({ ...reset, notices }), ...Object.fromEntries([...copies.keys].map(([key, name]) => [name, raw[key]])) });
    return notices;
  };
  let copies = await planCopies(repairs, raw, now);
  let notices: Notice[];
  try {
    notices = await write(copies);
  } catch (error) {
    if (copies.keys.size === 0) throw error;
    // No room for the copies (storage.local holds 10 MiB in all): the slices are reset all
    // the same, or every wake would fail here again, and the notices say no copy was kept.
    console.warn('Tend:', error);
    copies = NO_COPIES;
    notices = await write(copies);
  }
  if (copies.surplus.length > 0) await browser.storage.local.remove([...copies.surplus]);
  return { ...state, notices };
}

/**
 * Slices that passed their schema exactly as stored get the stamp they lack (after an
 * update, or storage written by hand), so the next wake reads them without a schema; a
 * slice the schema changed in reading keeps none, and is stamped when next written.
 */
async function stampValid(state: State, keys: readonly StateKey[], raw: Record<string, unknown>): Promise<void> {
  const stamped = await browser.storage.local.get(keys.map(stampKey));
  const version = browser.runtime.getManifest().version;
  const stamps: Record<string, string> = {};
  for (const key of keys) {
    const value = raw[key];
    if (value === undefined) continue;
    const stamp = stampOf(value, version);
    // Only what the schema took as it is stored: a slice it changed is stamped when next written.
    if (stamp !== stampOf(state[key], version)) continue;
    if (stamped[stampKey(key)] !== stamp) stamps[stampKey(key)] = stamp;
  }
  if (Object.keys(stamps).length > 0) await browser.storage.local.set(stamps);
}

interface Copies {
  /** Each repaired slice whose copy is kept, with the key it is kept under. */
  readonly keys: ReadonlyMap<StateKey, string>;
  /**
   * Older copies beyond BACKUPS_KEPT per slice, removed once the new copies are safely
   * written, so a second repair never overwrites the first (which likely holds the
   * person's real history) and the copies stay bounded.
   */
  readonly surplus: readonly string[];
}

const NO_COPIES: Copies = { keys: new Map(), surplus: [] };

/** Which unreadable copies to keep: each under its own time-stamped key, none over MAX_BACKUP_BYTES. */
async function planCopies(repairs: readonly Repair[], raw: Record<string, unknown>, now: number): Promise<Copies> {
  const keys = new Map<StateKey, string>();
  for (const { key } of repairs) {
    const name = backupKey(key, now);
    if (storedBytes(name, raw[key]) <= MAX_BACKUP_BYTES) keys.set(key, name);
  }
  if (keys.size === 0) return NO_COPIES;
  const stored = new Set([...Object.keys(await browser.storage.local.get(null)), ...keys.values()]);
  const surplus = [...keys.keys()].flatMap((key) => backupKeysOf(stored, key).slice(0, -BACKUPS_KEPT));
  return { keys, surplus };
}

/** The notices to store: the new ones added, none pointing at a copy about to be removed. */
function noticesAfter(existing: readonly Notice[], repairs: readonly Repair[], copies: Copies, now: number): Notice[] {
  const removed = new Set(copies.surplus);
  const kept = existing.map(({ backupKey: copy, ...notice }) => (copy === undefined || removed.has(copy) ? notice : { ...notice, backupKey: copy }));
  const added = repairs.map((r): Notice => {
    const copy = copies.keys.get(r.key);
    const notice = { id: `repair-${r.key}-${now}`, at: now, message: repairWords(r, copy !== undefined) };
    return copy === undefined ? notice : { ...notice, backupKey: copy };
  });
  return [...kept, ...added].slice(-MAX_NOTICES);
}

