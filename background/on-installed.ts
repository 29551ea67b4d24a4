/** Installed or updated: settings are migrated on load, the plan is made afresh. */
import { browser, type Runtime } from '../src/browser/browser.ts';
import { reconcile } from './reconcile.ts';

export async function onInstalled(details: Runtime.OnInstalledDetailsType): Promise<void> {
  await reconcile('installed');
  if (details.reason === 'install' && WELCOME_PAGE !== null) {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  }
}

/** The first-run page; null until it exists. */
const WELCOME_PAGE: string | null = 'welcome/welcome.html';
