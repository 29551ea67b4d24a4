/**
 * The core's command transitions (src/commands/), with an injected clock: each returns what
 * to save, the one alarm to set and what to close, and the worker and the simulator obey it.
 */
import { describe, expect, it } from 'vitest';
import { done, recordAnswer, skip } from '../../src/commands/answer.ts';
import { QUICK_CLOSE_MS, notificationClosed } from '../../src/commands/closed.ts';
import { addCustom, dismissNotice, removeCustom } from '../../src/commands/housekeeping.ts';
import { snooze } from '../../src/commands/snooze.ts';
import { another, start, testNudge } from '../../src/commands/offer-now.ts';
import { pause, pauseOf } from '../../src/commands/pause.ts';
import { replan } from '../../src/commands/replan.ts';
import { saveSettings } from '../../src/commands/settings.ts';
import { refused, type Outcome, type Result } from '../../src/commands/world.ts';
import { MAX_CUSTOM } from '../../src/state/custom.ts';
import { INITIAL_STATE } from '../../src/state/defaults.ts';
import type { State } from '../../src/state/types.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { worldAt } from '../support/command-world.ts';
import { at, HOUR, MINUTE } from '../support/sim-clock.ts';
import { everyDay, settingsWith } from '../support/sim-wake.ts';

const tz = 'Europe/Berlin';
const settings = settingsWith({ activeHours: everyDay({ start: '08:00', end: '22:00' }), intervalMinutes: 120, minGapMinutes: 60 });
const installedAt = at(tz, '2025-06-10 09:00');

/** Applies an outcome the way settle does: the patch over the state. */
function after<R>(state: State, result: Result<R> | { readonly patch: Partial<State> }): State {
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return { ...state, ...result.patch };
}

function outcome<R>(result: Result<R>): Outcome<R> {
  if (refused(result)) throw new Error(`refused: ${result.refused}`);
  return result;
}

/** Installed, then woken at the planned moment: a nudge on offer, as the worker would have it. */
function withNudge(): { state: State; now: number } {
  let state: State = { ...INITIAL_STATE, settings };
  state = { ...state, ...replan(state, 'installed', worldAt(installedAt)).patch };
  const due = state.schedule.dueAt;
  if (due === null) throw new Error('nothing planned');
  const woken = replan(state, 'alarm', worldAt(due));
  state = { ...state, ...woken.patch };
  if (!state.current) throw new Error(`no nudge: ${woken.why}`);
  // settle showed it.
  return { state: { ...state, current: { ...state.current, notified: true } }, now: due };
}

describe('the wake (replan)', () => {
  it('claims a nudge when one is due, logs it shown, and names the next alarm', () => {
    const { state, now } = withNudge();
    expect(state.current).toMatchObject({ shownAt: now, asked: false, snoozedUntil: null });
    expect(state.log.map((e) => e.type)).toEqual(['shown']);
    const again = replan(state, 'alarm', worldAt(now + 1));
    expect(again.patch.current).toBeUndefined();
    expect(again.alarmAt).toBe(state.schedule.dueAt);
  });

  it('lets a nudge go when its stretch of active hours closes', () => {
    const { state } = withNudge();
    const closed = replan(state, 'alarm', worldAt(at(tz, '2025-06-10 22:00')));
    expect(closed.patch.current).toBeNull();
  });

  it('notes a changed notification permission, and only a change', () => {
    const { state, now } = withNudge();
    expect(replan(state, 'startup', worldAt(now, { permission: 'denied' })).patch.health).toEqual({ notifications: 'denied', checkedAt: now });
    expect(replan(state, 'startup', worldAt(now, { permission: null })).patch.health).toBeUndefined();
  });
});

describe('Done and Skip', () => {
  it('log the answer, take the nudge off offer and re-plan', () => {
    const { state, now } = withNudge();
    const d = outcome(done(state, { nudgeId: state.current?.id ?? '' }, worldAt(now + MINUTE)));
    expect(d.patch.current).toBeNull();
    expect(d.patch.log?.map((e) => e.type)).toEqual(['shown', 'done']);
    expect(d.alarmAt).toBe(d.patch.schedule?.dueAt);
    const s = outcome(skip(state, { nudgeId: state.current?.id ?? '' }, worldAt(now + MINUTE)));
    expect(s.patch.log?.map((e) => e.type)).toEqual(['shown', 'skipped']);
  });

  it('a stale id changes nothing, and moves no alarm', () => {
    const { state, now } = withNudge();
    expect(done(state, { nudgeId: 'gone' }, worldAt(now))).toEqual({ patch: {}, reply: null });
  });
});

