/**
 * Installed or updated (or an unpacked copy reloaded, which also wipes its alarms): stored
 * settings are migrated and written back by loadState, and the plan is checked afresh.
 */
import { browser, type Runtime } from '../src/browser/browser.ts';
import { reconcile } from './reconcile.ts';

export async function onInstalled(details: Runtime.OnInstalledDetailsType): Promise<void> {
  // The welcome page opens even if planning fails: each is reported on its own.
  const [planned, welcomed] = await Promise.allSettled([
    reconcile('installed'),
    details.reason === 'install' && WELCOME_PAGE !== null
      ? browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) })
      : Promise.resolve(),
  ]);
  for (const result of [planned, welcomed]) if (result.status === 'rejected') throw result.reason;
}

/** The first-run page; null until it exists. */
const WELCOME_PAGE: string | null = 'welcome/welcome.html';
