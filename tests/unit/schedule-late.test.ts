import { describe, expect, it } from 'vitest';
import { INITIAL_SCHEDULE_STATE, type ScheduleState } from '../../src/schedule/state.ts';
import { LATE_GRACE_MS } from '../../src/schedule/due.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { planKey } from '../../src/schedule/plan-key.ts';
import { at, HOUR, local, MINUTE } from '../support/sim-clock.ts';
import { drive, wakeInput } from '../support/sim-wake.ts';

const tz = 'Europe/Berlin';

/** A plan made at `plannedAt` for `dueAt`, as the worker would have saved it. */
const planned = (dueAt: number, plannedAt: number, over: Partial<ScheduleState> = {}): ScheduleState => ({
  ...INITIAL_SCHEDULE_STATE,
  dueAt,
  plannedAt,
  planKey: planKey(DEFAULT_SETTINGS),
  timeZone: tz,
  ...over,
});

describe('late: a planned moment that passed while the machine slept or the browser was closed', () => {
  const due = at(tz, '2025-06-10 11:00');
  const state = planned(due, at(tz, '2025-06-10 09:40'));

  it('an alarm that fires a few minutes late is an ordinary nudge, not a catch-up', () => {
    const r = wake(wakeInput({ now: due + LATE_GRACE_MS - 1, state }));
    expect(r.show).toEqual({ catchUp: false, again: false });
  });

  it('less than an interval late: one catch-up nudge now', () => {
    const r = wake(wakeInput({ now: due + 90 * MINUTE, state }));
    expect(r.show).toEqual({ catchUp: true, again: false });
  });

  it('after the catch-up the normal rhythm resumes from now, not from the missed moment', () => {
    const now = due + 90 * MINUTE;
    const r = wake(wakeInput({ now, state }));
    // At least the minimum gap, and around the (stretched) interval: no second nudge soon.
    expect(r.alarmAt).toBeGreaterThanOrEqual(now + DEFAULT_SETTINGS.minGapMinutes * MINUTE);
    expect(r.state.lastShownAt).toBe(now);
    expect(r.state.shownAt).toContain(now);
  });

  it('at most one catch-up: waking again at once (another alarm, a restart) shows nothing more', () => {
    const now = due + 90 * MINUTE;
    const first = wake(wakeInput({ now, state }));
    for (const reason of ['alarm', 'startup', 'idle-changed'] as const) {
      const second = wake(wakeInput({ now: now + MINUTE, state: first.state, reason }));
      expect(second.show).toBeNull();
      expect(second.alarmAt).toBe(first.alarmAt);
    }
  });

  it('a restart that lost the alarm catches up the same way on startup', () => {
    const r = wake(wakeInput({ now: due + 30 * MINUTE, state, reason: 'startup' }));
    expect(r.show).toEqual({ catchUp: true, again: false });
  });

  it('away for longer than the interval: the moment is gone, no catch-up, a fresh start a random while from now', () => {
    const now = due + DEFAULT_SETTINGS.intervalMinutes * MINUTE + MINUTE;
    const r = wake(wakeInput({ now, state, reason: 'startup' }));
    expect(r.show).toBeNull();
    expect(r.why).toMatch(/the moment is gone/);
    expect(r.alarmAt).toBeGreaterThanOrEqual(now + 12 * MINUTE);
    expect(r.alarmAt).toBeLessThanOrEqual(now + 60 * MINUTE);
  });

  it('away for days: no catch-up, and the next nudge comes inside active hours', () => {
    const now = due + 3 * 24 * HOUR + 12 * HOUR; // 23:00, three days later
    const r = wake(wakeInput({ now, state, reason: 'startup' }));
    expect(r.show).toBeNull();
    expect(local(r.alarmAt ?? 0, tz)).toMatch(/^2025-06-14 (09:[1-5]\d|10:00)$/);
  });

  it('late, but active hours are over by the time the machine wakes: no catch-up tonight, tomorrow starts fresh', () => {
    const evening = planned(at(tz, '2025-06-10 20:30'), at(tz, '2025-06-10 18:40'));
    const r = wake(wakeInput({ now: at(tz, '2025-06-10 21:45'), state: evening }));
    expect(r.show).toBeNull();
    expect(local(r.alarmAt ?? 0, tz).slice(0, 10)).toBe('2025-06-11');
  });

  it('late, but the day’s cap was already reached: no catch-up', () => {
    const shownAt = ['09:30', '12:00', '14:30', '17:00'].map((t) => at(tz, `2025-06-10 ${t}`));
    const capped = planned(at(tz, '2025-06-10 19:00'), shownAt[3] ?? 0, { shownAt, lastShownAt: shownAt[3] ?? null });
    const r = wake(wakeInput({ now: at(tz, '2025-06-10 20:00'), state: capped }));
    expect(r.show).toBeNull();
    expect(local(r.alarmAt ?? 0, tz).slice(0, 10)).toBe('2025-06-11');
  });

  it('over a day with a two-hour sleep, exactly one catch-up follows the wake and the rhythm carries on', () => {
    const sleepFrom = at(tz, '2025-06-10 11:00');
    const sleepTo = sleepFrom + 2 * HOUR;
    const run = driveWithSleep(sleepFrom, sleepTo);
    expect(run.shows.every((s) => s.at < sleepFrom || s.at >= sleepTo)).toBe(true);
    expect(run.shows.filter((s) => s.catchUp)).toHaveLength(1);
    const after = run.shows.filter((s) => s.at >= sleepTo);
    expect(after[0]?.catchUp).toBe(true);
    expect(after[0]?.at).toBe(sleepTo);
    expect(after.length).toBeGreaterThan(1);
  });
});

/** A day in which the machine sleeps: the alarm due during sleep fires on waking. */
function driveWithSleep(sleepFrom: number, sleepTo: number) {
  const before = drive({ settings: DEFAULT_SETTINGS, timeZone: tz, from: at(tz, '2025-06-10 08:00'), until: sleepFrom, seed: 3 });
  const dueAt = before.last.alarmAt ?? 0;
  if (dueAt < sleepFrom || dueAt >= sleepTo) throw new Error(`seed should put a nudge inside the sleep, got ${local(dueAt, tz)}`);
  const rest = drive({
    settings: DEFAULT_SETTINGS, timeZone: tz, from: sleepTo, until: at(tz, '2025-06-11 00:00'), state: before.state, log: before.log, seed: 4,
  });
  return { shows: [...before.shows, ...rest.shows] };
}
