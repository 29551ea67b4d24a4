/**
 * Installed or updated (or an unpacked copy reloaded, which also wipes its alarms): stored
 * settings are migrated and written back by loadState, and the plan is checked afresh.
 */
import { browser, type Runtime } from '../platform/browser.ts';
import { reconcile } from './reconcile.ts';

export async function onInstalled(details: Runtime.OnInstalledDetailsType): Promise<void> {
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  }
  // Should the page fail to open, the worker's start-up check (on-start.ts) still plans.
  await reconcile('installed');
}

/** The first-run page. */
const WELCOME_PAGE = 'welcome/welcome.html';
