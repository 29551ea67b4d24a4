/**
 * Storage the worker cannot trust (corrupt, from a newer version, edited by hand) and
 * storage written from many commands at once: defaults with the bad copy kept and one
 * notice, and no update lost under the lock.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIAL_STATE } from '../../src/state/defaults.ts';
import type { State, StateKey } from '../../src/state/types.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { fakeLocks } from '../support/fake-locks.ts';
import { itemBytes, LOCAL_QUOTA_BYTES } from '../support/fake-quota.ts';
import {
  ALL_DAY,
  installWithAllDay,
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
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function corrupt(items: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(items);
  await restartBrowser('startup');
}

const goodLog = async () => (await stored()).log;
/** The kept copies of a slice, oldest first. */
async function backups(key: string): Promise<unknown[]> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(`backup:${key}:`))
    .sort()
    .map((k) => all[k]);
}

interface Case {
  readonly name: string;
  readonly key: StateKey;
  readonly bad: unknown;
  /** Words the notice must contain. */
  readonly notice: RegExp;
}

const PERSONAL: Case[] = [
  { name: 'settings that are not an object', key: 'settings', bad: 'garbage', notice: /settings could not be read \(at “settings”\)/ },
  { name: 'settings from a newer version', key: 'settings', bad: { ...ALL_DAY, version: 99 }, notice: /settings could not be read \(at “version”\)/ },
  { name: 'settings edited by hand', key: 'settings', bad: { ...ALL_DAY, intervalMinutes: 'often' }, notice: /intervalMinutes/ },
  { name: 'a history that is not a list', key: 'log', bad: { 0: 'x' }, notice: /history could not be read, so it starts afresh/ },
  { name: 'own strategies that are not valid', key: 'custom', bad: [{ id: 'custom-x', title: '' }], notice: /own strategies could not be read/ },
];

describe('a slice that fails its schema', () => {
  it.each(PERSONAL)('$name: defaults, the bad copy under a backup key, one notice', async ({ key, bad, notice }) => {
    await installWithAllDay();
    await reachNextNudge();
    await corrupt({ [key]: bad });

    const state = await stored();
    expect(state[key]).toEqual(INITIAL_STATE[key]);
    expect(await backups(key)).toEqual([bad]);
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]?.message).toMatch(notice);
    // The worker carries on: one alarm planned.
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

    // Told once: later wakes add nothing; dismissing removes it.
    await restartBrowser('startup');
    await restartWorker();
    expect((await stored()).notices).toHaveLength(1);
    await send('dismissNotice', { id: state.notices[0]?.id ?? '' });
    expect((await stored()).notices).toEqual([]);
  });

  it('one unreadable history entry: the rest is kept, the whole old copy backed up, one notice', async () => {
    await installWithAllDay();
    await reachNextNudge();
    await reachNextNudge();
    const log = await goodLog();
    const bad = [...log, { at: Date.now(), type: 'hugged', nudgeId: 'x', strategyId: 'y', kind: 'calm' }];
    await corrupt({ log: bad });
    const state = await stored();
    expect(state.log).toEqual(log);
    expect(await backups('log')).toEqual([bad]);
    expect(state.notices.map((n) => n.message)).toEqual([expect.stringMatching(/^One entry of your nudge history/)]);
  });

  it('repaired again and again: each bad copy kept under its own key, the newest three', async () => {
    await installWithAllDay();
    for (let i = 1; i <= 4; i++) {
      vi.setSystemTime(Date.now() + 60_000);
      await corrupt({ log: `broken ${i}` });
    }
    expect(await backups('log')).toEqual(['broken 2', 'broken 3', 'broken 4']);
    expect((await stored()).notices).toHaveLength(4);
  });

  it.each([
    ['schedule', { dueAt: 'soon' }],
    ['current', { id: 7 }],
    ['notices', 'hello'],
    ['health', { notifications: 'maybe' }],
  ] as const)('derived %s: rebuilt silently, no notice, no backup', async (key, bad) => {
    await installWithAllDay();
    await corrupt({ [key]: bad });
    const state: Partial<State> = await stored();
    expect(state.notices ?? []).toEqual([]);
    expect(await backups(key)).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect(state.schedule?.dueAt).toBeGreaterThan(Date.now());
  });

  it('everything garbage at once: defaults everywhere, each personal slice backed up and explained', async () => {
    await installWithAllDay();
    await reachNextNudge();
    const keys = ['settings', 'schedule', 'log', 'current', 'custom', 'notices', 'health'] as const;
    await corrupt(Object.fromEntries(keys.map((k) => [k, 42])));
    const state = await stored();
    expect(state.settings).toEqual(INITIAL_STATE.settings);
    expect(state.log).toEqual([]);
    expect(state.custom).toEqual([]);
    for (const key of ['settings', 'log', 'custom']) expect(await backups(key)).toEqual([42]);
    for (const key of ['schedule', 'current', 'notices', 'health']) expect(await backups(key)).toEqual([]);
    expect(state.notices).toHaveLength(3);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect(await notificationIds()).toEqual([]);
  });
});

