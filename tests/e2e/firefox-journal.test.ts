/**
 * The journal in Debian's Firefox ESR (issue 12): the Journal view opened in the popup, two
 * words and a line written through its buttons and saved by the event page, the entry shown
 * in the week as text. The Chromium suite (journal.test.ts) covers the view in depth.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxTend } from '../../scripts/lib/firefox.mjs';
import { openFirefoxTend } from './firefox-fixture.ts';
import { waitFor } from './fixture.ts';


let firefox: FirefoxTend;
let page: Page;

beforeAll(async () => {
  ({ firefox, page } = await openFirefoxTend('popup/popup.html?view=journal'));
});
afterAll(async () => {
  await firefox.close();
});

interface Journal {
  journal?: { entries: { words: string[]; text?: string }[] };
}

describe('the journal in Firefox', () => {
  it('writes an entry: two words and a line, shown in the week as text', async () => {
    await page.waitForSelector('button.feeling');
    const hopeful = await page.waitForSelector('button.feeling::-p-text(hopeful)');
    await hopeful?.click();
    const flat = await page.waitForSelector('button.feeling::-p-text(flat)');
    await flat?.click();
    await waitFor('two words picked', async () => (await page.$$eval('button.feeling[aria-pressed=true]', (b) => b.length)) === 2);
    const line = 'Quiet day <i>at home</i> — مرحبا';
    await page.type('#journal-text', line);
    const save = await page.waitForSelector('button[type=submit]');
    await save?.click();

    const stored = await waitFor('the entry saved', async () => {
      const { journal } = (await page.evaluate(() => browser.storage.local.get('journal'))) as Journal;
      return journal && journal.entries.length > 0 ? journal : null;
    });
    expect(stored.entries).toMatchObject([{ words: ['hopeful', 'flat'], text: line }]);

    const shown = await waitFor('the entry in the week', async () => {
      const text = await page.$eval('.journal-week', (s) => ({ line: s.querySelector('p.line')?.textContent ?? '', dir: s.querySelector('p.line')?.getAttribute('dir'), markup: s.querySelectorAll('.entries i').length, chips: [...s.querySelectorAll('.chip')].map((c) => c.textContent) })).catch(() => null);
      return text && text.line !== '' ? text : null;
    });
    expect(shown).toEqual({ line, dir: 'auto', markup: 0, chips: ['hopeful', 'flat'] });
  });
});
