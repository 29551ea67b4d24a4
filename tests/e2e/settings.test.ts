/**
 * Settings in real Chromium: the welcome page on install, the options page full-tab, a
 * change that moves the real alarm, an impossible change that changes nothing, pause with
 * its badge, a test nudge that reaches the notification tray, and the popup's Settings tab
 * fitting 380 px without sideways scrolling.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_POINTER, DISCLAIMER } from '../support/disclaimer.ts';
import { LOCK_NAME } from '../../platform/lock.ts';
import { launchTend, waitFor, type Tend } from './fixture.ts';
import { nudgeState, TEST_SETTINGS, useTestSettings } from './scenario.ts';

let tend: Tend;
let options: Page;

beforeAll(async () => {
  tend = await launchTend();
});
afterAll(async () => {
  await tend.dispose();
});

// Both read inside the worker's state lock: what a finished change left (scenario.ts).
function storedSettings(): Promise<Record<string, unknown>> {
  return tend.inWorker(
    async (lock) => await navigator.locks.request(lock, async () => (await chrome.storage.local.get('settings'))['settings'] as Record<string, unknown>),
    LOCK_NAME,
  );
}

function nudgeAlarm(): Promise<number | null> {
  return tend.inWorker(async (lock) => await navigator.locks.request(lock, async () => (await chrome.alarms.get('nudge'))?.scheduledTime ?? null), LOCK_NAME);
}

/** axe-core's rule violations on the page as it is now (its source evaluated in the page; CSP allows this). */
async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

const optionsUrl = () => `chrome-extension://${tend.extensionId}/options/options.html`;