const MiB = 1024 * 1024;
const FAR = 1e16;

describe('storage that cannot hold a copy of what is unreadable', () => {
  it('a 5 MiB unreadable history: reset anyway, no copy kept, the notice says so, one alarm', async () => {
    await installWithAllDay();
    await reachNextNudge();
    await corrupt({ log: 'x'.repeat(5 * MiB) });
    const state = await stored();
    expect(state.log).toEqual([]);
    expect(await backups('log')).toEqual([]);
    expect(state.notices.map((n) => n.message)).toEqual([expect.stringMatching(/history could not be read.*too large to keep a copy/)]);
    expect(state.notices[0]?.backupKey).toBeUndefined();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    // And it stays fixed: the next start finds nothing to repair.
    await restartBrowser('startup');
    expect((await stored()).notices).toHaveLength(1);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('two unreadable 3 MiB slices: both reset, neither copied, a notice for each', async () => {
    await installWithAllDay();
    await corrupt({ settings: 's'.repeat(3 * MiB), custom: 'c'.repeat(3 * MiB) });
    const state = await stored();
    expect(state.settings).toEqual(INITIAL_STATE.settings);
    expect(state.custom).toEqual([]);
    expect(await backups('settings')).toEqual([]);
    expect(await backups('custom')).toEqual([]);
    expect(state.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/settings could not be read.*too large to keep a copy/),
      expect.stringMatching(/own strategies could not be read.*too large to keep a copy/),
    ]);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('a copy over 1 MiB is not kept even when there is room for it', async () => {
    await installWithAllDay();
    await corrupt({ custom: 'c'.repeat(1.5 * MiB) });
    expect(await backups('custom')).toEqual([]);
    expect((await stored()).notices.map((n) => n.message)).toEqual([expect.stringMatching(/too large to keep a copy/)]);
  });

  it('storage too full for the copy: the slice is still reset, and the notice says no copy was kept', async () => {
    await installWithAllDay();
    const bad = 'c'.repeat(0.9 * MiB);
    await fakeBrowser.storage.local.set({ custom: bad });
    // Someone else's data fills the rest to within a few bytes: room to reset the slice, none for its copy.
    const used = await fakeBrowser.storage.local.getBytesInUse(null);
    await fakeBrowser.storage.local.set({ other: 'o'.repeat(LOCAL_QUOTA_BYTES - used - itemBytes('other', '') - 100) });
    await restartBrowser('startup');
    const state = await stored();
    expect(state.custom).toEqual([]);
    expect(await backups('custom')).toEqual([]);
    expect(state.notices.map((n) => n.message)).toEqual([expect.stringMatching(/too large to keep a copy/)]);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('a copy that fits once the bad slice is reset is kept (copy and reset are one write)', async () => {
    await installWithAllDay();
    const bad = 'c'.repeat(0.9 * MiB);
    await fakeBrowser.storage.local.set({ other: 'o'.repeat(8.9 * MiB) });
    await corrupt({ custom: bad });
    expect(await backups('custom')).toEqual([bad]);
    expect((await stored()).notices.map((n) => n.message)).toEqual([expect.stringMatching(/A copy is kept in storage/)]);
  });

  it('a kept copy is named by its notice, so the popup can offer it as a file', async () => {
    await installWithAllDay();
    await corrupt({ custom: 'broken' });
    const [notice] = (await stored()).notices;
    expect(notice?.message).toMatch(/A copy is kept in storage/);
    const key = notice?.backupKey ?? '';
    expect(key).toMatch(/^backup:custom:/);
    expect((await fakeBrowser.storage.local.get(key))[key]).toBe('broken');
  });

  it('a copy dropped as the oldest of a slice is no longer offered by its notice', async () => {
    await installWithAllDay();
    for (let i = 1; i <= 4; i++) {
      vi.setSystemTime(Date.now() + 60_000);
      await corrupt({ log: `broken ${i}` });
    }
    const notices = (await stored()).notices;
    const all = await fakeBrowser.storage.local.get(null);
    expect(notices.map((n) => n.backupKey !== undefined)).toEqual([false, true, true, true]);
    for (const n of notices) if (n.backupKey !== undefined) expect(all[n.backupKey]).toBeDefined();
  });
});

describe('moments outside the years Tend can plan in', () => {
  it('a pause until 1e16 in storage: settings reset with the field named, one alarm', async () => {
    await installWithAllDay();
    await corrupt({ settings: { ...ALL_DAY, pause: { until: FAR } } });
    const state = await stored();
    expect(state.settings).toEqual(INITIAL_STATE.settings);
    expect(state.notices.map((n) => n.message)).toEqual([expect.stringMatching(/\(at “pause\.until”\)/)]);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('saveSettings with a pause until 1e16 is refused, naming pause.until', async () => {
    await installWithAllDay();
    await expect(send('saveSettings', { settings: { ...ALL_DAY, pause: { until: FAR } } })).rejects.toMatchObject({ code: 'outOfRange', path: 'pause.until' });
    expect((await stored()).settings).toEqual(ALL_DAY);
  });

  it.each([
    ['schedule', (s: State) => ({ ...s.schedule, dueAt: FAR })],
    ['schedule', (s: State) => ({ ...s.schedule, lastShownAt: -FAR })],
    ['schedule', (s: State) => ({ ...s.schedule, shownAt: [FAR] })],
    ['current', (s: State) => ({ ...s.current, shownAt: FAR })],
    ['current', (s: State) => ({ ...s.current, snoozedUntil: FAR })],
    ['notices', () => [{ id: 'n', at: FAR, message: 'hello' }]],
    ['health', (s: State) => ({ ...s.health, checkedAt: FAR })],
  ] as const)('%s holding a moment out of range is rebuilt, and the worker plans one alarm', async (key, bad) => {
    await installWithAllDay();
    await reachNextNudge();
    await corrupt({ [key]: bad(await stored()) });
    const state = await stored();
    expect(JSON.stringify(state[key] ?? null)).not.toContain(String(FAR));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect(state.schedule.dueAt).toBeGreaterThan(Date.now());
  });

  it('a history event at 1e16 is set aside like any unreadable entry', async () => {
    await installWithAllDay();
    await reachNextNudge();
    const log = await goodLog();
    await corrupt({ log: [...log, { ...log[0], at: FAR }] });
    const state = await stored();
    expect(state.log).toEqual(log);
    expect(state.notices.map((n) => n.message)).toEqual([expect.stringMatching(/^One entry of your nudge history/)]);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });
});

describe('a derived slice rebuilt', () => {
  it('an unreadable plan: the waiting nudge and the notices still there survive', async () => {
    await installWithAllDay();
    const waiting = await reachNextNudge();
    await corrupt({ custom: 'broken' });
    const { notices } = await stored();
    expect(notices).toHaveLength(1);
    await corrupt({ schedule: { dueAt: 'soon' } });
    const state = await stored();
    expect(state.current).toEqual(waiting);
    expect(state.notices).toEqual(notices);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('an unreadable plan while a nudge is put off: the same nudge still comes back when it said', async () => {
    await installWithAllDay();
    const waiting = await reachNextNudge();
    const { until } = await send('snooze', { nudgeId: waiting.id });
    await corrupt({ schedule: 42 });
    expect((await stored()).current).toEqual({ ...waiting, snoozedUntil: until });
    expect((await nudgeAlarm())?.scheduledTime).toBe(until);
    await passTime((until ?? 0) - Date.now());
    expect((await stored()).current).toMatchObject({ id: waiting.id, snoozedUntil: null });
  });

  it('one unreadable notice: the others are kept', async () => {
    await installWithAllDay();
    await corrupt({ custom: 'broken' });
    const { notices } = await stored();
    await corrupt({ notices: [...notices, { id: 7 }] });
    expect((await stored()).notices).toEqual(notices);
  });
});

describe('twenty commands at once', () => {
  const STARTS = STRATEGIES.slice(0, 10).map((s) => s.id);

  it.each(['a promise chain (no Web Locks)', 'Web Locks'])('lose no update under %s', async (how) => {
    const locks = fakeLocks();
    if (how === 'Web Locks') vi.stubGlobal('navigator', { locks });
    await installWithAllDay();
    await reachNextNudge();
    const before = await goodLog();

    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        send('addCustom', { kind: 'calm', title: `Mine ${i}`, message: 'Three slow breaths.', steps: [], minutes: 1 }),
      ),
      ...STARTS.map((strategyId) => send('start', { strategyId })),
    ]);

    const state = await stored();
    expect(state.custom.map((s) => s.title).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Mine ${i}`).sort());
    const asked = state.log.slice(before.length).filter((e) => e.type === 'shown' && e.asked);
    expect(asked.map((e) => e.strategyId).sort()).toEqual([...STARTS].sort());
    expect(state.log.slice(0, before.length)).toEqual(before);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    if (how === 'Web Locks') expect(locks.contended).toBeGreaterThan(0);
  });

  it('answers, snoozes and settings together keep every answer in the log', async () => {
    await installWithAllDay();
    const nudges = [];
    for (let i = 0; i < 5; i++) nudges.push(await reachNextNudge());
    const current = nudges.at(-1);
    if (!current) throw new Error('no nudge');
    await Promise.all([
      send('snooze', { nudgeId: current.id }),
      send('done', { nudgeId: current.id }),
      ...Array.from({ length: 8 }, (_, i) => send('saveSettings', { settings: { ...ALL_DAY, snoozeMinutes: 10 + i } })),
      ...Array.from({ length: 10 }, (_, i) =>
        send('addCustom', { kind: 'move', title: `Walk ${i}`, message: 'Round the block.', steps: [], minutes: 5 }),
      ),
    ]);
    const state = await stored();
    // The lock runs them in the order sent: Later snoozes the nudge (still on offer), then
    // Done answers it; both are in the log.
    const answers = state.log.filter((e) => e.nudgeId === current.id && e.type !== 'shown').map((e) => e.type);
    expect(answers).toEqual(['snoozed', 'done']);
    expect(state.settings.snoozeMinutes).toBe(17);
    expect(state.custom).toHaveLength(10);
    expect(state.log.filter((e) => e.type === 'shown')).toHaveLength(5);
  });
});

describe('your own strategies', () => {
  it('stop at the limit with a message in the person’s language, and keep the ones there are', async () => {
    await installWithAllDay();
    const mine = (i: number) => ({ kind: 'move' as const, title: `Walk ${i}`, message: 'Round the block.', steps: [], minutes: 5 });
    for (let i = 0; i < 50; i++) await send('addCustom', mine(i));

    await expect(send('addCustom', mine(50))).rejects.toMatchObject({ code: 'custom-limit' });
    const state = await stored();
    expect(state.custom).toHaveLength(50);
    expect(state.custom.at(-1)?.title).toBe('Walk 49');

    await send('removeCustom', { id: state.custom[0]!.id });
    await send('addCustom', mine(50));
    expect((await stored()).custom.map((s) => s.title)).toContain('Walk 50');
  });
});
