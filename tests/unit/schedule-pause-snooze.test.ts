import { describe, expect, it } from 'vitest';
import { seeded } from '../../src/random.ts';
import { asked, snooze, type CommandInput } from '../../src/schedule/commands.ts';
import { INITIAL_SCHEDULE_STATE, type ScheduleState } from '../../src/schedule/state.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { PAUSE_UNTIL_RESUMED, pauseFor, pauseRestOfToday, withPause } from '../../src/settings/pause.ts';
import type { Settings } from '../../src/settings/types.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { at, local, MINUTE } from '../support/sim-clock.ts';
import { settingsWith, wakeInput } from '../support/sim-wake.ts';

const tz = 'Europe/Berlin';

/** The state right after a scheduled nudge showed at `shownAt`. */
function justShown(shownAt: number, settings: Settings = DEFAULT_SETTINGS): ScheduleState {
  const planned = wake(wakeInput({ settings, now: shownAt - 90 * MINUTE, reason: 'installed' }));
  const r = wake(wakeInput({ settings, now: shownAt, state: { ...planned.state, dueAt: shownAt } }));
  if (!r.show) throw new Error(`expected a nudge at ${local(shownAt, tz)}: ${r.why}`);
  return r.state;
}

const command = (now: number, state: ScheduleState, settings: Settings = DEFAULT_SETTINGS): CommandInput => ({
  settings, state, log: [], now, timeZone: tz, random: seeded(4),
});

describe('pause', () => {
  const now = at(tz, '2025-06-10 10:00');
  const planned = wake(wakeInput({ now, reason: 'installed' })).state;

  it('paused until a moment: nothing is planned, and the one alarm is the moment the pause ends', () => {
    const pause = pauseFor(now, 90);
    const r = wake(wakeInput({ settings: withPause(DEFAULT_SETTINGS, pause), now, state: planned, reason: 'settings-changed' }));
    expect(r.show).toBeNull();
    expect(r.state.dueAt).toBeNull();
    expect(r.alarmAt).toBe(pause.until);
    expect(r.why).toMatch(/^paused until 2025-06-10T11:30/);
  });

  it('a due nudge is not shown while paused', () => {
    const settings = withPause(DEFAULT_SETTINGS, pauseFor(now, 600));
    const r = wake(wakeInput({ settings, now: (planned.dueAt ?? 0) + MINUTE, state: planned }));
    expect(r.show).toBeNull();
  });

  it('when a timed pause ends, the next nudge comes a random while later, not on the dot', () => {
    const settings = withPause(DEFAULT_SETTINGS, pauseFor(now, 90));
    const paused = wake(wakeInput({ settings, now, state: planned, reason: 'settings-changed' }));
    const end = paused.alarmAt ?? 0;
    const r = wake(wakeInput({ settings, now: end, state: paused.state }));
    expect(r.show).toBeNull();
    expect(r.alarmAt).toBeGreaterThanOrEqual(end + 12 * MINUTE);
    expect(r.alarmAt).toBeLessThanOrEqual(end + 60 * MINUTE);
  });

  it('paused for the rest of today: nothing until tomorrow’s range opens, then a random while after', () => {
    const settings = withPause(DEFAULT_SETTINGS, pauseRestOfToday(now, tz));
    const paused = wake(wakeInput({ settings, now, state: planned, reason: 'settings-changed' }));
    expect(local(paused.alarmAt ?? 0, tz)).toBe('2025-06-11 00:00');
    const r = wake(wakeInput({ settings, now: paused.alarmAt ?? 0, state: paused.state }));
    expect(local(r.alarmAt ?? 0, tz)).toMatch(/^2025-06-11 (09:(1[2-9]|[2-5]\d)|10:00)$/);
  });

  it('paused until resumed: no alarm at all, however long; resuming plans afresh', () => {
    const settings = withPause(DEFAULT_SETTINGS, PAUSE_UNTIL_RESUMED);
    const paused = wake(wakeInput({ settings, now, state: planned, reason: 'settings-changed' }));
    expect(paused.alarmAt).toBeNull();
    expect(paused.why).toBe('paused until resumed');
    const later = at(tz, '2025-08-01 12:00');
    expect(wake(wakeInput({ settings, now: later, state: paused.state, reason: 'startup' })).alarmAt).toBeNull();
    const resumed = wake(wakeInput({ now: later, state: paused.state, reason: 'settings-changed' }));
    expect(resumed.show).toBeNull();
    expect(resumed.alarmAt).toBeGreaterThanOrEqual(later + 12 * MINUTE);
  });

  it('with every kind switched off there is nothing to show, so nothing is planned', () => {
    const kinds = Object.fromEntries(KINDS.map((k) => [k, { enabled: false, weight: 1 }])) as Settings['kinds'];
    const r = wake(wakeInput({ settings: settingsWith({ kinds }), now, state: planned, reason: 'settings-changed' }));
    expect(r.alarmAt).toBeNull();
    expect(r.why).toBe('no kind of strategy is enabled');
  });
});

