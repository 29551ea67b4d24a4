/**
 * Your data through the real worker (issue 13): an import is applied in one write and
 * re-plans; a refused one — however hostile the file — leaves every stored key byte for
 * byte as it was; erase is a fresh install with one alarm and a notice; and any valid
 * export round-trips: export → erase → import → export gives the same data.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportReply } from '../../src/commands/data.ts';
import { readExport } from '../../platform/export-read.ts';
import { exportOf, exportText } from '../../src/data/export.ts';
import type { ExportFile, TendData } from '../../src/data/format.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { NOW, tendData } from '../support/data-arbitraries.ts';
import '../support/fake-quota.ts';
import { ALL_DAY, install, notificationIds, send, sendRaw } from '../support/fake-worker.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Every stored key as its JSON: what "byte for byte" compares. */
async function snapshot(): Promise<Record<string, string>> {
  const all: Record<string, unknown> = await fakeBrowser.storage.local.get(null);
  return Object.fromEntries(Object.keys(all).sort().map((key) => [key, JSON.stringify(all[key])]));
}

const text = (data: TendData): string => exportText(exportOf(data, NOW, '0.1.0'));
const without = (file: ExportFile): Omit<ExportFile, 'exportedAt'> => ({ ...file, exportedAt: undefined }) as Omit<ExportFile, 'exportedAt'>;
const importText = (t: string, mode: 'replace' | 'merge' = 'replace'): Promise<ImportReply> => send('importData', { text: t, mode });

const ALICE = { id: 'alice', name: 'Alice', rhythmDays: 14, contacts: [], addedAt: NOW - 86_400_000, updatedAt: NOW - 86_400_000 };
const SOME: TendData = {
  settings: { ...ALL_DAY, dailyCap: 7 },
  custom: [],
  people: [ALICE],
  journal: [{ id: 'e1', at: NOW - 3_600_000, words: ['calm'], updatedAt: NOW - 3_600_000 }],
  felt: [],
  log: [{ at: NOW - 40 * 86_400_000, type: 'shown', nudgeId: 'n1', strategyId: 'walk', kind: 'move', line: 0 }],
};

describe('import through the worker', () => {
  it('applies a file in one storage write, re-plans with its settings, and replies with what it brought', async () => {
    await install();
    const writes: string[][] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items: Record<string, unknown>) => {
      writes.push(Object.keys(items));
      return set(items);
    });
    const reply = await importText(text(SOME));
    expect(reply).toMatchObject({ ok: true, imported: { people: 1, journal: 1, log: 1, settings: true } });
    // The data in the first write (a later one may only mark the nudge's notification shown).
    expect(writes[0]).toEqual(expect.arrayContaining(['settings', 'people', 'journal', 'log', 'logSummary', 'schedule', 'history:2026-10']));
    const file = await readExport(Date.now(), '0.1.0');
    expect(file.settings.dailyCap).toBe(7);
    expect(file.people).toEqual([ALICE]);
    expect(file.log).toEqual(SOME.log);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('merge keeps the settings here and adds what only the file has', async () => {
    await install();
    await importText(text(SOME));
    const bob = { ...ALICE, id: 'bob', name: 'Bob' };
    const reply = await importText(text({ ...SOME, settings: DEFAULT_SETTINGS, people: [bob] }), 'merge');
    expect(reply.ok).toBe(true);
    const file = await readExport(Date.now(), '0.1.0');
    expect(file.settings.dailyCap).toBe(7);
    expect(file.people.map((p) => p.name)).toEqual(['Alice', 'Bob']);
  });

  it('a page cannot skip the checks: the worker refuses a bad file sent straight to it', async () => {
    await install();
    expect(await importText('{"format": 1}')).toEqual({ ok: false, code: 'missing', path: 'tend' });
    const reply = await sendRaw('importData', { text: 42, mode: 'replace' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-payload', path: 'text' } });
  });

  it('any refused file leaves storage byte for byte as it was (1,000 hostile files)', async () => {
    await install();
    await importText(text(SOME));
    const before = await snapshot();
    const alarms = JSON.stringify(await fakeBrowser.alarms.getAll());
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      tendData.map((d) => text(d).replace('"settings": {', '"settings": { "__proto__": { "x": 1 },')),
      tendData.map((d) => text({ ...d, people: [...d.people, ALICE, ALICE] })),
      tendData.map((d) => text(d).replace('"log": [', `"log": [${'['.repeat(5000)}${']'.repeat(5000)},`)),
      tendData.map((d) => text(d).replace(/"version": 3/, '"version": "3"')),
      tendData.map((d) => text({ ...d, journal: [{ ...SOME.journal[0], text: 'x'.repeat(10_000) } as TendData['journal'][number]] })),
      tendData.map((d) => text(d).slice(0, Math.floor(text(d).length / 2))),
      // Valid alone, but a merge past the people limit (100) is refused after the state is read.
      fc.constant(text({ ...SOME, people: Array.from({ length: 100 }, (_, i) => ({ ...ALICE, id: `p${i}` })) })),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom('replace' as const, 'merge' as const), async (file, mode) => {
        const reply = await importText(file, file.includes('"p99"') ? 'merge' : mode);
        expect(reply.ok).toBe(false);
        refused++;
        expect(await snapshot()).toEqual(before);
        expect(JSON.stringify(await fakeBrowser.alarms.getAll())).toBe(alarms);
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBe(1000);
  }, 300_000);
});

describe('erase everything', () => {
  it('is a fresh install: defaults, no data, one alarm planned, a notice saying so', async () => {
    await install();
    await importText(text(SOME));
    await send('eraseAll', null);
    const all: Record<string, unknown> = await fakeBrowser.storage.local.get(null);
    expect(all['settings']).toEqual(DEFAULT_SETTINGS);
    expect(all['people']).toEqual({ version: 1, people: [] });
    expect(all['journal']).toEqual({ version: 1, entries: [] });
    expect(all['log']).toEqual([]);
    expect(Object.keys(all).filter((k) => k.startsWith('history:'))).toEqual([]);
    expect(all['notices']).toEqual([expect.objectContaining({ message: expect.stringContaining('erased') as unknown })]);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual(['nudge']);
    expect(await notificationIds()).toEqual([]);
  });
});

describe('round trip', () => {
  it('any valid export: export → erase → import → export gives the same data (1,000 files)', async () => {
    await install();
    let trips = 0;
    await fc.assert(
      fc.asyncProperty(tendData, async (data) => {
        expect(await importText(text(data))).toMatchObject({ ok: true });
        const first = await readExport(Date.now(), '0.1.0');
        expect({ ...first, format: 1 }).toMatchObject({ settings: data.settings, people: data.people, journal: data.journal, custom: data.custom, felt: data.felt, log: data.log });
        await send('eraseAll', null);
        expect((await readExport(Date.now(), '0.1.0')).people).toEqual([]);
        expect(await importText(exportText(first))).toMatchObject({ ok: true });
        const second = await readExport(Date.now(), '0.1.0');
        expect(without(second)).toEqual(without(first));
        trips++;
      }),
      { numRuns: 1000 },
    );
    expect(trips).toBe(1000);
  }, 600_000);
});
