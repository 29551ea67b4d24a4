/**
 * The worker and the log's layout (src/log/fold.ts, background/history.ts): a stored year of
 * the old layout moves into monthly history on the first wake with nothing lost, and from
 * then on a wake reads and writes a few kilobytes, however long the history. Storage reads
 * and writes are watched at the fake browser's storage.local, keys and bytes.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_PREFIX, RECENT_DAYS, historyKey } from '../../src/log/fold.ts';
import { EMPTY_SUMMARY } from '../../src/log/summary.ts';
import type { LogEvent } from '../../src/log/types.ts';
import { storedBytes } from '../../src/state/backups.ts';
import { installWithAllDay, notificationIds, nudgeAlarm, passTime, restartBrowser, stored } from '../support/fake-worker.ts';
import { storedYear } from '../support/sim-history.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 9, 30);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const byTime = (events: readonly LogEvent[]): LogEvent[] => [...events].sort((a, b) => a.at - b.at || a.type.localeCompare(b.type) || a.nudgeId.localeCompare(b.nudgeId));

async function history(): Promise<Record<string, LogEvent[]>> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(HISTORY_PREFIX))) as Record<string, LogEvent[]>;
}

/** A long-time user: installed, then a year of the old layout's log in storage, then the browser restarts. */
async function withStoredYear(): Promise<LogEvent[]> {
  await installWithAllDay();
  const year = storedYear(NOW - DAY);
  await fakeBrowser.storage.local.set({ log: year });
  await restartBrowser('startup');
  return year;
}

/** Every storage.local read and write while `during` runs: keys and the bytes they carry. */
async function watched(during: () => Promise<unknown>) {
  const reads: { keys: string[]; bytes: number }[] = [];
  const writes: { keys: string[]; bytes: number }[] = [];
  const area = fakeBrowser.storage.local;
  const get = area.get.bind(area);
  const set = area.set.bind(area);
  // The fake's quota check (support/fake-quota.ts) reads everything inside each set: not the worker's reads.
  let inSet = 0;
  const reading = vi.spyOn(area, 'get').mockImplementation(async (keys?: Parameters<typeof area.get>[0]) => {
    const items = await get(keys);
    if (inSet > 0) return items;
    reads.push({ keys: Object.keys(items), bytes: Object.entries(items).reduce((sum, [k, v]) => sum + storedBytes(k, v), 0) });
    return items;
  });
  const writing = vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    writes.push({ keys: Object.keys(items), bytes: Object.entries(items).reduce((sum, [k, v]) => sum + storedBytes(k, v), 0) });
    inSet++;
    try {
      await set(items);
    } finally {
      inSet--;
    }
  });
  await during();
  reading.mockRestore();
  writing.mockRestore();
  const total = (xs: { bytes: number }[]) => xs.reduce((sum, x) => sum + x.bytes, 0);
  return { reads, writes, readBytes: total(reads), writtenBytes: total(writes), keysRead: new Set(reads.flatMap((r) => r.keys)) };
}

describe('a stored year of the old layout', () => {
  it('moves on the first wake: the last days stay in the log, the rest in its months, nothing lost', async () => {
    const year = await withStoredYear();
    const state = await stored();
    const months = await history();
    expect(state.log.every((e) => e.at >= NOW - RECENT_DAYS * DAY)).toBe(true);
    expect(Object.keys(months).length).toBeGreaterThanOrEqual(6);
    for (const [key, events] of Object.entries(months)) for (const e of events) expect(historyKey(e.at)).toBe(key);
    expect(byTime([...state.log, ...Object.values(months).flat()])).toEqual(byTime(year));
    expect(state.logSummary.answers.length).toBeGreaterThan(10);

    // Once moved, later wakes move nothing again.
    await restartBrowser('startup');
    expect(await history()).toEqual(months);
    expect((await stored()).log).toEqual(state.log);
  });
});

describe('a wake with a year of history', () => {
  it('reads and writes a bounded slice: no month of history, a few kilobytes', async () => {
    const year = await withStoredYear();
    const oldLog = storedBytes('log', year);
    expect(oldLog).toBeGreaterThan(100 * 1024);

    const alarm = await nudgeAlarm();
    if (!alarm) throw new Error('no nudge planned');
    // Only the wake itself is watched: the clock runs to the alarm, which fires.
    const wake = await watched(() => passTime(alarm.scheduledTime - Date.now()));
    const { current } = await stored();
    expect(current?.shownAt).toBe(alarm.scheduledTime);
    expect(await notificationIds()).toContain(`tend-nudge:${current?.id ?? ''}`);
    expect([...wake.keysRead].filter((k) => k.startsWith(HISTORY_PREFIX))).toEqual([]);
    expect(wake.readBytes).toBeLessThan(24 * 1024);
    expect(wake.writes.flatMap((w) => w.keys).filter((k) => k.startsWith(HISTORY_PREFIX))).toEqual([]);
    // Every read and write of the wake together is a fraction of the old log alone.
    expect(wake.readBytes + wake.writtenBytes).toBeLessThan(oldLog / 3);
  });

  it('once a day the first wake moves a day into its month: it reads and writes that month only', async () => {
    await withStoredYear();
    const wake = await watched(() => passTime(2 * DAY));
    const months = [...wake.keysRead].filter((k) => k.startsWith(HISTORY_PREFIX));
    expect(months.length).toBeLessThanOrEqual(2);
    const written = wake.writes.flatMap((w) => w.keys).filter((k) => k.startsWith(HISTORY_PREFIX));
    expect(new Set(written).size).toBeLessThanOrEqual(2);
    // A month's history is bounded (fold.ts HISTORY_MONTH_MAX_EVENTS); a default month is ~30 KB.
    expect(Math.max(...wake.reads.map((r) => r.bytes))).toBeLessThan(64 * 1024);
  });
});

/** The kept copies of a key, oldest first. */
async function backups(key: string): Promise<unknown[]> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.keys(all).filter((k) => k.startsWith(`backup:${key}:`)).sort().map((k) => all[k]);
}

describe('a new slice that cannot be read', () => {
  it('the summary: learned afresh, the bad copy kept, one notice; the history untouched', async () => {
    await withStoredYear();
    const months = await history();
    await fakeBrowser.storage.local.set({ logSummary: { at: 'yesterday' } });
    await restartBrowser('startup');
    const state = await stored();
    expect(state.logSummary).toEqual(EMPTY_SUMMARY);
    expect(await backups('logSummary')).toEqual([{ at: 'yesterday' }]);
    expect(state.notices.map((n) => n.message)).toEqual([expect.stringMatching(/^What Tend learned from your older answers could not be read/)]);
    expect(await history()).toEqual(months);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('a month of history: starts afresh from what moves into it, the bad copy kept, one notice', async () => {
    await installWithAllDay();
    const year = storedYear(NOW - DAY);
    const key = historyKey(NOW - 15 * DAY);
    await fakeBrowser.storage.local.set({ log: year, [key]: 'garbage' });
    await restartBrowser('startup');
    const state = await stored();
    const months = await history();
    expect(months[key]).toEqual(year.filter((e) => historyKey(e.at) === key && e.at < NOW - RECENT_DAYS * DAY));
    expect(await backups(key)).toEqual(['garbage']);
    const month = key.slice(HISTORY_PREFIX.length);
    expect(state.notices.map((n) => n.message)).toEqual([`Your nudge history of ${month} could not be read, so it starts afresh. A copy of the old one is kept in storage.`]);
    expect(byTime([...state.log, ...Object.values(months).flat()])).toEqual(byTime(year));
  });
});
