/**
 * The person's own strategies through the worker: removing one takes its nudge off offer
 * (waiting or snoozed), so no badge or notification is left pointing at a strategy that
 * the popup can no longer show (issue 9, item 8).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { State } from '../../src/state/types.ts';
import {
  ALL_DAY,
  MINUTE,
  badgeText,
  installWithAllDay,
  notificationIds,
  passTime,
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
  vi.useRealTimers();
});

// Storage as read raw: the fake drops a slice stored as null.
const currentOf = async (): Promise<State['current']> => ((await stored()) as Partial<State>).current ?? null;

const MINE = { kind: 'move' as const, title: 'Round the block', message: 'Once round, no phone.', steps: [], minutes: 5 };

/** One own strategy, on offer now with its notification showing (Start, then the test nudge). */
async function ownNudgeShowing(): Promise<{ strategyId: string; nudgeId: string }> {
  await installWithAllDay();
  const { id: strategyId } = await send('addCustom', MINE);
  await send('start', { strategyId });
  const { nudgeId } = await send('testNudge', null);
  expect(await notificationIds()).toEqual([`tend-nudge:${nudgeId}`]);
  expect(await badgeText()).toBe('1');
  return { strategyId, nudgeId };
}

describe('removing your own strategy', () => {
  it('takes its waiting nudge off offer: no current nudge, no badge, no notification', async () => {
    const { strategyId } = await ownNudgeShowing();

    await send('removeCustom', { id: strategyId });

    expect((await stored()).custom).toEqual([]);
    expect(await currentOf()).toBeNull();
    expect(await badgeText()).toBe('');
    expect(await notificationIds()).toEqual([]);
  });

  it('takes its snoozed nudge too: what comes after the snooze is a strategy that still exists', async () => {
    const { strategyId, nudgeId } = await ownNudgeShowing();
    await send('snooze', { nudgeId });

    await send('removeCustom', { id: strategyId });
    expect(await currentOf()).toBeNull();

    await passTime(ALL_DAY.snoozeMinutes * MINUTE + 5 * MINUTE);
    const after = await currentOf();
    expect(after?.strategyId).not.toBe(strategyId);
    expect(await notificationIds()).toEqual(after ? [`tend-nudge:${after.id}`] : []);
  });

  it('leaves a nudge of another strategy where it is', async () => {
    await installWithAllDay();
    const { id: kept } = await send('addCustom', MINE);
    const { id: removed } = await send('addCustom', { ...MINE, title: 'Up the stairs' });
    const { nudgeId } = await send('start', { strategyId: kept });

    await send('removeCustom', { id: removed });

    expect(await currentOf()).toMatchObject({ id: nudgeId, strategyId: kept });
    expect(await badgeText()).toBe('1');
  });
});
