/**
 * Settings that follow you (issue 13), with the real worker in two in-memory browsers that
 * share one quota-enforcing sync area (tests/support/fake-sync.ts): they converge; edits to
 * two fields both survive, the newest edit of one field wins; a hostile sync value is refused
 * like a hostile file (storage byte-identical); over quota nothing is written and nothing
 * is lost; off means no writes; people go only with the second opt-in.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import type { Settings } from '../../src/settings/types.ts';
import { layout } from '../../src/sync/items.ts';
import type { SyncPrefs } from '../../src/sync/prefs.ts';
import { flush, MINUTE, passTime, send, stored } from '../support/fake-worker.ts';
import { syncArea, twoBrowsers } from '../support/fake-sync.ts';

const settings = async (): Promise<Settings> => ((await fakeBrowser.storage.local.get('settings'))['settings'] as Settings | undefined) ?? DEFAULT_SETTINGS;
const prefs = async (): Promise<SyncPrefs> => (await fakeBrowser.storage.local.get('sync'))['sync'] as SyncPrefs;
const syncKeys = async (): Promise<string[]> => Object.keys(await fakeBrowser.storage.sync.get(null)).sort();
const save = async (change: Partial<Settings>): Promise<void> => {
  await send('saveSettings', { settings: { ...(await settings()), ...change } });
  // The worker stamps the change as storage reports it, after the command has answered.
  await flush();
  await flush();
};
/** The sync alarm's delay, and a little more. */
const afterDelay = () => passTime(31_000);

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 11, 1, 12, 0), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('settings that follow you', () => {
  it('is off by default: nothing is written to sync', async () => {
    await twoBrowsers();
    await save({ snoozeMinutes: 45 });
    await afterDelay();
    expect(await syncKeys()).toEqual([]);
    expect(syncArea.writes).toEqual([]);
  });

  it('two browsers converge: a change in A reaches B; edits to two fields both survive; the newest edit of one field wins', async () => {
    const browsers = await twoBrowsers();
    await save({ snoozeMinutes: 45 });
    const on = await send('setSync', { enabled: true, people: false });
    expect(on).toMatchObject({ enabled: true, people: false, problem: null });
    expect(await syncKeys()).toEqual(['tend.custom.0', 'tend.index', 'tend.settings.0']);

    // B joins: what sync holds is taken, not overwritten by B's defaults.
    await browsers.use('B');
    expect((await settings()).snoozeMinutes).toBe(DEFAULT_SETTINGS.snoozeMinutes);
    await send('setSync', { enabled: true, people: false });
    expect((await settings()).snoozeMinutes).toBe(45);

    // Offline edits to two different fields: A the daily cap, B the snooze.
    await browsers.use('A');
    await passTime(MINUTE);
    await save({ dailyCap: 3 });
    await browsers.use('B');
    await passTime(MINUTE);
    await save({ snoozeMinutes: 20 });
    await afterDelay();
    await browsers.use('A');
    expect(await settings()).toMatchObject({ dailyCap: 3, snoozeMinutes: 20 });
    await afterDelay();
    await browsers.use('B');
    expect(await settings()).toMatchObject({ dailyCap: 3, snoozeMinutes: 20 });

    // The same field in both: the later edit wins everywhere.
    await passTime(MINUTE);
    await save({ dailyCap: 7 });
    await browsers.use('A');
    await passTime(MINUTE);
    await save({ dailyCap: 5 });
    await afterDelay();
    await browsers.use('B');
    expect((await settings()).dailyCap).toBe(5);
    await afterDelay();
    await browsers.use('A');
    expect((await settings()).dailyCap).toBe(5);
    expect((await prefs()).problem).toBeNull();
  });

  it('a change arriving while the worker runs is taken in at once, under the lock', async () => {
    const browsers = await twoBrowsers();
    await send('setSync', { enabled: true, people: false });
    await browsers.use('B');
    await send('setSync', { enabled: true, people: false });
    // A's write, as it reaches B through the account.
    const later = Date.now() + MINUTE;
    const edited = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).filter((k) => k !== 'version').map((k) => [k, k === 'askFelt' ? later : 0]));
    await fakeBrowser.storage.sync.set(layout({ settings: JSON.stringify({ value: { ...DEFAULT_SETTINGS, askFelt: !DEFAULT_SETTINGS.askFelt }, edited }), custom: '[]' }));
    await passTime(0);
    await vi.waitFor(async () => { expect((await settings()).askFelt).toBe(!DEFAULT_SETTINGS.askFelt); });
  });

  it('a hostile sync value is refused like a hostile file: the problem named, storage here byte-identical', async () => {
    await twoBrowsers();
    await send('setSync', { enabled: true, people: false });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const hostile = layout({ settings: `{"value":${JSON.stringify({ ...DEFAULT_SETTINGS, dailyCap: 'lots' })},"edited":{}}`, custom: '[]' });
    await fakeBrowser.storage.sync.set(hostile);
    await vi.waitFor(async () => { expect((await prefs()).problem).toMatchObject({ kind: 'refused', detail: 'wrongType', path: 'settings.dailyCap' }); });
    // Everything but the sync slice (which now holds the problem), byte for byte.
    const withoutSync = (all: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'sync')));
    expect(withoutSync(await fakeBrowser.storage.local.get(null))).toBe(withoutSync(JSON.parse(before) as Record<string, unknown>));
    // A __proto__ too.
    await fakeBrowser.storage.sync.set(layout({ settings: '{"__proto__":{"polluted":true}}', custom: '[]' }));
    await vi.waitFor(async () => { expect((await prefs()).problem).toMatchObject({ kind: 'refused', detail: 'forbiddenKey' }); });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('over quota: nothing is written, the problem is stored, and everything stays here', async () => {
    await twoBrowsers();
    await send('setSync', { enabled: true, people: false });
    const syncBefore = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    // 50 own strategies of accented text: about 180 KB, more than sync's 100 KB.
    const long = (n: number) => 'é'.repeat(n);
    for (let i = 0; i < 50; i++) {
      await send('addCustom', { kind: 'calm', title: `${i} ${long(30)}`, message: long(120), steps: Array.from({ length: 8 }, () => long(200)), minutes: 5 });
    }
    await afterDelay();
    expect((await prefs()).problem).toMatchObject({ kind: 'overQuota', path: 'total' });
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toBe(syncBefore);
    expect((await stored()).custom).toHaveLength(50);
    expect(syncArea.refusals).toEqual([]);
  });

  it('turning sync off stops every write', async () => {
    await twoBrowsers();
    await send('setSync', { enabled: true, people: false });
    await save({ dailyCap: 9 });
    await afterDelay();
    const writes = syncArea.writes.length;
    expect(writes).toBeGreaterThan(1);
    await send('setSync', { enabled: false, people: false });
    await save({ dailyCap: 6 });
    await afterDelay();
    await passTime(10 * MINUTE);
    expect(syncArea.writes.length).toBe(writes);
    expect(await fakeBrowser.alarms.get('sync')).toBeUndefined();
  });

  it('people go only with the second opt-in, and leave sync when it is turned off', async () => {
    const browsers = await twoBrowsers();
    await send('addPerson', { name: 'Alice', rhythmDays: 14 });
    await send('setSync', { enabled: true, people: false });
    expect(await syncKeys()).not.toContain('tend.people.0');
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('Alice');
    await send('setSync', { enabled: true, people: true });
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toContain('Alice');
    await browsers.use('B');
    await send('setSync', { enabled: true, people: true });
    expect((await stored()).people.people.map((p) => p.name)).toEqual(['Alice']);
    await send('setSync', { enabled: true, people: false });
    expect(await syncKeys()).toEqual(['tend.custom.0', 'tend.index', 'tend.settings.0']);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('Alice');
  });
});
