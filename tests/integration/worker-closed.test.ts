/**
 * A notification closed: by the person, it is their answer (`dismissed`), the nudge leaves
 * offer and the badge clears; closed within a moment of being shown, as headless Firefox and
 * a system without a notification service do with byUser: true, it is no one's answer and
 * the nudge stays on offer; closed by Tend itself, nothing.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUICK_CLOSE_MS } from '../../src/commands/closed.ts';
import {
  badgeText,
  flush,
  installWithAllDay,
  listening,
  MINUTE,
  notificationIds,
  nudgeAlarm,
  reachNextNudge,
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

/** The browser closes the notification and reports it, as Chrome and Firefox do. */
async function closes(nudgeId: string, byUser: boolean): Promise<void> {
  const id = `tend-nudge:${nudgeId}`;
  await fakeBrowser.notifications.clear(id);
  await fakeBrowser.notifications.onClosed.trigger(id, byUser);
  await flush();
}

const typesOf = async (nudgeId: string) => (await stored()).log.filter((e) => e.nudgeId === nudgeId).map((e) => e.type);

describe('a notification closed', () => {
  it('is listened for from the worker’s first turn', async () => {
    await installWithAllDay();
    expect(listening(fakeBrowser.notifications.onClosed)).toBe(true);
  });

  it('by the person: recorded as dismissed, the nudge leaves offer, the badge clears, one alarm stays', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    vi.setSystemTime(Date.now() + MINUTE);
    await closes(current.id, true);
    expect(await typesOf(current.id)).toEqual(['shown', 'dismissed']);
    expect((await stored()).current ?? null).toBeNull();
    expect(await badgeText()).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect((await nudgeAlarm())?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('within a moment of being shown (headless Firefox, no notification service): not a dismissal, still on offer', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    vi.setSystemTime(current.shownAt + QUICK_CLOSE_MS - 1);
    await closes(current.id, true);
    expect(await typesOf(current.id)).toEqual(['shown']);
    expect((await stored()).current).toMatchObject({ id: current.id, notified: true, snoozedUntil: null });
    expect(await badgeText()).toBe('1');
    // A later answer still counts as the person's.
    await send('done', { nudgeId: current.id });
    expect(await typesOf(current.id)).toEqual(['shown', 'done']);
  });

  it('the test nudge shown again is measured from its new showing, not the first', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    vi.setSystemTime(Date.now() + 30 * MINUTE);
    await send('testNudge', null);
    await flush();
    await closes(current.id, true);
    expect(await typesOf(current.id)).toEqual(['shown']);
    expect(await badgeText()).toBe('1');
  });

  it('by Tend or the system (byUser: false), or an answered one: nothing recorded', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    vi.setSystemTime(Date.now() + MINUTE);
    await closes(current.id, false);
    expect(await typesOf(current.id)).toEqual(['shown']);
    expect(await badgeText()).toBe('1');
    await send('skip', { nudgeId: current.id });
    await closes(current.id, true);
    expect(await typesOf(current.id)).toEqual(['shown', 'skipped']);
    expect(await notificationIds()).toEqual([]);
  });

  it('a worker stopped meanwhile still hears it', async () => {
    await installWithAllDay();
    const current = await reachNextNudge();
    vi.setSystemTime(Date.now() + MINUTE);
    await restartWorker();
    await closes(current.id, true);
    expect(await typesOf(current.id)).toEqual(['shown', 'dismissed']);
  });
});
