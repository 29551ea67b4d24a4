/**
 * Holds: a nudge due while the person is away (idle or locked), watching something
 * fullscreen, or in a call (a tab playing audio) waits, and comes shortly after the hold
 * lifts. Idle lifting wakes the worker itself; fullscreen and audio are re-checked on the
 * core's schedule. Each hold can be switched off.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Tabs } from '../../platform/browser.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/settings/types.ts';
import type { State } from '../../src/state/types.ts';
import {
  ALL_DAY,
  MINUTE,
  badgeText,
  installWithAllDay,
  notificationIds,
  nudgeAlarm,
  passTime,
  setIdle,
  stored,
} from '../support/fake-worker.ts';

const START = Date.UTC(2026, 2, 4, 12, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

// Storage as read raw: the log is undefined until the first nudge writes it.
const shownCount = async () => (((await stored()) as Partial<State>).log ?? []).filter((e) => e.type === 'shown').length;

/** Runs the clock to the planned nudge's moment and fires its alarm. */
async function reachDueMoment(): Promise<void> {
  const alarm = await nudgeAlarm();
  if (!alarm) throw new Error('no nudge alarm');
  await passTime(alarm.scheduledTime - Date.now());
}

interface Hold {
  readonly name: string;
  readonly setting: keyof Settings['holds'];
  start(): Promise<void>;
  lift(): Promise<void>;
}

let fullscreenId: number | undefined;

const HOLDS: Hold[] = [
  {
    name: 'idle',
    setting: 'idle',
    start: () => setIdle('idle'),
    lift: () => setIdle('active'),
  },
  {
    name: 'locked screen',
    setting: 'idle',
    start: () => setIdle('locked'),
    lift: () => setIdle('active'),
  },
  {
    name: 'fullscreen window',
    setting: 'fullscreen',
    async start() {
      fullscreenId = (await fakeBrowser.windows.create({ state: 'fullscreen' })).id;
    },
    async lift() {
      if (fullscreenId !== undefined) await fakeBrowser.windows.remove(fullscreenId);
    },
  },
  {
    name: 'tab playing audio',
    setting: 'audio',
    async start() {
      await fakeBrowser.tabs.update(0, { audible: true } as Tabs.UpdateUpdatePropertiesType);
    },
    async lift() {
      await fakeBrowser.tabs.update(0, { audible: false } as Tabs.UpdateUpdatePropertiesType);
    },
  },
];

describe.each(HOLDS)('a $name', (hold) => {
  it('holds a due nudge, re-checks on a sound schedule, and delivers soon after it lifts', async () => {
    await installWithAllDay();
    await hold.start();
    await reachDueMoment();

    const held = await stored();
    expect(await shownCount()).toBe(0);
    expect(await notificationIds()).toEqual([]);
    expect(await badgeText()).toBe('');
    expect(held.schedule.heldSince).toBe(Date.now());
    // One alarm, for the re-check: not sooner than 5 minutes, not later than 30.
    const recheck = (await nudgeAlarm())?.scheduledTime ?? 0;
    expect(recheck - Date.now()).toBeGreaterThanOrEqual(5 * MINUTE);
    expect(recheck - Date.now()).toBeLessThanOrEqual(30 * MINUTE);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

    // Still held at the re-check: still nothing, and the next look no sooner.
    await passTime(recheck - Date.now());
    expect(await shownCount()).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

    await hold.lift();
    // Idle lifting wakes the worker at once (nudge 1–3 min later); the others are seen at
    // the next re-check, at most 30 minutes on.
    await passTime(31 * MINUTE);
    expect(await shownCount()).toBe(1);
    const { current } = await stored();
    expect(current?.catchUp).toBe(false); // held is not late
    expect(await notificationIds()).toEqual([`tend-nudge:${current?.id ?? ''}`]);
    expect(await badgeText()).toBe('1');
  });

  it('delivers on time when switched off in settings', async () => {
    await installWithAllDay({ ...ALL_DAY, holds: { ...ALL_DAY.holds, [hold.setting]: false } });
    await hold.start();
    await reachDueMoment();
    expect(await shownCount()).toBe(1);
    expect(await notificationIds()).toHaveLength(1);
  });
});

describe('the idle hold lifting', () => {
  it('wakes the worker by itself: the nudge comes one to three minutes after the person returns', async () => {
    await installWithAllDay();
    await setIdle('idle');
    await reachDueMoment();
    const back = Date.now() + 7 * MINUTE;
    vi.setSystemTime(back);
    await setIdle('active');
    const alarm = (await nudgeAlarm())?.scheduledTime ?? 0;
    expect(alarm - back).toBeGreaterThanOrEqual(MINUTE);
    expect(alarm - back).toBeLessThanOrEqual(3 * MINUTE + 1);
    await passTime(alarm - Date.now());
    expect(await shownCount()).toBe(1);
  });

  it('going idle with nothing due changes nothing and writes nothing', async () => {
    await installWithAllDay();
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await setIdle('idle');
    await setIdle('active');
    expect(write).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('asks the idle API with a detection interval of at least 15 s', async () => {
    await installWithAllDay();
    const query = vi.spyOn(fakeBrowser.idle, 'queryState');
    await reachDueMoment();
    expect(query).toHaveBeenCalled();
    for (const [seconds] of query.mock.calls) expect(seconds).toBeGreaterThanOrEqual(15);
  });
});

it('a browser that cannot report a hold still delivers (a nudge during a film beats none)', async () => {
  await installWithAllDay();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.windows, 'getAll').mockRejectedValue(new Error('windows API unavailable'));
  await reachDueMoment();
  expect(await shownCount()).toBe(1);
});
