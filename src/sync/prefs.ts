/**
 * The sync slice, storage.local's `sync` key: whether sync is on, whether people go too,
 * when it last synced, its last problem, and the edit stamps (stamps.ts). Written only by the
 * worker (background/sync.ts, through the `setSync` command and its own runs); pages read it.
 * An unreadable slice reads as sync off (the safe side: nothing leaves) and is repaired.
 */
import * as v from 'valibot';
import { InstantSchema } from '../time/instant-schema.ts';
import { DATA_CODES } from '../data/format.ts';
import { NO_STAMPS, type Stamps } from './stamps.ts';
import { GONE_KEPT } from './limits.ts';

export const SYNC_KEY = 'sync';
export const SYNC_PREFS_VERSION = 1;

/**
 * What went wrong last, for the options page to word: `refused` (what sync holds failed its
 * checks: `detail` the code, `path` the item or field), `overQuota` (this browser's data does
 * not fit: `path` says which limit), `writeFailed` (the browser refused the write).
 */
export type SyncProblem =
  | { readonly kind: 'refused'; readonly at: number; readonly detail: string; readonly path: string }
  | { readonly kind: 'overQuota'; readonly at: number; readonly path: string }
  | { readonly kind: 'writeFailed'; readonly at: number };

export interface SyncPrefs {
  readonly version: typeof SYNC_PREFS_VERSION;
  readonly enabled: boolean;
  readonly people: boolean;
  readonly lastSyncedAt: number | null;
  readonly problem: SyncProblem | null;
  readonly stamps: Stamps;
}

export const SYNC_OFF: SyncPrefs = { version: SYNC_PREFS_VERSION, enabled: false, people: false, lastSyncedAt: null, problem: null, stamps: NO_STAMPS };

const at = v.union([v.literal(0), InstantSchema]);
const StampSchema = v.strictObject({ id: v.pipe(v.string(), v.maxLength(128)), at, print: v.pipe(v.string(), v.maxLength(16)) });
const stampList = (max: number) => v.pipe(v.array(StampSchema), v.maxLength(max));
const text = v.pipe(v.string(), v.maxLength(256));

export const SyncPrefsSchema = v.strictObject({
  version: v.literal(SYNC_PREFS_VERSION),
  enabled: v.boolean(),
  people: v.boolean(),
  lastSyncedAt: v.nullable(InstantSchema),
  problem: v.nullable(
    v.variant('kind', [
      v.strictObject({ kind: v.literal('refused'), at: InstantSchema, detail: v.union([v.picklist(DATA_CODES), v.literal('mixedWrites'), text]), path: text }),
      v.strictObject({ kind: v.literal('overQuota'), at: InstantSchema, path: text }),
      v.strictObject({ kind: v.literal('writeFailed'), at: InstantSchema }),
    ]),
  ),
  stamps: v.strictObject({ settings: stampList(32), custom: stampList(50 + GONE_KEPT), people: stampList(100 + GONE_KEPT) }),
});

/** The slice as stored, or SYNC_OFF; `repaired` when a stored one could not be read. */
export function parseSyncPrefs(raw: unknown): { readonly prefs: SyncPrefs; readonly repaired: boolean } {
  if (raw === undefined) return { prefs: SYNC_OFF, repaired: false };
  const result = v.safeParse(SyncPrefsSchema, raw);
  return result.success ? { prefs: result.output, repaired: false } : { prefs: SYNC_OFF, repaired: true };
}