describe('Later', () => {
  it('logs a snooze and keeps the same nudge to come back at the snooze moment, which is the alarm', () => {
    const { state, now } = withNudge();
    const id = state.current?.id ?? '';
    const l = outcome(snooze(state, { nudgeId: id }, worldAt(now + MINUTE)));
    const until = now + MINUTE + settings.snoozeMinutes * MINUTE;
    expect(l.reply).toEqual({ until });
    expect(l.patch.current).toMatchObject({ id, snoozedUntil: until });
    expect(l.alarmAt).toBe(until);
    expect(l.patch.log?.map((e) => e.type)).toEqual(['shown', 'snoozed']);
  });

  it('the snoozed nudge comes back as it was when its alarm wakes the worker', () => {
    const { state, now } = withNudge();
    const id = state.current?.id ?? '';
    const snoozed = after(state, snooze(state, { nudgeId: id }, worldAt(now + MINUTE)));
    const until = snoozed.current?.snoozedUntil ?? NaN;
    const back = after(snoozed, replan(snoozed, 'alarm', worldAt(until)));
    expect(back.current).toMatchObject({ id, shownAt: until, notified: false, snoozedUntil: null });
    expect(back.log.map((e) => e.type)).toEqual(['shown', 'snoozed', 'shown']);
  });

  it('a stale id: until null, nothing saved', () => {
    const { state, now } = withNudge();
    expect(snooze(state, { nudgeId: 'gone' }, worldAt(now))).toEqual({ patch: {}, reply: { until: null } });
  });
});

describe('Another one', () => {
  it('logs the one it replaces as passed (not skipped) and offers a different strategy, asked for', () => {
    const { state, now } = withNudge();
    const first = state.current;
    const a = outcome(another(state, { nudgeId: first?.id ?? null }, worldAt(now + MINUTE)));
    expect(a.patch.log?.map((e) => e.type)).toEqual(['shown', 'passed', 'shown']);
    expect(a.patch.current).toMatchObject({ asked: true, notified: true, shownAt: now + MINUTE });
    expect(a.patch.current?.strategyId).not.toBe(first?.strategyId);
    expect(a.reply).toEqual({ nudgeId: a.patch.current?.id });
    expect(a.patch.log?.at(-1)).toMatchObject({ asked: true });
    // The next planned nudge keeps its spacing from this one.
    expect(a.patch.schedule?.lastShownAt).toBe(now + MINUTE);
    expect(a.alarmAt).toBe(a.patch.schedule?.dueAt);
  });

  it('with nothing on offer: a nudge, nothing answered', () => {
    const a = outcome(another({ ...INITIAL_STATE, settings }, { nudgeId: null }, worldAt(installedAt)));
    expect(a.patch.log?.map((e) => e.type)).toEqual(['shown']);
  });

  it('with every kind switched off: refused, for the worker to word', () => {
    const off = settingsWith({ kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: false, weight: 1 }])) as State['settings']['kinds'] });
    expect(another({ ...INITIAL_STATE, settings: off }, { nudgeId: null }, worldAt(installedAt))).toEqual({ refused: 'nothing-enabled' });
  });
});

describe('Start now and the test nudge', () => {
  it('start offers that strategy; an unknown one is refused', () => {
    const s = outcome(start({ ...INITIAL_STATE, settings }, { strategyId: 'calm-slow-breathing' }, worldAt(installedAt)));
    expect(s.patch.current).toMatchObject({ strategyId: 'calm-slow-breathing', asked: true });
    expect(start(INITIAL_STATE, { strategyId: 'no-such' }, worldAt(installedAt))).toEqual({ refused: 'strategy-gone' });
  });

  it('test nudge with one waiting: closes and shows that one again, nothing logged', () => {
    const { state, now } = withNudge();
    const t = outcome(testNudge(state, null, worldAt(now + HOUR)));
    expect(t.close).toEqual([state.current?.id]);
    expect(t.patch.log).toBeUndefined();
    expect(t.patch.current).toMatchObject({ id: state.current?.id, notified: false, shownAt: now + HOUR });
    expect(t.alarmAt).toBeUndefined();
  });

  it('test nudge with none waiting: a new one that must reach the screen', () => {
    const t = outcome(testNudge({ ...INITIAL_STATE, settings }, null, worldAt(installedAt, { permission: 'granted' })));
    expect(t.patch.current).toMatchObject({ asked: true, notified: false });
    expect(t.patch.health).toEqual({ notifications: 'granted', checkedAt: installedAt });
  });
});

