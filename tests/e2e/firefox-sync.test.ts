/**
 * Settings that follow you in Debian's Firefox ESR (issue 13), with no Firefox account
 * signed in: storage.sync still works (it stays on this machine), so the switch on the
 * options page puts the settings in it, and the page says when it synced.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxTend } from '../../scripts/lib/firefox.mjs';
import { openFirefoxTend } from './firefox-fixture.ts';
import { waitFor } from './fixture.ts';


let firefox: FirefoxTend;
let page: Page;

beforeAll(async () => {
  ({ firefox, page } = await openFirefoxTend('options/options.html#sync'));
});
afterAll(async () => {
  await firefox.close();
});

const status = () => page.evaluate(() => document.querySelector('.sync-status')?.textContent ?? '');

describe('settings that follow you in Firefox', () => {
  it('without an account, storage.sync works: the switch puts the settings there', async () => {
    await waitFor('the sync section', async () => (await status()) === 'Sync is off: everything stays in this browser.');
    const main = (await page.$('#sync input[type=checkbox]')) as ElementHandle<HTMLInputElement>;
    await main.click();
    await waitFor('the first sync', async () => /^Sync is on\. Last synced .+\.$/.test(await status()), 20_000);
    const keys = await page.evaluate(async () => Object.keys(await browser.storage.sync.get(null)).sort());
    expect(keys).toEqual(['tend.custom.0', 'tend.index', 'tend.settings.0']);
  });
});