describe('snooze ("Later")', () => {
  const shownAt = at(tz, '2025-06-10 11:00');
  const after = justShown(shownAt);

  it('brings the same nudge back after exactly the snooze time, replacing the pending plan', () => {
    const now = shownAt + 2 * MINUTE;
    const r = snooze(command(now, after));
    expect(r.alarmAt).toBe(now + 30 * MINUTE);
    expect(r.state.dueAt).toBe(r.alarmAt);
    expect(r.state.again).toBe(true);
    const back = wake(wakeInput({ now: r.alarmAt ?? 0, state: r.state }));
    expect(back.show).toEqual({ catchUp: false, again: true });
  });

  it('uses the snooze time from settings', () => {
    const settings = settingsWith({ snoozeMinutes: 10 });
    const now = shownAt + MINUTE;
    expect(snooze(command(now, justShown(shownAt, settings), settings)).alarmAt).toBe(now + 10 * MINUTE);
  });

  it('the nudge shown again is the same nudge: it does not count toward the cap or wait for the minimum gap', () => {
    const now = shownAt + MINUTE;
    const r = snooze(command(now, after));
    const back = wake(wakeInput({ now: r.alarmAt ?? 0, state: r.state }));
    expect(back.state.shownAt).toEqual(after.shownAt);
    // 30 min after the original, below the 60-minute gap, and shown all the same.
    expect(back.show?.again).toBe(true);
  });

  it('after the snoozed nudge shows again, the rhythm carries on from then', () => {
    const r = snooze(command(shownAt + MINUTE, after));
    const backAt = r.alarmAt ?? 0;
    const back = wake(wakeInput({ now: backAt, state: r.state }));
    expect(back.alarmAt).toBeGreaterThanOrEqual(backAt + DEFAULT_SETTINGS.minGapMinutes * MINUTE);
    expect(back.state.again).toBe(false);
  });

  it('a snooze that would land after active hours brings the nudge back a random while after the next opening', () => {
    const late = at(tz, '2025-06-10 20:45');
    const r = snooze(command(late + MINUTE, justShown(late)));
    expect(local(r.alarmAt ?? 0, tz)).toMatch(/^2025-06-11 (09:(1[2-9]|[2-5]\d)|10:00)$/);
    expect(r.state.again).toBe(true);
  });

  it('a pause drops a snoozed nudge: nothing comes back while paused', () => {
    const r = snooze(command(shownAt + MINUTE, after));
    const settings = withPause(DEFAULT_SETTINGS, pauseFor(shownAt, 120));
    const paused = wake(wakeInput({ settings, now: r.alarmAt ?? 0, state: r.state }));
    expect(paused.show).toBeNull();
    expect(paused.state.again).toBe(false);
  });
});

describe('asking for one ("Another one", "Start now")', () => {
  it('pushes the next planned nudge to keep the minimum gap from the one asked for', () => {
    const now = at(tz, '2025-06-10 10:00');
    const planned = wake(wakeInput({ now: now - 30 * MINUTE, reason: 'installed' })).state;
    const r = asked(command(now, planned));
    expect(r.state.lastShownAt).toBe(now);
    expect(r.alarmAt).toBeGreaterThanOrEqual(now + DEFAULT_SETTINGS.minGapMinutes * MINUTE);
    expect(r.state.shownAt).toEqual(planned.shownAt);
  });

  it('leaves a snoozed nudge’s moment alone: the person chose it', () => {
    const shownAt = at(tz, '2025-06-10 11:00');
    const snoozed = snooze(command(shownAt + MINUTE, justShown(shownAt)));
    const r = asked(command(shownAt + 5 * MINUTE, snoozed.state));
    expect(r.alarmAt).toBe(snoozed.alarmAt);
  });
});

describe('nothing planned yet', () => {
  it('the initial state plans a first nudge on any wake', () => {
    const r = wake(wakeInput({ now: at(tz, '2025-06-10 10:00'), state: INITIAL_SCHEDULE_STATE, reason: 'startup' }));
    expect(r.alarmAt).not.toBeNull();
    expect(r.why).toMatch(/^new plan/);
  });
});
