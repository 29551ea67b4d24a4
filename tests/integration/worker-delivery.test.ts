/**
 * Delivery under trouble: a worker killed between claiming and showing, a notification
 * the browser refuses, the notification's own buttons and click, the badge through a
 * nudge's life (waiting, answered, snoozed, paused, expired), the test nudge, and the
 * notification permission the popup warns about.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRY_MINUTES } from '../../background/alarm.ts';
import type { State } from '../../src/state/types.ts';
import { extras } from '../support/fake-extras.ts';
import {
  ALL_DAY,
  HOUR,
  MINUTE,
  badgeText,
  flush,
  installWithAllDay,
  killWorker,
  notificationIds,
  nudgeAlarm,
  passTime,
  reachNextNudge,
  restartBrowser,
  restartWorker,
  send,
  stored,
} from '../support/fake-worker.ts';

const START = Date.UTC(2026, 2, 4, 12, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

// Storage as read raw: a slice never written is undefined (and the fake drops nulls).
const raw = async (): Promise<Partial<State>> => stored();
const shown = async () => ((await raw()).log ?? []).filter((e) => e.type === 'shown');
const currentOf = async () => (await raw()).current ?? null;

/** Runs the clock to the planned nudge's alarm and fires it, whatever comes of it. */
async function fireNudgeAlarm(): Promise<void> {
  const alarm = await nudgeAlarm();
  await passTime((alarm?.scheduledTime ?? Date.now()) - Date.now());
}

describe('claimed before shown', () => {
  it('a worker killed before showing shows the claimed nudge on its next start, once', async () => {
    await installWithAllDay();
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('worker stopped'));
    await fireNudgeAlarm();
    const claimed = (await stored()).current;
    expect(claimed?.notified).toBe(false);
    expect(await notificationIds()).toEqual([]);
    expect(await badgeText()).toBe('1'); // the badge carries it meanwhile

    await restartWorker();

    const { current } = await stored();
    expect(current?.id).toBe(claimed?.id);
    expect(current?.notified).toBe(true);
    expect(await notificationIds()).toEqual([`tend-nudge:${claimed?.id ?? ''}`]);
    expect((await shown()).map((e) => e.nudgeId)).toEqual([claimed?.id]);
  });

  it('a worker killed after showing but before noting it shows the same notification, not a second', async () => {
    await installWithAllDay();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let failed = false;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items: Record<string, unknown>) => {
      const current = items['current'] as { notified?: boolean } | undefined;
      if (!failed && current?.notified === true) {
        failed = true;
        return Promise.reject(new Error('worker stopped'));
      }
      return set(items);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fireNudgeAlarm();
    expect(failed).toBe(true);
    const claimed = (await stored()).current;
    expect(claimed?.notified).toBe(false);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');

    await restartWorker();

    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toBe(`tend-nudge:${claimed?.id ?? ''}`);
    expect(await notificationIds()).toEqual([`tend-nudge:${claimed?.id ?? ''}`]);
    expect(await shown()).toHaveLength(1);
  });

  it('a worker killed before the claim is saved decides again when its alarm repeats: one nudge', async () => {
    await installWithAllDay();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let failed = false;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items: Record<string, unknown>) => {
      if (!failed && 'current' in items) {
        failed = true;
        return Promise.reject(new Error('worker stopped'));
      }
      return set(items);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fireNudgeAlarm();
    expect(failed).toBe(true);
    expect(await shown()).toHaveLength(0);

    // The fired alarm repeats a minute later (background/alarm.ts), in a new worker.
    killWorker();
    vi.restoreAllMocks();
    await passTime(RETRY_MINUTES * MINUTE);

    expect(await shown()).toHaveLength(1);
    expect(await notificationIds()).toHaveLength(1);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('blocked notifications never stop the nudge: the log and the badge still have it', async () => {
    await installWithAllDay();
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('notifications are off'));
    await fireNudgeAlarm();
    expect(await shown()).toHaveLength(1);
    expect(await badgeText()).toBe('1');
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });
});

