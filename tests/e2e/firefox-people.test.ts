/**
 * People in Debian's Firefox ESR (issue 11): a person added through the worker's command,
 * and the reach-out nudge that comes due names them, in the notification and on the nudge.
 * The Chromium suite (people.test.ts) covers the popup in depth.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringNudgeDueInFirefox, seenNotifications, watchNotifications, type FirefoxTend } from '../../scripts/lib/firefox.mjs';
import { KINDS } from '../../src/strategies/types.ts';
import { TEST_SETTINGS } from './scenario.ts';
import { openFirefoxTend, sendFrom } from './firefox-fixture.ts';
import { waitFor } from './fixture.ts';

const DAY = 86_400_000;
/** Only the one strategy whose every line names someone, so the nudge that comes due does. */
const CONNECT_ONLY = {
  ...TEST_SETTINGS,
  kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: k === 'connect', weight: 1 }])) as typeof TEST_SETTINGS.kinds,
};

let firefox: FirefoxTend;
let page: Page;

beforeAll(async () => {
  ({ firefox, page } = await openFirefoxTend());
});
afterAll(async () => {
  await firefox.close();
});

const send = sendFrom(() => page);

describe('People in Firefox', () => {
  it('adds a person, and the reach-out nudge that comes due names them', async () => {
    await page.waitForSelector('main');
    expect(await send('saveSettings', { settings: CONNECT_ONLY })).toMatchObject({ ok: true });
    const added = (await send('addPerson', { name: 'Noor نور', rhythmDays: 7, howToReach: 'voice note' })) as { ok: true; value: { ok: boolean; id: string } };
    expect(added.value.ok).toBe(true);
    // As if ten days had passed since Noor was added.
    await page.evaluate(async (day) => {
      const { people } = (await browser.storage.local.get('people')) as { people: { version: 1; people: { addedAt: number }[] } };
      await browser.storage.local.set({ people: { ...people, people: people.people.map((p) => ({ ...p, addedAt: p.addedAt - 10 * day })) } });
    }, DAY);
    await watchNotifications(page);
    let personId: string | undefined;
    for (let i = 0; i < 6 && personId === undefined; i++) {
      const before = await page.evaluate(async () => ((await browser.storage.local.get('current')) as { current?: { id: string } }).current?.id);
      // The stored past moves back three hours (so the gap after the last nudge has passed),
      // and the plan comes due on the real alarm.
      await bringNudgeDueInFirefox(page, 500, 3 * 3_600_000);
      const current = await waitFor('a new nudge', async () => {
        const c = ((await page.evaluate(() => browser.storage.local.get('current'))) as { current?: { id: string; personId?: string; notified: boolean } }).current;
        return c && c.id !== before && c.notified ? c : null;
      });
      personId = current.personId;
      if (personId === undefined) await send('skip', { nudgeId: current.id });
    }
    expect(personId).toBe(added.value.id);
    const shown = await waitFor('the notification naming Noor', async () => {
      const seen = await seenNotifications(page);
      return seen.find((n) => n.options.title.includes('Noor')) ?? null;
    });
    expect(shown.options.message).toContain('Noor');
    // How to reach them travels in the notification only where it fits its 120 characters.
    const note = '\nHow: voice note';
    if (!shown.options.message.includes(note)) expect(Array.from(`${shown.options.message}${note}`).length).toBeGreaterThan(120);
  });
});
