/**
 * The vertical slice in real Chromium: install plans one alarm; the alarm fires and a
 * nudge reaches the notification tray, the log and the badge; the popup shows it; a
 * stopped worker picks up where it left off. No request ever leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTend, networkRequests, waitFor, type Tend } from './fixture.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { strategyById } from '../../src/strategies/index.ts';
import { bringNudgeDue, nudgeState, useTestSettings } from './scenario.ts';

let tend: Tend;

beforeAll(async () => {
  tend = await launchTend();
});
afterAll(async () => {
  await tend.dispose();
});

describe('the built extension in Chromium', () => {
  it('loads with no install warnings and no manifest errors', async () => {
    const page = await tend.context.newPage();
    await page.goto('chrome://extensions');
    const info = await page.evaluate((id) => chrome.developerPrivate.getExtensionInfo(id), tend.extensionId);
    await page.close();
    expect(info.installWarnings).toEqual([]);
    expect(info.manifestErrors).toEqual([]);
  });

  it('plans exactly one alarm on install', async () => {
    const alarms = await waitFor('the nudge alarm', async () => {
      const all = await tend.inWorker(() => chrome.alarms.getAll());
      return all.length > 0 ? all : null;
    });
    expect(alarms.map((a) => a.name)).toEqual(['nudge']);
  });

  it('turns a due alarm into a notification, a log entry and a badge', async () => {
    await useTestSettings(tend);
    await bringNudgeDue(tend);
    const state = await waitFor('a nudge on offer', async () => {
      const s = await nudgeState(tend);
      return s.current?.notified ? s : null;
    });
    expect(state.notifications).toEqual([`tend-nudge:${state.current?.id ?? ''}`]);
    expect(state.log.filter((e) => e.type === 'shown')).toHaveLength(1);
    expect(state.badge).toBe('1');
    expect(state.alarms).toHaveLength(1);
    expect(state.alarms[0]?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('shows the current nudge and the log in the popup', async () => {
    const { current } = await nudgeState(tend);
    const strategy = strategyById(current?.strategyId ?? '');
    if (!current || !strategy) throw new Error('no nudge on offer');
    // What the toolbar button opens: the worker points it at the waiting nudge's kind.
    const address = await tend.inWorker(() => chrome.action.getPopup({}));
    expect(address).toBe(`chrome-extension://${tend.extensionId}/popup/popup.html?strategy=${strategy.id}`);
    const popup = await tend.context.newPage();
    await popup.goto(address);
    const heading = popup.locator('#nudge-title');
    await heading.waitFor();
    expect(await heading.textContent()).toBe(renderNudge(strategy, current.line).title);
    expect(await popup.getByRole('button', { name: 'Done' }).isVisible()).toBe(true);
    // The log is its own tab (issue 6).
    await popup.getByRole('tab', { name: 'Log' }).click();
    await popup.locator('.log .entries li').first().waitFor();
    expect(await popup.locator('.log .entries li').count()).toBe(1);
    await popup.close();
  });

  it('carries on after the worker is stopped: one more nudge, one alarm, no duplicate', async () => {
    const before = await nudgeState(tend);
    await tend.stopWorker();
    await bringNudgeDue(tend);
    const after = await waitFor('the next nudge', async () => {
      const s = await nudgeState(tend);
      return s.current && s.current.id !== before.current?.id && s.current.notified ? s : null;
    });
    const shown = after.log.filter((e) => e.type === 'shown');
    expect(shown).toHaveLength(2);
    expect(new Set(shown.map((e) => e.nudgeId)).size).toBe(2);
    expect(after.alarms).toHaveLength(1);
    expect(after.notifications).toEqual([`tend-nudge:${after.current?.id ?? ''}`]);
  });

  it('made no network request at any time', () => {
    expect(networkRequests(tend.requests)).toEqual([]);
  });
});
