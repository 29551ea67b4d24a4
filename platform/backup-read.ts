/** Reading a kept copy for the page that offers it (a notice's "save a copy"). */
import { browser } from './browser.ts';

/** A kept copy of unreadable data (state/backups.ts), as stored; undefined once removed. */
export async function readBackup(key: string): Promise<unknown> {
  const items: Record<string, unknown> = await browser.storage.local.get(key);
  return items[key];
}
