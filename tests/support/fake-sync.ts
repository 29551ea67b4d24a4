/**
 * storage.sync as the browsers enforce it, which @webext-core/fake-browser (v1.5) does not:
 * a `set` that would put an item over QUOTA_BYTES_PER_ITEM (its key plus its JSON value, in
 * UTF-8), the area over QUOTA_BYTES or past MAX_ITEMS, or one write too many a minute or an
 * hour, is refused whole with Chrome's message and stores nothing.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
 *
 * And two browsers sharing one account: each keeps its own storage.local and alarms, the
 * sync area is one. `profiles()` switches the one in-memory browser between them the way a
 * person moves from one machine to the other (the worker stops, the other browser starts).
 */
import { Buffer } from 'node:buffer';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Alarms } from '../../platform/browser.ts';
import { flush, install, killWorker, startWorker } from './fake-worker.ts';

export const SYNC_QUOTA = { perItem: 8192, total: 102_400, items: 512, perMinute: 120, perHour: 1800 } as const;

const bytes = (key: string, value: unknown): number => Buffer.byteLength(key, 'utf8') + Buffer.byteLength(JSON.stringify(value), 'utf8');

/** What the test can see and steer. */
export const syncArea = {
  /** Moments of every write (set, remove, clear) accepted. */
  writes: [] as number[],
  /** Every refusal, by message. */
  refusals: [] as string[],
};

const INSTALLED = Symbol.for('tend.fake-sync');
function installQuota(): void {
  const holder = fakeBrowser as unknown as Record<symbol, true | undefined>;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const area = fakeBrowser.storage.sync;
  const set = area.set.bind(area);
  const remove = area.remove.bind(area);
  const count = (): void => {
    const now = Date.now();
    const minute = syncArea.writes.filter((t) => t > now - 60_000).length;
    const hour = syncArea.writes.filter((t) => t > now - 3_600_000).length;
    const refuse = minute >= SYNC_QUOTA.perMinute ? 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' : hour >= SYNC_QUOTA.perHour ? 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded' : null;
    if (refuse) {
      syncArea.refusals.push(refuse);
      throw new Error(refuse);
    }
  };
  Object.assign(area, {
    async set(items: Record<string, unknown>): Promise<void> {
      count();
      const all: Record<string, unknown> = { ...(await area.get(null)) };
      for (const [key, value] of Object.entries(items)) {
        if (value === undefined) continue;
        if (bytes(key, value) > SYNC_QUOTA.perItem) {
          syncArea.refusals.push('QUOTA_BYTES_PER_ITEM quota exceeded');
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
        all[key] = value;
      }
      const keys = Object.keys(all);
      const total = keys.reduce((n, k) => n + bytes(k, all[k]), 0);
      const refuse = total > SYNC_QUOTA.total ? 'QUOTA_BYTES quota exceeded' : keys.length > SYNC_QUOTA.items ? 'MAX_ITEMS quota exceeded' : null;
      if (refuse) {
        syncArea.refusals.push(refuse);
        throw new Error(refuse);
      }
      syncArea.writes.push(Date.now());
      await set(items);
    },
    async remove(keys: string | string[]): Promise<void> {
      count();
      syncArea.writes.push(Date.now());
      await remove(keys);
    },
    async getBytesInUse(keys?: string | string[] | null): Promise<number> {
      const all = await area.get(null);
      const wanted = keys === undefined || keys === null ? Object.keys(all) : Array.isArray(keys) ? keys : [keys];
      return wanted.reduce((n, k) => (Object.hasOwn(all, k) ? n + bytes(k, all[k]) : n), 0);
    },
  });
  const reset = fakeBrowser.reset.bind(fakeBrowser);
  fakeBrowser.reset = () => {
    reset();
    syncArea.writes.length = 0;
    syncArea.refusals.length = 0;
  };
}
installQuota();

interface Saved {
  local: Record<string, unknown>;
  alarms: Alarms.Alarm[];
}

/** Two browsers signed in to one account, each freshly installed; A runs first. */
export async function twoBrowsers(): Promise<{ use(name: 'A' | 'B'): Promise<void>; current(): 'A' | 'B' }> {
  const saved = new Map<'A' | 'B', Saved>();
  await install();
  const save = async (): Promise<Saved> => ({ local: await fakeBrowser.storage.local.get(null), alarms: await fakeBrowser.alarms.getAll() });
  // B installed first, its state kept; then A, which runs.
  saved.set('B', await save());
  killWorker();
  await install();
  let running: 'A' | 'B' = 'A';
  return {
    current: () => running,
    /** Stops this browser's worker and starts the other browser, as after a restart: its own storage and alarms, the shared sync area. */
    async use(name) {
      if (name === running) return;
      killWorker();
      saved.set(running, await save());
      const next = saved.get(name);
      if (!next) throw new Error(`no browser ${name}`);
      const sync = await fakeBrowser.storage.sync.get(null);
      await fakeBrowser.storage.local.clear();
      fakeBrowser.alarms.resetState();
      await fakeBrowser.storage.local.set(next.local);
      for (const a of next.alarms) await fakeBrowser.alarms.create(a.name, { when: a.scheduledTime, ...(a.periodInMinutes === undefined ? {} : { periodInMinutes: a.periodInMinutes }) });
      // The sync area is the account's: it stays as it was.
      if (JSON.stringify(await fakeBrowser.storage.sync.get(null)) !== JSON.stringify(sync)) throw new Error('the sync area changed on a switch');
      running = name;
      await startWorker();
      await fakeBrowser.runtime.onStartup.trigger();
      await flush();
    },
  };
}
