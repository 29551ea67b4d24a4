/**
 * What the worker's first script knows of sync (issue 13): which events are sync's, cheaply,
 * so the code that syncs (sync.ts, in the command script, load-commands.ts) loads only for
 * them and a nudge's wake never carries it. With sync off (the default) a start-up reads one
 * small key and loads nothing.
 */
import { browser } from '../platform/browser.ts';

export const SYNC_ALARM = 'sync';
/** The slices sync carries: a change to one of them is an edit to stamp (sync.ts). */
export const SYNCED_KEYS: readonly string[] = ['settings', 'custom', 'people'];
/** storage.sync keys that are Tend's (src/sync/limits.ts SYNC_PREFIX). */
const PREFIX = 'tend.';

/** Whether a storage change is sync's: Tend's items in storage.sync, or a synced slice here. */
export function touchesSync(changes: Readonly<Record<string, unknown>>, area: string): boolean {
  const keys = Object.keys(changes);
  if (area === 'sync') return keys.some((k) => k.startsWith(PREFIX));
  return area === 'local' && keys.some((k) => SYNCED_KEYS.includes(k));
}

/** On browser start-up: whether sync is on, so what another browser changed meanwhile is taken in. */
export async function syncIsOn(): Promise<boolean> {
  const { sync } = await browser.storage.local.get('sync');
  return typeof sync === 'object' && sync !== null && (sync as { enabled?: unknown }).enabled === true;
}
