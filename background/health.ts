/**
 * Whether the browser lets Tend's notifications through. Chrome answers through
 * notifications.getPermissionLevel (the person can block an extension's notifications);
 * Firefox has no such call (docs/platform-notes.md), so there the answer is "cannot tell".
 */
import { browser } from '../platform/browser.ts';

type LevelReader = () => Promise<'granted' | 'denied'>;

export async function readPermissionLevel(): Promise<'granted' | 'denied' | null> {
  // Not in the polyfill's (Firefox-shaped) types: looked up, not assumed.
  const read = (browser.notifications as { getPermissionLevel?: LevelReader }).getPermissionLevel;
  if (typeof read !== 'function') return null;
  // A browser that fails to answer is treated like one that cannot tell.
  const level = await read.call(browser.notifications).catch(() => null);
  if (level === null) return null;
  return level === 'denied' ? 'denied' : 'granted';
}
