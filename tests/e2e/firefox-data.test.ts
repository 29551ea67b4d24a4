/**
 * Your data in Debian's Firefox ESR (issue 13): on the options page (Firefox closes a popup
 * when a file chooser opens), Export hands the browser a file of everything, and Import of
 * that file into an erased Tend brings the person back. The download itself is Firefox's;
 * the test reads the file at the Blob the page hands it (puppeteer over BiDi sees no
 * download event). The Chromium suite (data.test.ts) captures a real download.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxTend } from '../../scripts/lib/firefox.mjs';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { openFirefoxTend, sendFrom } from './firefox-fixture.ts';
import { waitFor } from './fixture.ts';

const files = mkdtempSync(join(tmpdir(), 'tend-ff-data-'));

let firefox: FirefoxTend;
let page: Page;

beforeAll(async () => {
  ({ firefox, page } = await openFirefoxTend('options/options.html'));
});
afterAll(async () => {
  await firefox.close();
  rmSync(files, { recursive: true, force: true });
});

const send = sendFrom(() => page);

const resultText = () => page.evaluate(() => document.querySelector('.data-result')?.textContent ?? '');
const button = async (name: string): Promise<ElementHandle> =>
  waitFor(`the ${name} button`, async () => {
    for (const b of await page.$$('button')) if ((await b.evaluate((el) => el.textContent)) === name) return b;
    return undefined;
  });

describe('Your data in Firefox', () => {
  it('exports from the options page and imports the file back after an erase', async () => {
    await waitFor('the Your data section', () => page.$('#your-data'));
    expect(await send('saveSettings', { settings: { ...DEFAULT_SETTINGS, snoozeMinutes: 45 } })).toMatchObject({ ok: true });
    expect(await send('addPerson', { name: 'Noor نور', rhythmDays: 7 })).toMatchObject({ ok: true, value: { ok: true } });

    // The text of the Blob the page downloads, kept as the page makes it.
    await page.evaluate(() => {
      const made = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        void blob.text().then((text) => { document.body.setAttribute('data-exported', text); });
        return made(blob);
      };
    });
    await (await button('Export my data')).click();
    const exported = await waitFor('the exported file', () => page.evaluate(() => document.body.getAttribute('data-exported')));
    expect(await resultText()).toMatch(/^Saved tend-\d{4}-\d{2}-\d{2}\.json to your downloads\.$/);
    expect((JSON.parse(exported) as { people: { name: string }[] }).people.map((p) => p.name)).toEqual(['Noor نور']);

    await (await button('Erase everything…')).click();
    await (await button('Yes, erase everything')).click();
    await waitFor('the erase', async () => (await resultText()).startsWith('Everything is erased.'));
    expect(await page.evaluate(async () => (await browser.storage.local.get('people'))['people'])).toEqual({ version: 1, people: [] });

    const path = join(files, 'tend.json');
    writeFileSync(path, exported);
    const input = (await page.$('#data-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await (await button('Replace what is here')).click();
    await waitFor('the import', async () => (await resultText()).startsWith('Imported 1 person'));
    const people = (await page.evaluate(async () => (await browser.storage.local.get('people'))['people'])) as { people: { name: string }[] };
    expect(people.people.map((p) => p.name)).toEqual(['Noor نور']);
    const settings = (await page.evaluate(async () => (await browser.storage.local.get('settings'))['settings'])) as { snoozeMinutes: number };
    expect(settings.snoozeMinutes).toBe(45);
  });
});
