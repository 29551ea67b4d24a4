/**
 * What the worker vouched for, in real Chromium (src/state/stamp.ts): the popup's first
 * paint reads the worker's stamped slices without loading a schema; a slice changed behind
 * the worker's back is parsed instead (and still shown right); the worker's next wake
 * checks it through its schema and stamps it, so the popup takes the short way again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTend, waitFor, type Tend } from './fixture.ts';
import { openPopup, useTestSettings } from './scenario.ts';

let tend: Tend;

beforeAll(async () => {
  tend = await launchTend();
  await useTestSettings(tend);
});
afterAll(async () => {
  await tend.dispose();
});

async function popupRead(): Promise<string | undefined> {
  const page = await openPopup(tend);
  try {
    return await page.evaluate(() => document.documentElement.dataset['stateRead']);
  } finally {
    await page.close();
  }
}

describe('reading what the worker vouched for', () => {
  it('paints the popup from the stamped state, no schema loaded', async () => {
    expect(await popupRead()).toBe('vouched');
  });

  it('parses a slice changed behind the worker, until a wake has checked and stamped it', async () => {
    // A valid settings slice written without the worker (as a hand edit or an old version would).
    await tend.inWorker(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object) } , 'stamp:settings': 'not-this' });
    });
    expect(await popupRead()).toBe('parsed');
    // A wake (its alarm, after the worker was stopped) reads it through the schema and stamps it as it is.
    await tend.inWorker(async () => {
      const [alarm] = await chrome.alarms.getAll();
      await chrome.alarms.create('nudge', { when: Date.now() + 200, periodInMinutes: alarm?.periodInMinutes ?? 1 });
    });
    await tend.stopWorker();
    await waitFor('the settings stamped again', async () => {
      const { 'stamp:settings': stamp } = await tend.inWorker(() => chrome.storage.local.get('stamp:settings'));
      return stamp !== 'not-this' ? stamp : null;
    });
    expect(await popupRead()).toBe('vouched');
  });
});