describe('settings in the built extension', () => {
  it('opens the welcome page on install, with the disclaimer and crisis pointer', async () => {
    const welcome = await waitFor('the welcome tab', () => tend.context.pages().find((p) => p.url().endsWith('/welcome/welcome.html')));
    await welcome.getByRole('heading', { name: 'Welcome to Tend' }).waitFor();
    expect(await welcome.getByText(DISCLAIMER).isVisible()).toBe(true);
    expect(await welcome.getByText(CRISIS_POINTER).isVisible()).toBe(true);
    expect(await welcome.getByText('About every 2 hours, between 9:00 AM and 9:00 PM, up to 4 a day.').isVisible()).toBe(true);
    // One click to adjust: the link leads to the options page.
    await welcome.getByRole('link', { name: 'Adjust the rhythm' }).click();
    await welcome.waitForURL(optionsUrl());
    await welcome.close();
  });

  it('opens the options page full-tab from runtime.openOptionsPage', async () => {
    await useTestSettings(tend);
    const popup = await tend.openPage();
    await popup.evaluate(() => chrome.runtime.openOptionsPage());
    options = await waitFor('the options tab', () => tend.context.pages().find((p) => p.url() === optionsUrl()));
    await popup.close();
    await options.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await options.title()).toBe('Tend settings');
    // A tab of its own (open_in_tab), not a frame inside chrome://extensions.
    expect(await options.evaluate(() => window.top === window)).toBe(true);
    expect(await options.getByRole('group', { name: 'Rhythm' }).isVisible()).toBe(true);
  });

  it('refuses an impossible change with a message and leaves stored settings and the alarm as they were', async () => {
    const before = { settings: await storedSettings(), alarm: await nudgeAlarm() };
    const gap = options.getByLabel('Shortest gap between nudges');
    await gap.fill(String(TEST_SETTINGS.intervalMinutes + 30));
    await gap.press('Enter');
    await options.getByText('This can’t be longer than the average time between nudges (1 hour).', { exact: false }).waitFor();
    expect(await gap.getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByRole('status').textContent()).toContain('Not saved yet');
    expect(await storedSettings()).toEqual(before.settings);
    expect(await nudgeAlarm()).toBe(before.alarm);
    // Putting it right saves it.
    await gap.fill('45');
    await gap.press('Enter');
    await waitFor('the gap to be saved', async () => (await storedSettings())['minGapMinutes'] === 45);
  });

  it('moves the pending alarm when the rhythm changes, and shows the new time', async () => {
    const before = await waitFor('an alarm', nudgeAlarm);
    await options.getByLabel('Average time between nudges').selectOption({ label: '8 hours' });
    const after = await waitFor('the alarm to move', async () => {
      const at = await nudgeAlarm();
      return at !== null && at !== before ? at : null;
    });
    // Every 8 hours instead of every hour: a fresh plan lands later than the old one could.
    expect(after).toBeGreaterThan(before);
    expect((await storedSettings())['intervalMinutes']).toBe(480);
    // The plan may hold a fraction of a ms; the alarm is set to the whole ms (background/alarm.ts).
    expect(Math.abs(((await nudgeState(tend)).schedule.dueAt ?? 0) - after)).toBeLessThan(1);
    const shown = await options.evaluate((at) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(at), after);
    await waitFor('the new time on the page', async () => (await options.getByRole('status').textContent())?.includes(shown));
    expect(await options.getByRole('status').textContent()).toContain('Saved.');
  });

  it('pauses: the alarm waits for the pause, the badge says paused; resume brings it back', async () => {
    await options.getByRole('button', { name: 'For an hour' }).click();
    const until = await waitFor('the pause', async () => ((await storedSettings())['pause'] as { until: number } | null)?.until);
    const paused = await nudgeState(tend);
    expect(paused.badge).toBe('❚❚');
    for (const alarm of paused.alarms) expect(alarm.scheduledTime).toBeGreaterThanOrEqual(until);
    await options.getByText(/^Paused until /).first().waitFor();

    await options.getByRole('button', { name: 'Until I resume' }).click();
    await waitFor('no alarm while paused until resumed', async () => (await nudgeState(tend)).alarms.length === 0);
    expect((await nudgeState(tend)).badge).toBe('❚❚');
    await options.getByRole('status').getByText('Paused until you resume.').waitFor();

    await options.getByRole('button', { name: 'Resume now' }).click();
    const resumed = await waitFor('the alarm after resuming', async () => {
      const s = await nudgeState(tend);
      return s.alarms.length === 1 && s.badge !== '❚❚' ? s : null;
    });
    expect((await storedSettings())['pause']).toBeNull();
    expect(resumed.alarms[0]?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('sends a test nudge that reaches the notification tray', async () => {
    await options.getByRole('button', { name: 'Send a test nudge' }).click();
    const state = await waitFor('a notification', async () => {
      const s = await nudgeState(tend);
      return s.notifications.length > 0 ? s : null;
    });
    expect(state.notifications).toEqual([`tend-nudge:${state.current?.id ?? ''}`]);
    await options.getByText(/^Sent\./).waitFor();
  });

  it('fits the popup’s quick Settings at 380 px with no sideways scrolling, and the options page too, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await tend.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html?view=settings`);
      await page.getByRole('group', { name: 'Kinds of nudges' }).waitFor();
      // The quick ones only (issue 15): active hours and the rest are on the options page.
      expect(await page.getByRole('group', { name: 'Active hours' }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
      await page.goto(`chrome-extension://${tend.extensionId}/options/options.html`);
      await page.getByLabel('Same hours every day').uncheck();
      await page.getByRole('group', { name: 'Sunday' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
      await page.close();
    }
  });

  it('opens the options page from the popup’s "More settings"', async () => {
    // With an options tab open the browser would only bring it forward: start with none.
    for (const open of tend.context.pages().filter((p) => p.url() === optionsUrl())) await open.close();
    const page = await tend.context.newPage();
    await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html?view=settings`);
    await page.getByRole('button', { name: 'More settings' }).click();
    const opened = await waitFor('the options tab', () => tend.context.pages().find((p) => p.url() === optionsUrl()));
    await opened.getByRole('group', { name: 'Active hours' }).waitFor();
    await opened.close();
    await page.close();
  });

  it('has no axe violations on the options, welcome and popup settings pages, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of ['options/options.html', 'welcome/welcome.html', 'popup/popup.html?view=settings']) {
        const page = await tend.context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`chrome-extension://${tend.extensionId}/${path}`);
        await page.locator('.settings, .lead').first().waitFor();
        expect({ colorScheme, path, violations: await axeViolations(page) }).toEqual({ colorScheme, path, violations: [] });
        await page.close();
      }
    }
  });
});