describe('the notification', () => {
  it('has Done and Later buttons and the person’s notification style (Chrome)', async () => {
    await installWithAllDay({ ...ALL_DAY, notifications: { silent: true, requireInteraction: true } });
    const current = await reachNextNudge();
    const options = (await fakeBrowser.notifications.getAll())[`tend-nudge:${current.id}`] as unknown as Record<string, unknown>;
    expect(options['buttons']).toEqual([{ title: 'Done' }, { title: 'Later' }]);
    expect(options['silent']).toBe(true);
    expect(options['requireInteraction']).toBe(true);
    expect(options['title']).toEqual(expect.any(String));
    expect(options['message']).toEqual(expect.any(String));
  });

  it('leaves silent and stay-on-screen out unless the person chose them', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    const options = (await fakeBrowser.notifications.getAll())[`tend-nudge:${current.id}`] as unknown as Record<string, unknown>;
    expect(options).not.toHaveProperty('silent');
    expect(options).not.toHaveProperty('requireInteraction');
  });

  it('Done (button 0) logs it, closes the notification and clears the badge', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    await fakeBrowser.notifications.onButtonClicked.trigger(`tend-nudge:${current.id}`, 0);
    await flush();
    const state = await stored();
    expect(state.log.at(-1)).toMatchObject({ type: 'done', nudgeId: current.id });
    expect(await currentOf()).toBeNull();
    expect(await notificationIds()).toEqual([]);
    expect(await badgeText()).toBe('');
  });

  it('Later (button 1) snoozes it: badge clear now, the same nudge back after the snooze', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    await fakeBrowser.notifications.onButtonClicked.trigger(`tend-nudge:${current.id}`, 1);
    await flush();
    const snoozed = await stored();
    expect(snoozed.log.at(-1)).toMatchObject({ type: 'snoozed', nudgeId: current.id });
    expect(snoozed.current?.snoozedUntil).toBe(snoozed.schedule.dueAt);
    expect(await notificationIds()).toEqual([]);
    expect(await badgeText()).toBe('');

    await passTime(ALL_DAY.snoozeMinutes * MINUTE + 5 * MINUTE);
    const back = await stored();
    expect(back.current).toMatchObject({ id: current.id, snoozedUntil: null, notified: true });
    expect(await notificationIds()).toEqual([`tend-nudge:${current.id}`]);
    expect(await badgeText()).toBe('1');
  });

  it('a button on an old notification closes it and changes nothing else', async () => {
    await installWithAllDay();
    const first = await reachNextNudge();
    await send('done', { nudgeId: first.id });
    const before = await stored();
    await fakeBrowser.notifications.create(`tend-nudge:${first.id}`, { type: 'basic', title: 'old', message: 'old' });
    await fakeBrowser.notifications.onButtonClicked.trigger(`tend-nudge:${first.id}`, 0);
    await flush();
    expect(await stored()).toEqual(before);
    expect(await notificationIds()).toEqual([]);
  });

  it('a click opens the popup on the nudge, or a tab when the browser will not', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    await fakeBrowser.notifications.onClicked.trigger(`tend-nudge:${current.id}`);
    await flush();
    expect(extras.popupsOpened).toBe(1);
    expect(await notificationIds()).toEqual([]);

    extras.popupFails = true;
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`tend-nudge:${current.id}`);
    await flush();
    // A reflect nudge opens on the journal, under its prompt (issue 12); any other on Now.
    const view = (await stored()).current?.kind === 'reflect' ? 'journal' : 'now';
    expect(tabs.mock.calls[0]?.[0].url).toMatch(new RegExp(`popup/popup\\.html\\?view=${view}$`));
    // Clicking is not an answer: the nudge still waits.
    expect((await stored()).current?.id).toBe(current.id);
  });
});

