/**
 * Chromium's storage.local quota, which @webext-core/fake-browser (v1.5) does not enforce:
 * a `set` whose resulting total (every key plus its JSON value, in UTF-8 bytes) would pass
 * QUOTA_BYTES is refused whole, with Chrome's message, and stores nothing. Without it a test
 * cannot see a worker that needs more room than the browser will give.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-local
 * (QUOTA_BYTES: 10485760; "measured by the JSON stringification of every value plus every
 * key's length"); Chromium's SettingsStorageQuotaEnforcer counts the same way.
 */
import { Buffer } from 'node:buffer';
import { fakeBrowser } from '@webext-core/fake-browser';

/** Chrome's storage.local.QUOTA_BYTES since Chrome 114 (the fake still says 5 MiB). */
export const LOCAL_QUOTA_BYTES = 10_485_760;

/** What one stored item costs against the quota. */
export function itemBytes(key: string, value: unknown): number {
  return jsonBytes(key, JSON.stringify(value === undefined ? null : value));
}

const jsonBytes = (key: string, json: string): number => Buffer.byteLength(key, 'utf8') + Buffer.byteLength(json, 'utf8');

const INSTALLED = Symbol.for('tend.fake-quota');
type Installed = { [INSTALLED]?: true };

// The size of each stored value, by identity: a 5 MiB string stored once is not measured
// again on every later set.
const measured = new Map<string, { value: unknown; bytes: number }>();
function bytesOf(key: string, value: unknown): number {
  const seen = measured.get(key);
  if (seen && seen.value === value) return seen.bytes;
  const bytes = itemBytes(key, value);
  measured.set(key, { value, bytes });
  return bytes;
}

function install(): void {
  const holder = fakeBrowser as unknown as Installed;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  Object.assign(area, {
    QUOTA_BYTES: LOCAL_QUOTA_BYTES,
    async set(items: Record<string, unknown>): Promise<void> {
      const sizes = new Map(Object.entries(await area.get(null)).map(([key, value]) => [key, bytesOf(key, value)]));
      for (const [key, value] of Object.entries(items)) {
        // Values go through JSON as the browser's do: undefined is left out; the fake
        // stores null (and NaN, which JSON makes null) as "no value".
        const json = JSON.stringify(value) as string | undefined;
        if (json === undefined) continue;
        if (json === 'null') sizes.delete(key);
        else sizes.set(key, jsonBytes(key, json));
      }
      let total = 0;
      for (const bytes of sizes.values()) total += bytes;
      if (total > LOCAL_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      await set(items);
      // Remember the sizes of the copies the fake just stored, so the next set need not re-measure them.
      const stored = await area.get(Object.keys(items));
      for (const [key, value] of Object.entries(stored)) {
        const bytes = sizes.get(key);
        if (bytes !== undefined && value !== undefined) measured.set(key, { value, bytes });
      }
    },
    async getBytesInUse(keys?: string | string[] | null): Promise<number> {
      const all = await area.get(null);
      const wanted = keys === undefined || keys === null ? Object.keys(all) : Array.isArray(keys) ? keys : [keys];
      return wanted.reduce((sum, key) => (Object.hasOwn(all, key) ? sum + bytesOf(key, all[key]) : sum), 0);
    },
  });
}

install();
