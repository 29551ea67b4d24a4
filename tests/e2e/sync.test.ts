/**
 * Settings that follow you in real Chromium (issue 13): turned on in the options page, the
 * settings are in chrome.storage.sync (read from the worker, as another browser's copy would
 * arrive); a change reaches its item; a hostile value written into sync is said on the page
 * and leaves the settings here exactly as they were. Headless Chromium has a working
 * storage.sync without an account (it then stays on the machine).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { layout } from '../../src/sync/items.ts';
import { launchTend, waitFor, type Tend } from './fixture.ts';

let tend: Tend | undefined;
afterAll(async () => {
  await tend?.dispose();
});

function send(page: Page, command: string, payload: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(async ([c, p]) => await chrome.runtime.sendMessage<unknown, { ok: boolean; value?: unknown }>({ command: c, payload: p }), [command, payload] as const);
}

/** The settings as storage.sync holds them, read in the worker: the joined text of the settings parts. */
async function syncedSettings(t: Tend): Promise<{ keys: string[]; settings: Record<string, unknown> | null }> {
  return t.inWorker(async () => {
    const all = await chrome.storage.sync.get(null);
    const keys = Object.keys(all).sort();
    let text = '';
    for (let i = 0; `tend.settings.${i}` in all; i++) text += (all[`tend.settings.${i}`] as { t: string }).t;
    return { keys, settings: text === '' ? null : ((JSON.parse(text) as { value: Record<string, unknown> }).value) };
  });
}

const localSettings = (page: Page): Promise<string> => page.evaluate(async () => JSON.stringify((await chrome.storage.local.get('settings'))['settings']));

describe('settings that follow you, in the built extension', () => {
  it('on in the options page: the settings go to storage.sync, a change follows, a hostile value is refused', async () => {
    tend = await launchTend();
    const t = tend;
    const page = await t.openPage('options/options.html#sync');
    const main = page.getByRole('switch', { name: 'Keep my settings in sync through this browser’s account' });
    await page.getByText('Sync is off: everything stays in this browser.').waitFor();
    expect((await syncedSettings(t)).keys).toEqual([]);

    await main.click();
    await page.getByText(/^Sync is on\. Last synced .+\.$/).waitFor();
    const first = await syncedSettings(t);
    expect(first.keys).toEqual(['tend.custom.0', 'tend.index', 'tend.settings.0']);
    expect(first.settings?.['snoozeMinutes']).toBe(DEFAULT_SETTINGS.snoozeMinutes);

    // A change is written by the `sync` alarm 30 s after it; an unpacked extension may bring an alarm forward.
    expect(await send(page, 'saveSettings', { settings: { ...DEFAULT_SETTINGS, snoozeMinutes: 45 } })).toMatchObject({ ok: true });
    await waitFor('the sync alarm', () => t.inWorker(async () => (await chrome.alarms.get('sync')) !== undefined));
    await t.inWorker(async () => { await chrome.alarms.create('sync', { when: Date.now() + 100 }); });
    await waitFor('the changed setting in storage.sync', async () => (await syncedSettings(t)).settings?.['snoozeMinutes'] === 45, 45_000);

    // Another browser's copy, hostile: a field of the wrong type. Refused like a bad file.
    const before = await localSettings(page);
    const hostile = layout({ settings: `{"value":${JSON.stringify({ ...DEFAULT_SETTINGS, dailyCap: 'lots' })},"edited":{"dailyCap":${String(Date.now() + 60_000)}}}`, custom: '[]' });
    await t.inWorker(async (items) => { await chrome.storage.sync.set(items); }, hostile);
    await page
      .getByText('What sync holds could not be read, and nothing here was changed: settings.dailyCap has the wrong kind of value. Your settings in this browser are as they were.')
      .waitFor();
    expect(await localSettings(page)).toBe(before);
    expect(JSON.parse(before)).toMatchObject({ snoozeMinutes: 45 });
  });
});