describe('the badge', () => {
  it('and the popup address: it names the kind on offer, and returns to plain when answered', async () => {
    await installWithAllDay();
    expect(extras.popup).toBe('popup/popup.html');
    const current = await reachNextNudge();
    expect(extras.popup).toBe(`popup/popup.html?strategy=${current.strategyId}`);
    await send('done', { nudgeId: current.id });
    expect(extras.popup).toBe('popup/popup.html');
  });

  it('shows paused distinctly, until when, and returns when the pause ends', async () => {
    await installWithAllDay();
    await reachNextNudge();
    await send('pause', { mode: 'hour' });
    expect(await badgeText()).not.toBe('');
    expect(await badgeText()).not.toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/paused until/);
    expect((await nudgeAlarm())?.scheduledTime).toBe(Date.now() + HOUR);
    await passTime(HOUR + MINUTE);
    expect(await badgeText()).not.toBe('❚❚');
  });

  it('paused until resumed: no alarm at all, and resuming plans one', async () => {
    await installWithAllDay();
    await send('pause', { mode: 'until-resumed' });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getTitle({})).toMatch(/paused until you resume/);
    await restartBrowser('startup');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await send('pause', { mode: 'resume' });
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect(await badgeText()).toBe('');
  });

  it('clears when a waiting nudge expires at the end of its active hours, with nothing logged', async () => {
    // One nudge a day, so nothing replaces it before its hours end (23:59 local).
    await installWithAllDay({ ...ALL_DAY, dailyCap: 1, intervalMinutes: 480, minGapMinutes: 240 });
    const current = await reachNextNudge();
    const logLength = (await stored()).log.length;
    const { dueAt } = (await stored()).schedule;
    const expiry = (await nudgeAlarm())?.scheduledTime ?? 0;
    expect(expiry).toBeLessThan(dueAt ?? Infinity);
    expect(expiry).toBeLessThanOrEqual(current.shownAt + 12 * HOUR);

    await passTime(expiry - Date.now() + 1);

    expect(await currentOf()).toBeNull();
    expect((await stored()).log).toHaveLength(logLength);
    expect(await badgeText()).toBe('');
    expect(await notificationIds()).toEqual([]);
    expect((await nudgeAlarm())?.scheduledTime).toBe(Math.ceil(dueAt ?? NaN));
  });
});

describe('the test nudge', () => {
  it('with nothing waiting: a notification now, logged as asked for', async () => {
    await installWithAllDay();
    const { nudgeId } = await send('testNudge', null);
    await flush();
    expect(await notificationIds()).toEqual([`tend-nudge:${nudgeId}`]);
    expect((await stored()).log).toEqual([expect.objectContaining({ type: 'shown', nudgeId, asked: true })]);
    expect(await badgeText()).toBe('1');
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('with a nudge waiting: shows that one again, nothing new in the log', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    const log = (await stored()).log;
    await fakeBrowser.notifications.clear(`tend-nudge:${current.id}`); // the person closed it
    const { nudgeId } = await send('testNudge', null);
    expect(nudgeId).toBe(current.id);
    expect(await notificationIds()).toEqual([`tend-nudge:${current.id}`]);
    expect((await stored()).log).toEqual(log);
  });

  it('with every kind switched off: refused with its code', async () => {
    const kinds = Object.fromEntries(Object.keys(ALL_DAY.kinds).map((k) => [k, { enabled: false, weight: 1 }]));
    await installWithAllDay({ ...ALL_DAY, kinds: kinds as typeof ALL_DAY.kinds });
    await expect(send('testNudge', null)).rejects.toMatchObject({ code: 'nothing-enabled' });
  });
});

describe('notification health', () => {
  it('records a denied permission on the next wake and keeps the nudge in the badge', async () => {
    await installWithAllDay();
    expect((await stored()).health).toMatchObject({ notifications: 'granted' });
    extras.permissionLevel = 'denied';
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect((await stored()).health).toEqual({ notifications: 'denied', checkedAt: Date.now() });
    await reachNextNudge();
    expect(await badgeText()).toBe('1');
  });

  it('writes health only when it changes', async () => {
    await installWithAllDay();
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect(write.mock.calls.some(([items]) => 'health' in items)).toBe(false);
    extras.permissionLevel = 'denied';
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect(write.mock.calls.filter(([items]) => 'health' in items)).toHaveLength(1);
  });

  it('the test nudge re-checks it (the person may just have turned notifications back on)', async () => {
    await installWithAllDay(ALL_DAY, () => {
      extras.permissionLevel = 'denied';
    });
    expect((await stored()).health.notifications).toBe('denied');
    extras.permissionLevel = 'granted';
    await send('testNudge', null);
    expect((await stored()).health.notifications).toBe('granted');
  });

  it('stays unknown where the browser cannot tell (no getPermissionLevel, as in Firefox)', async () => {
    await installWithAllDay(ALL_DAY, () => {
      extras.permissionLevel = undefined;
    });
    await reachNextNudge();
    const { health } = await stored();
    expect(health).toBeUndefined(); // never written: the popup reads the default, 'unknown'
  });
});