describe('Pause and settings', () => {
  it('maps the popup modes to concrete pauses', () => {
    const now = at(tz, '2025-06-10 15:00');
    expect(pauseOf('hour', now, tz)).toEqual({ until: now + HOUR });
    expect(pauseOf('today', now, tz)).toEqual({ until: at(tz, '2025-06-11 00:00') });
    expect(pauseOf('until-resumed', now, tz)).toEqual({ until: 'resume' });
    expect(pauseOf('resume', now, tz)).toBeNull();
  });

  it('pausing drops the plan and wakes when the pause ends; resuming plans again', () => {
    const { state, now } = withNudge();
    const p = outcome(pause(state, { mode: 'hour' }, worldAt(now)));
    expect(p.reply).toEqual({ dueAt: null });
    expect(p.alarmAt).toBe(now + HOUR);
    const paused = after(state, p);
    const r = outcome(pause(paused, { mode: 'resume' }, worldAt(now + 10 * MINUTE)));
    expect(r.reply.dueAt).toBeGreaterThan(now);
    expect(r.alarmAt).toBe(r.reply.dueAt);
  });

  it('saved settings are re-planned at once', () => {
    const { state, now } = withNudge();
    const s = outcome(saveSettings(state, { settings: { ...settings, intervalMinutes: 240 } }, worldAt(now)));
    expect(s.patch.settings?.intervalMinutes).toBe(240);
    expect(s.reply.dueAt).toBe(s.patch.schedule?.dueAt);
  });
});

describe('a notification closed', () => {
  it('by the person: dismissed, off offer, re-planned', () => {
    const { state, now } = withNudge();
    const id = state.current?.id ?? '';
    const c = outcome(notificationClosed(state, { nudgeId: id, byUser: true }, worldAt(now + QUICK_CLOSE_MS)));
    expect(c.patch.current).toBeNull();
    expect(c.patch.log?.map((e) => e.type)).toEqual(['shown', 'dismissed']);
    expect(c.alarmAt).toBe(c.patch.schedule?.dueAt);
  });

  it('within a moment of being shown (headless Firefox, no notification service): not a dismissal', () => {
    const { state, now } = withNudge();
    const id = state.current?.id ?? '';
    expect(notificationClosed(state, { nudgeId: id, byUser: true }, worldAt(now + QUICK_CLOSE_MS - 1))).toEqual({ patch: {}, reply: null });
  });

  it('by Tend or the system, or an old one: nothing', () => {
    const { state, now } = withNudge();
    const id = state.current?.id ?? '';
    const later1 = worldAt(now + HOUR);
    expect(notificationClosed(state, { nudgeId: id, byUser: false }, later1)).toEqual({ patch: {}, reply: null });
    expect(notificationClosed(state, { nudgeId: 'old', byUser: true }, later1)).toEqual({ patch: {}, reply: null });
    const snoozed = after(state, snooze(state, { nudgeId: id }, worldAt(now + MINUTE)));
    expect(notificationClosed(snoozed, { nudgeId: id, byUser: true }, later1)).toEqual({ patch: {}, reply: null });
  });
});

describe('housekeeping', () => {
  it('a notice dismissed; a custom strategy added up to the limit, then refused; removed with its nudge', () => {
    const state: State = { ...INITIAL_STATE, notices: [{ id: 'n1', at: 0, message: 'x' }] };
    expect(dismissNotice(state, { id: 'n1' }).patch).toEqual({ notices: [] });
    const input = { kind: 'calm' as const, title: 'Mine', message: 'Do it', steps: [], minutes: 2 };
    const added = outcome(addCustom(INITIAL_STATE, input, worldAt(installedAt)));
    expect(added.patch.custom).toHaveLength(1);
    const full: State = { ...INITIAL_STATE, custom: Array.from({ length: MAX_CUSTOM }, () => added.patch.custom?.[0]).filter((s) => s !== undefined) };
    expect(addCustom(full, input, worldAt(installedAt))).toEqual({ refused: 'custom-limit' });
    const withMine: State = { ...INITIAL_STATE, custom: added.patch.custom ?? [] };
    expect(removeCustom(withMine, { id: added.reply.id }).patch.custom).toEqual([]);
  });

  it('recordAnswer ignores a stale id', () => {
    expect(recordAnswer(INITIAL_STATE, 'x', 'done', 0)).toBeNull();
  });
});
