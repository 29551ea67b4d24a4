/**
 * The Firefox build in Debian's Firefox ESR, over WebDriver BiDi: it installs, plans its
 * alarm, turns a due alarm into a button-less notification (Firefox throws on buttons), a
 * log entry and a badge, and takes an answer from the popup. The Chromium suites cover the
 * rest in depth; this one proves the one source runs in the other engine.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringNudgeDueInFirefox, seenNotifications, watchNotifications, type FirefoxTend } from '../../scripts/lib/firefox.mjs';
import { LOCK_NAME } from '../../platform/lock.ts';
import { COPY_PREFIX, EVERY_COPY } from '../../platform/strategy-copies.ts';
import { stampOf } from '../../src/state/stamp.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { TEST_SETTINGS } from './scenario.ts';
import { openFirefoxTend, sendFrom } from './firefox-fixture.ts';
import { waitFor } from './fixture.ts';

const messages = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const DONE = messages['actionDone']?.message ?? 'actionDone';

let firefox: FirefoxTend;
let page: Page;

beforeAll(async () => {
  ({ firefox, page } = await openFirefoxTend());
});
afterAll(async () => {
  await firefox.close();
});

const send = sendFrom(() => page);

describe('the built extension in Firefox', () => {
  it('renders the popup and plans exactly one alarm', async () => {
    await page.waitForSelector('main');
    const alarms = await waitFor('the nudge alarm', async () => {
      const all = await page.evaluate(() => browser.alarms.getAll());
      return all.length > 0 ? all : null;
    });
    expect(alarms.map((a) => a.name)).toEqual(['nudge']);
  });

  it('turns a due alarm into a notification without buttons, a log entry and a badge', async () => {
    expect(await send('saveSettings', { settings: TEST_SETTINGS })).toMatchObject({ ok: true });
    await watchNotifications(page);
    // As in the Chromium scenario: the plan becomes due in half a second on the real alarm.
    await bringNudgeDueInFirefox(page);
    // Headless Firefox closes a notification the moment it appears, so it is observed at
    // its creation (what the event page passed, and Firefox's own event for that id).
    const shown = await waitFor('a notification Firefox acknowledged', async () => {
      const seen = await seenNotifications(page);
      return seen.find((n) => n.id.startsWith('tend-nudge:') && n.acknowledged) ?? null;
    });
    const { id, options } = shown;
    expect(options.title.length).toBeGreaterThan(0);
    expect(options.message.length).toBeGreaterThan(0);
    expect(options.buttons).toBeUndefined();
    expect(options.requireInteraction).toBeUndefined();
    // Read inside the worker's state lock (as the Chromium scenario's nudgeState does): the
    // notification exists before the wake has finished settling (notified, badge, alarm).
    const { log, current, badge, popup } = await page.evaluate(
      (lock) =>
        navigator.locks.request(lock, async () => ({
          ...((await browser.storage.local.get(['log', 'current'])) as { log: { type: string; nudgeId: string }[]; current: { id: string } }),
          badge: await browser.action.getBadgeText({}),
          popup: await browser.action.getPopup({}),
        })),
      LOCK_NAME,
    );
    expect(`tend-nudge:${current.id}`).toBe(id);
    // Even though the system closed it at once, the nudge is still on offer: the badge and
    // the popup carry it.
    expect(current).toMatchObject({ notified: true, snoozedUntil: null });
    expect(log.filter((e) => e.type === 'shown').map((e) => e.nudgeId)).toContain(current.id);
    expect(badge).toBe('1');
    expect(popup).toMatch(/\/popup\/popup\.html\?strategy=[a-z-]+$/);
  });

  it("keeps the library's words in the popup's own storage, and paints the next popup from them", async () => {
    // Once Now has painted, the popup reads every kind's file and keeps them (platform/strategy-copies.ts).
    const keys = await waitFor("the library's words kept", async () => {
      const all = await page.evaluate(() => Object.keys(localStorage));
      return all.some((k) => k.startsWith(COPY_PREFIX) && k.endsWith(EVERY_COPY)) ? all : null;
    });
    const { strategyId } = (await page.evaluate(() => browser.storage.local.get('current'))).current as { strategyId: string };
    const key = keys.find((k) => k.startsWith(COPY_PREFIX) && k.endsWith(`:${strategyId}`));
    if (!key) throw new Error(`no copy of ${strategyId} among ${keys.join(', ')}`);
    // Words only the copy has, stamped as the popup stamps them (the key names the build's content stamp):
    // the reloaded popup shows them only if it painted from the copy rather than the file.
    const contentStamp = key.slice(COPY_PREFIX.length).split(':')[0] ?? '';
    const kept = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null') as { strategy: Strategy };
    const marked: Strategy = { ...kept.strategy, nudges: kept.strategy.nudges.map((n) => ({ ...n, title: 'From the copy' })) };
    const entry = JSON.stringify({ strategy: marked, stamp: stampOf(marked, contentStamp) });
    await page.evaluate((k, v) => { localStorage.setItem(k, v); }, key, entry);
    try {
      // Reloaded from inside (puppeteer's reload waits on a load event BiDi does not send here); a new page has no `old`.
      await page.evaluate(() => { (window as { old?: true }).old = true; location.reload(); });
      const title = await waitFor('the reloaded popup', () =>
        page.evaluate(() => ((window as { old?: true }).old ? null : document.getElementById('nudge-title')?.textContent ?? null)).catch(() => null),
      );
      expect(title).toBe('From the copy');
    } finally {
      // Put back as the popup kept it, whatever happened: the next tests read the real words.
      await page.evaluate((k, v) => { localStorage.setItem(k, v); }, key, JSON.stringify(kept));
    }
  });

  it('records Done from the popup and clears the badge', async () => {
    // The open popup re-renders from storage.onChanged: the nudge is already there.
    const done = await page.waitForSelector(`button::-p-text(${DONE})`);
    await done?.click();
    await waitFor('the badge to clear', async () => (await page.evaluate(() => browser.action.getBadgeText({}))) === '');
    const { log } = (await page.evaluate(() => browser.storage.local.get('log'))) as { log: { type: string }[] };
    expect(log.map((e) => e.type)).toContain('done');
    expect(await page.evaluate(() => browser.action.getPopup({}))).toMatch(/\/popup\/popup\.html$/);
  });
});
