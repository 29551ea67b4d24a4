/**
 * The journal through the real worker (issue 12): entries written, edited and deleted by
 * command, refusals replied as codes with nothing saved, the journal never read on a wake,
 * and an unreadable journal repaired (copy kept, one notice) when a journal command next
 * reads it. The after-Done answer lands in its own small slice the picker reads.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTRY_TEXT_MAX } from '../../src/journal/limits.ts';
import type { State } from '../../src/state/types.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { extras } from '../support/fake-extras.ts';
import { ALL_DAY, HOUR, flush, installWithAllDay, passTime, reachNextNudge, send, sendRaw, stored } from '../support/fake-worker.ts';

const START = Date.UTC(2026, 2, 4, 12, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('journal commands', () => {
  it('write, edit and delete an entry; a refusal saves nothing and says why by code and path', async () => {
    await installWithAllDay();
    const added = await send('addEntry', { words: ['hopeful', 'tired'], text: 'a long day' });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.id : '';
    expect((await stored()).journal).toEqual({ version: 1, entries: [{ id, at: START, words: ['hopeful', 'tired'], text: 'a long day', updatedAt: START }] });

    const before = (await stored()).journal;
    expect(await send('addEntry', { words: ['calm'], text: 'x'.repeat(ENTRY_TEXT_MAX + 1) })).toEqual({ ok: false, code: 'text-too-long', path: 'text' });
    expect(await send('addEntry', { words: ['not-a-feeling'] })).toEqual({ ok: false, code: 'unknown-word', path: 'words.0' });
    expect((await stored()).journal).toEqual(before);

    vi.setSystemTime(START + HOUR);
    expect(await send('editEntry', { id, words: ['calm'] })).toEqual({ ok: true, id });
    expect((await stored()).journal.entries).toEqual([{ id, at: START, words: ['calm'], updatedAt: START + HOUR }]);
    expect(await send('deleteEntry', { id })).toEqual({ ok: true, id });
    expect(await send('deleteEntry', { id })).toEqual({ ok: false, code: 'unknown-entry', path: 'id' });
    expect((await stored()).journal.entries).toEqual([]);
    // A payload of the wrong shape never reaches the core.
    expect((await sendRaw('addEntry', { words: 'calm' })).ok).toBe(false);
  });

  it('never reads the journal on a wake', async () => {
    await installWithAllDay();
    await send('addEntry', { words: ['calm'] });
    await reachNextNudge();
    // From here on only the worker reads (the test's own helpers read everything).
    const local = fakeBrowser.storage.local;
    const original = local.get.bind(local);
    const asked: unknown[] = [];
    vi.spyOn(local, 'get').mockImplementation((keys?: Parameters<typeof local.get>[0]) => {
      // The harness's quota check (tests/support/fake-quota.ts) measures everything; the worker's own reads are what count.
      if (!(new Error().stack ?? '').includes('fake-quota')) asked.push(keys);
      return original(keys);
    });
    await passTime(6 * HOUR);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(asked.length).toBeGreaterThan(0);
    for (const keys of asked) {
      expect(keys === null || keys === undefined).toBe(false);
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys as object);
      expect(list).not.toContain('journal');
    }
  });

  it('an unreadable journal waits untouched through wakes, then is repaired by the next journal command, with a copy and one notice', async () => {
    await installWithAllDay();
    await fakeBrowser.storage.local.set({ journal: { version: 1, entries: 'broken' } });
    await passTime(2 * HOUR);
    expect((await stored()).journal).toEqual({ version: 1, entries: 'broken' });
    expect(((await stored()) as Partial<State>).notices ?? []).toEqual([]);

    const added = await send('addEntry', { words: ['relieved'] });
    expect(added.ok).toBe(true);
    const { journal, notices } = await stored();
    expect(journal.entries.map((e) => e.words)).toEqual([['relieved']]);
    expect(notices).toHaveLength(1);
    const copy = notices[0]?.backupKey ?? '';
    expect(copy).toMatch(/^backup:journal:/);
    expect((await fakeBrowser.storage.local.get(copy))[copy]).toEqual({ version: 1, entries: 'broken' });
  });

  it('one unreadable entry costs only itself', async () => {
    await installWithAllDay();
    const good = { id: 'a1', at: START - HOUR, words: ['calm'], updatedAt: START - HOUR };
    await fakeBrowser.storage.local.set({ journal: { version: 1, entries: [good, { id: 'b2', at: 'yesterday', words: ['calm'], updatedAt: 0 }] } });
    await send('addEntry', { words: ['proud'] });
    const { journal, notices } = await stored();
    expect(journal.entries.map((e) => e.id)[0]).toBe('a1');
    expect(journal.entries).toHaveLength(2);
    expect(notices[0]?.message).toMatch(/One journal entry could not be read/);
  });
});

describe('how do you feel now', () => {
  it('records the answer for the kind of the nudge done, in its own slice, and refuses a nudge not done', async () => {
    await installWithAllDay();
    const { nudgeId } = await send('start', { strategyId: 'calm-slow-breathing' });
    expect(await send('felt', { nudgeId, felt: 'lighter' })).toEqual({ ok: false, code: 'unknown-entry', path: 'nudgeId' });
    await send('done', { nudgeId });
    expect(await send('felt', { nudgeId, felt: 'lighter' })).toEqual({ ok: true, id: nudgeId });
    expect((await stored()).felt).toEqual([{ at: START, nudgeId, kind: 'calm', felt: 'lighter' }]);
    expect((await sendRaw('felt', { nudgeId, felt: 'great' })).ok).toBe(false);
  });
});

describe('a reflect nudge\'s notification', () => {
  it('opens the popup on the journal (a tab when the browser will not), and the toolbar button on Now again', async () => {
    const reflectOnly = { ...ALL_DAY, kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: k === 'reflect', weight: 1 }])) as typeof ALL_DAY.kinds };
    await installWithAllDay(reflectOnly);
    const current = await reachNextNudge();
    expect(current.kind).toBe('reflect');
    const asked: string[] = [];
    const setPopup = fakeBrowser.action.setPopup.bind(fakeBrowser.action);
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async (details) => {
      asked.push(details.popup ?? '');
      await setPopup(details);
    });
    await fakeBrowser.notifications.onClicked.trigger(`tend-nudge:${current.id}`);
    await flush();
    expect(extras.popupsOpened).toBe(1);
    expect(asked[0]).toBe(`popup/popup.html?strategy=${current.strategyId}&view=journal`);
    expect(extras.popup).toBe(`popup/popup.html?strategy=${current.strategyId}`);

    extras.popupFails = true;
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`tend-nudge:${current.id}`);
    await flush();
    expect(tabs.mock.calls[0]?.[0].url).toMatch(/popup\/popup\.html\?view=journal$/);
  });
});
