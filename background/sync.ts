/**
 * "Settings that follow you" (issue 13), the browser's side: the sync slice (src/sync/prefs.ts)
 * and storage.sync. Opt-in: with sync off this module reads one small key and does nothing
 * else. With it on, a change here is stamped at once (src/sync/stamps.ts) and written to
 * storage.sync by the `sync` alarm SYNC_DELAY_MS after the last change; a change from another
 * browser (storage.onChanged in `sync`, or found on start-up) is read as untrusted as an
 * import file (src/sync/payload.ts), merged by the newest edit per field (src/sync/merge.ts)
 * and applied under the state lock. storage.local stays what counts: a refused or failed
 * sync changes nothing here and is said on the options page. The journal and the log never
 * go; people only with the second opt-in.
 */
import { browser } from '../platform/browser.ts';
import { withLock } from '../platform/lock.ts';
import { syncIn } from '../src/commands/sync.ts';
import { backupKey } from '../src/state/backups.ts';
import { parseState } from '../src/state/parse.ts';
import type { State } from '../src/state/types.ts';
import { changedKeys, layout, overQuota, partKey, staleKeys, type Items, type SyncIndex } from '../src/sync/items.ts';
import { INDEX_KEY, RETRY_MS, SYNC_DELAY_MS, SYNC_PREFIX } from '../src/sync/limits.ts';
import { merge } from '../src/sync/merge.ts';
import { readSync, texts, type Edited, type SyncPayload } from '../src/sync/payload.ts';
import { parseSyncPrefs, SYNC_KEY, SYNC_OFF, type SyncPrefs, type SyncProblem } from '../src/sync/prefs.ts';
import { firstStamps, localPayload, restamp, stampsOf, type Synced } from '../src/sync/stamps.ts';
import { say } from './i18n.ts';
import { SYNC_ALARM, SYNCED_KEYS, touchesSync } from './sync-wake.ts';
import { sensedAt } from './perform.ts';
import { settle } from './settle.ts';
import { loadState } from './state.ts';


/** The sync slice; an unreadable one is kept as a copy, reset to off, and said once in the popup. */
async function loadPrefs(now: number): Promise<SyncPrefs> {
  const raw: unknown = (await browser.storage.local.get(SYNC_KEY))[SYNC_KEY];
  const { prefs, repaired } = parseSyncPrefs(raw);
  if (!repaired) return prefs;
  const { notices } = await browser.storage.local.get('notices');
  const kept = Array.isArray(notices) ? (notices as unknown[]) : [];
  const copy = backupKey(SYNC_KEY, now);
  const notice = { id: `repair-sync-${now}`, at: now, message: say('sync_noticeReset'), backupKey: copy };
  await browser.storage.local.set({ [SYNC_KEY]: SYNC_OFF, [copy]: raw, notices: [...kept, notice].slice(-5) });
  return SYNC_OFF;
}

const savePrefs = (prefs: SyncPrefs): Promise<void> => browser.storage.local.set({ [SYNC_KEY]: prefs });

const syncedOf = (state: Pick<State, 'settings' | 'custom' | 'people'>): Synced => ({ settings: state.settings, custom: state.custom, people: state.people.people });

/** storage.onChanged: a change here is stamped and its write planned; one from another browser is taken in. */
export function onStorageChanged(changes: Readonly<Record<string, unknown>>, area: string): Promise<unknown> {
  if (!touchesSync(changes, area)) return Promise.resolve(null);
  return area === 'sync' ? runSync() : stampChange();
}

function stampChange(): Promise<void> {
  return withLock(async () => {
    const now = Date.now();
    const prefs = await loadPrefs(now);
    if (!prefs.enabled) return;
    const raw = await browser.storage.local.get([...SYNCED_KEYS]);
    const stamps = restamp(prefs.stamps, syncedOf(parseState(raw, now).state), now);
    if (stamps === prefs.stamps) return;
    await savePrefs({ ...prefs, stamps });
    // Re-created on every change: the write comes SYNC_DELAY_MS after the last one.
    await browser.alarms.create(SYNC_ALARM, { when: now + SYNC_DELAY_MS });
  });
}

const live = <T>(list: readonly Edited<T>[]): T[] => list.flatMap((e) => (e.value === null ? [] : [e.value]));

