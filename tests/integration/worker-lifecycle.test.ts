/**
 * The real worker module in the in-memory browser: it registers its listeners on import,
 * plans one alarm, keeps it when nothing changes, re-plans when alarms are lost, turns a
 * due alarm into one nudge, and never produces a burst after a long absence.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_VERSION } from '../../src/settings/defaults.ts';
import { extras, idleStateChanged } from '../support/fake-extras.ts';
import {
  ALL_DAY,
  HOUR,
  MINUTE,
  badgeText,
  fireDueAlarms,
  flush,
  install,
  installWithAllDay,
  listening,
  notificationIds,
  nudgeAlarm,
  passTime,
  reachNextNudge,
  restartBrowser,
  restartWorker,
  send,
  setIdle,
  sleepFor,
  startWorker,
  stored,
} from '../support/fake-worker.ts';

const START = Date.UTC(2026, 2, 4, 12, 0); // a Wednesday

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('starting the worker', () => {
  it('registers every listener in the first turn, before any storage read completes', async () => {
    fakeBrowser.reset();
    // Storage that never answers: anything registered after an await would be missing.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(new Promise(() => undefined));
    vi.spyOn(fakeBrowser.alarms, 'get').mockReturnValue(new Promise(() => undefined));
    vi.resetModules();
    await import('../../background/worker.ts');
    expect(listening(fakeBrowser.runtime.onInstalled)).toBe(true);
    expect(listening(fakeBrowser.runtime.onStartup)).toBe(true);
    expect(listening(fakeBrowser.runtime.onMessage)).toBe(true);
    expect(listening(fakeBrowser.alarms.onAlarm)).toBe(true);
    expect(listening(fakeBrowser.notifications.onClicked)).toBe(true);
    expect(listening(fakeBrowser.notifications.onButtonClicked)).toBe(true);
    expect(listening(idleStateChanged)).toBe(true);
  });

  it('sets an idle detection interval the browser accepts (at least 15 s)', async () => {
    await install();
    expect(extras.idleInterval).toBeGreaterThanOrEqual(15);
  });

  it('plans exactly one alarm on install and shows nothing yet', async () => {
    await installWithAllDay();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual(['nudge']);
    // Whole ms, rounded up: the plan may fall between two.
    expect(alarms[0]?.scheduledTime).toBe(Math.ceil((await stored()).schedule.dueAt ?? NaN));
    expect(alarms[0]?.scheduledTime).toBeGreaterThan(Date.now());
    expect(await notificationIds()).toEqual([]);
    expect(await badgeText()).toBe('');
  });
});

describe('reconcile is idempotent', () => {
  it('leaves a correct alarm alone and writes nothing on every kind of wake', async () => {
    await installWithAllDay();
    const before = await nudgeAlarm();
    const storedBefore = await stored();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    // Later, but before the nudge is due.
    vi.setSystemTime(Date.now() + Math.floor(((before?.scheduledTime ?? 0) - Date.now()) / 2));

    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await setIdle('idle');
    await setIdle('active');
    await restartWorker();
    await send('ping', null);
    await flush();

    expect(create).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    expect(await nudgeAlarm()).toEqual(before);
    expect(await stored()).toEqual(storedBefore);
  });

  it('re-plans when the browser restarts without its alarms, keeping the planned moment', async () => {
    await installWithAllDay();
    const dueAt = (await stored()).schedule.dueAt ?? NaN;
    await restartBrowser('startup');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime)).toEqual([Math.ceil(dueAt)]);
  });

  it('re-plans when a worker starts and finds no alarm, even without onStartup', async () => {
    await installWithAllDay();
    const dueAt = (await stored()).schedule.dueAt ?? NaN;
    await fakeBrowser.alarms.clearAll();
    await restartWorker();
    expect((await nudgeAlarm())?.scheduledTime).toBe(Math.ceil(dueAt));
  });

  it('migrates old settings on update and writes them back', async () => {
    await installWithAllDay();
    await fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        intervalMinutes: 90,
        spread: 0.4,
        activeHours: { start: '08:00', end: '20:00', days: ['mon', 'tue'] },
        dailyCap: 5,
        minGapMinutes: 45,
        kinds: ALL_DAY.kinds,
        pausedUntil: null,
        snoozeMinutes: 30,
        holds: ALL_DAY.holds,
        notifications: ALL_DAY.notifications,
      },
    });
    await restartBrowser('update');
    const { settings, notices } = await stored();
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.askFelt).toBe(true);
    expect(settings.intervalMinutes).toBe(90);
    expect(settings.activeHours.mon).toEqual([{ start: '08:00', end: '20:00' }]);
    expect(settings.activeHours.wed).toEqual([]);
    expect(settings.pause).toBeNull();
    expect(notices).toBeUndefined();
  });
});

describe('a due alarm', () => {
  it('becomes one notification, one log entry and the badge, with the next alarm ahead', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    const state = await stored();
    expect(state.log.filter((e) => e.type === 'shown').map((e) => e.nudgeId)).toEqual([current.id]);
    expect(await notificationIds()).toEqual([`tend-nudge:${current.id}`]);
    expect(current.notified).toBe(true);
    expect(await badgeText()).toBe('1');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('replaces the previous nudge’s notification instead of stacking a second one', async () => {
    await installWithAllDay();
    const first = await reachNextNudge();
    const second = await reachNextNudge();
    expect(second.id).not.toBe(first.id);
    expect(await notificationIds()).toEqual([`tend-nudge:${second.id}`]);
  });

  it('over a day of alarms keeps exactly one pending alarm at every step', async () => {
    await installWithAllDay();
    for (let i = 0; i < 8; i++) {
      await reachNextNudge();
      expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    }
    expect((await stored()).log.filter((e) => e.type === 'shown')).toHaveLength(8);
  });
});

describe('an alarm firing a moment early', () => {
  it('still finds its nudge due: one nudge, no re-armed alarm for the same moment', async () => {
    await installWithAllDay();
    const alarm = await nudgeAlarm();
    if (!alarm) throw new Error('no alarm');
    vi.setSystemTime(alarm.scheduledTime - 400);
    await fakeBrowser.alarms.clear(alarm.name);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await flush();
    expect((await stored()).log.filter((e) => e.type === 'shown')).toHaveLength(1);
    expect((await nudgeAlarm())?.scheduledTime).toBeGreaterThan(alarm.scheduledTime + 20 * MINUTE);
  });
});

describe('after a long absence', () => {
  it('a sleep past the due moment brings exactly one catch-up nudge', async () => {
    await installWithAllDay();
    const dueAt = (await stored()).schedule.dueAt ?? 0;
    await sleepFor(dueAt - Date.now() + 40 * MINUTE);
    const { log, current } = await stored();
    expect(log.filter((e) => e.type === 'shown')).toHaveLength(1);
    expect(current?.catchUp).toBe(true);
    // No second nudge right behind it.
    await passTime(20 * MINUTE);
    expect((await stored()).log.filter((e) => e.type === 'shown')).toHaveLength(1);
  });

  it('a browser closed for three days starts again with at most one nudge, then the rhythm', async () => {
    await installWithAllDay();
    await reachNextNudge();
    vi.setSystemTime(Date.now() + 3 * 24 * HOUR);
    await restartBrowser('startup');
    await fireDueAlarms();
    const shownSince = (t: number) => (async () => (await stored()).log.filter((e) => e.type === 'shown' && e.at >= t).length)();
    const back = Date.now();
    expect(await shownSince(back)).toBeLessThanOrEqual(1);
    await passTime(25 * MINUTE);
    expect(await shownSince(back)).toBeLessThanOrEqual(1);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('the browser closed just past the due moment shows that nudge once on startup', async () => {
    await installWithAllDay();
    const dueAt = (await stored()).schedule.dueAt ?? 0;
    vi.setSystemTime(dueAt + 15 * MINUTE);
    await restartBrowser('startup');
    const { log, current } = await stored();
    expect(log.filter((e) => e.type === 'shown')).toHaveLength(1);
    expect(await notificationIds()).toEqual([`tend-nudge:${current?.id ?? ''}`]);
  });
});

describe('the listener boundary', () => {
  it('a failing handler is reported, never thrown into the browser', async () => {
    await installWithAllDay();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('disk trouble'));
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect(error).toHaveBeenCalledWith('Tend:', expect.objectContaining({ message: 'disk trouble' }));
    // The next wake works.
    vi.restoreAllMocks();
    const current = await reachNextNudge();
    expect(current.notified).toBe(true);
  });

  it('a refused badge or alarm call does not stop the notification', async () => {
    await installWithAllDay();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('no badge'));
    const current = await reachNextNudge();
    expect(await notificationIds()).toEqual([`tend-nudge:${current.id}`]);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('a command that fails replies with a code and the field path, for the page to word', async () => {
    await installWithAllDay();
    const { sendRaw } = await import('../support/fake-worker.ts');
    const reply = await sendRaw('saveSettings', { settings: { ...ALL_DAY, intervalMinutes: 'often' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'wrongType', path: 'intervalMinutes' } });
    expect(await sendRaw('nonsense', null)).toMatchObject({ ok: false, error: { code: 'bad-command', path: '' } });
    expect(await sendRaw('start', { strategyId: 7 })).toMatchObject({ ok: false, error: { code: 'bad-payload', path: 'strategyId' } });
  });
});

it('startWorker is the only way in: a second start keeps one set of listeners', async () => {
  await installWithAllDay();
  await startWorker();
  // Two module instances would each answer; the browser keeps only the live worker's.
  await restartWorker();
  const replies = await fakeBrowser.runtime.onMessage.trigger({ command: 'ping', payload: null }, { id: fakeBrowser.runtime.id });
  expect(replies.filter((r) => r !== undefined)).toHaveLength(1);
});