/** Runs one sync: read what sync holds, merge, take in what is newer, write what is newer here. */
export function runSync(): Promise<SyncPrefs> {
  return withLock(async () => {
    const now = Date.now();
    const prefs = await loadPrefs(now);
    if (!prefs.enabled) {
      await browser.alarms.clear(SYNC_ALARM);
      return prefs;
    }
    const state = await loadState(now);
    const stamps = restamp(prefs.stamps, syncedOf(state), now);
    const fail = async (problem: SyncProblem): Promise<SyncPrefs> => {
      const next = { ...prefs, stamps, problem };
      await savePrefs(next);
      return next;
    };
    const remote: Items = await browser.storage.sync.get(null);
    const read = readSync(remote, now);
    if (!read.ok) return fail({ kind: 'refused', at: now, detail: read.code, path: read.path });
    const merged = merge(localPayload(syncedOf(state), stamps, prefs.people), read.payload, prefs.lastSyncedAt === null);
    if (!merged.ok) return fail({ kind: 'refused', at: now, detail: merged.code, path: merged.path });
    const payload = merged.payload;
    const nextStamps = stampsOf(payload, stamps);

    const planned = syncIn(state, { settings: payload.settings, custom: live(payload.custom), people: payload.people && live(payload.people) }, await sensedAt(now, payload.settings));
    if (planned) {
      // The slices and the stamps that say they are synced, in one write (so a worker stopped
      // here never stamps another browser's values as its own new edits).
      await browser.storage.local.set({ ...planned.patch, [SYNC_KEY]: { ...prefs, stamps: nextStamps } });
      await settle({ ...state, ...planned.patch }, { patch: {}, alarmAt: planned.alarmAt }, now);
    }

    const next = itemsFor(payload, remote, prefs.people);
    const others = Object.fromEntries(Object.entries(remote).filter(([k]) => !k.startsWith(SYNC_PREFIX)));
    const over = overQuota({ ...others, ...next });
    if (over) return fail({ kind: 'overQuota', at: now, path: over.over === 'item' ? over.key : over.over });
    const set = changedKeys(remote, next);
    const stale = staleKeys(remote, next);
    try {
      if (set.length > 0) await browser.storage.sync.set(Object.fromEntries(set.map((k) => [k, next[k]])));
      if (stale.length > 0) await browser.storage.sync.remove(stale);
    } catch (error) {
      // Too many writes, or a quota this count did not foresee: tried again in a minute.
      console.warn('Tend: sync', error);
      await browser.alarms.create(SYNC_ALARM, { when: now + RETRY_MS });
      return fail({ kind: 'writeFailed', at: now });
    }
    const synced = planned !== null || set.length > 0 || stale.length > 0 || prefs.lastSyncedAt === null;
    const after: SyncPrefs = { ...prefs, stamps: nextStamps, problem: null, lastSyncedAt: synced ? now : prefs.lastSyncedAt };
    if (JSON.stringify(after) !== JSON.stringify(prefs) || planned) await savePrefs(after);
    return after;
  });
}

/** What storage.sync should hold: the merged payload, and the people items as they are when people are not synced here. */
function itemsFor(payload: SyncPayload, remote: Items, withPeople: boolean): Record<string, unknown> {
  const next = layout(texts(payload));
  if (withPeople) return next;
  const theirs = (remote[INDEX_KEY] as SyncIndex | undefined)?.groups.people;
  if (theirs === undefined) return next;
  const index = next[INDEX_KEY] as SyncIndex;
  next[INDEX_KEY] = { ...index, groups: { ...index.groups, people: theirs } };
  for (let i = 0; i < theirs.parts; i++) next[partKey('people', i)] = remote[partKey('people', i)];
  return next;
}

/** The `setSync` command: the two switches of the options page. Turning sync on syncs at once. */
export async function setSync({ enabled, people }: { readonly enabled: boolean; readonly people: boolean }): Promise<SyncPrefs> {
  const prefs = await withLock(async () => {
    const now = Date.now();
    const before = await loadPrefs(now);
    if (!enabled) {
      await browser.alarms.clear(SYNC_ALARM);
      const off: SyncPrefs = { ...SYNC_OFF, people };
      await savePrefs(off);
      return off;
    }
    const stamps = before.enabled ? before.stamps : firstStamps(syncedOf(await loadState(now)));
    const next: SyncPrefs = before.enabled ? { ...before, people } : { ...SYNC_OFF, enabled: true, people, stamps };
    if (before.enabled && before.people && !people) await withdrawPeople();
    await savePrefs(next);
    return next;
  });
  return prefs.enabled ? runSync() : prefs;
}

/** The people list taken out of sync (names are personal): the index without it, its parts removed. */
async function withdrawPeople(): Promise<void> {
  const remote: Items = await browser.storage.sync.get(null);
  // Only an index that reads as one: a broken one is left for the next sync to replace.
  const read = readSync(remote, Date.now());
  if (!read.ok || read.payload?.people == null) return;
  const index = remote[INDEX_KEY] as SyncIndex;
  const { settings, custom } = index.groups;
  await browser.storage.sync.set({ [INDEX_KEY]: { ...index, groups: { settings, custom } } });
  await browser.storage.sync.remove(Object.keys(remote).filter((k) => k.startsWith(`${SYNC_PREFIX}people.`)));
}
