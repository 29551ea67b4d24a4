import { describe, expect, it } from 'vitest';
import { seeded } from '../../src/random.ts';
import { INITIAL_SCHEDULE_STATE, type ScheduleState } from '../../src/schedule/state.ts';
import { planKey } from '../../src/schedule/plan-key.ts';
import type { HoldSignals, WakeResult } from '../../src/schedule/types.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { at, HOUR, local, MINUTE } from '../support/sim-clock.ts';
import { drive, NO_HOLDS, settingsWith, wakeInput } from '../support/sim-wake.ts';

const tz = 'Europe/Berlin';
const due = at(tz, '2025-06-10 11:00');
const state: ScheduleState = {
  ...INITIAL_SCHEDULE_STATE,
  dueAt: due,
  plannedAt: at(tz, '2025-06-10 09:40'),
  planKey: planKey(DEFAULT_SETTINGS),
  timeZone: tz,
};
const IDLE: HoldSignals = { ...NO_HOLDS, idle: true };
const FULLSCREEN: HoldSignals = { ...NO_HOLDS, fullscreen: true };
const AUDIBLE: HoldSignals = { ...NO_HOLDS, audible: true };

describe('held: a due nudge waits while a hold applies', () => {
  it.each([
    ['a fullscreen window', FULLSCREEN],
    ['a tab playing audio', AUDIBLE],
    ['fullscreen while idle', { ...IDLE, fullscreen: true }],
  ])('while %s (no event says when it ends), the nudge waits and the worker looks again in 5 minutes', (_what, holds) => {
    const r = wake(wakeInput({ now: due, state, holds }));
    expect(r.show).toBeNull();
    expect(r.state.heldSince).toBe(due);
    expect(r.alarmAt).toBe(due + 5 * MINUTE);
  });

  it('while idle or locked, the nudge waits for the person’s return (an event), with one look half an interval later as a safety net', () => {
    let r: WakeResult = wake(wakeInput({ now: due, state, holds: IDLE }));
    expect(r.show).toBeNull();
    expect(r.state.heldSince).toBe(due);
    expect(r.alarmAt).toBe(due + 60 * MINUTE);
    r = wake(wakeInput({ now: r.alarmAt ?? 0, state: r.state, holds: IDLE }));
    expect(r.show).toBeNull();
    expect(r.alarmAt).toBe(due + 120 * MINUTE);
  });

  it('an idle hold the return event never reported is caught by the safety-net look', () => {
    const held = wake(wakeInput({ now: due, state, holds: IDLE }));
    const r = wake(wakeInput({ now: held.alarmAt ?? 0, state: held.state, holds: NO_HOLDS }));
    expect(r.show).toEqual({ catchUp: false, again: false });
  });

  it.each([
    ['idle', IDLE],
    ['fullscreen', FULLSCREEN],
    ['audio', AUDIBLE],
  ] as const)('with the %s hold switched off in settings, that signal does not hold the nudge', (key, holds) => {
    const settings = settingsWith({ holds: { ...DEFAULT_SETTINGS.holds, [key]: false } });
    const r = wake(wakeInput({ settings, now: due, state: { ...state, planKey: planKey(settings) }, holds }));
    expect(r.show).toEqual({ catchUp: false, again: false });
  });

  it('when the person comes back (idle ends), the nudge comes a minute or three later, not as a catch-up', () => {
    const held = wake(wakeInput({ now: due, state, holds: IDLE }));
    const back = due + 40 * MINUTE;
    const lifted = wake(wakeInput({ now: back, state: held.state, holds: NO_HOLDS, reason: 'idle-changed' }));
    expect(lifted.show).toBeNull();
    expect(lifted.alarmAt).toBeGreaterThanOrEqual(back + MINUTE);
    expect(lifted.alarmAt).toBeLessThanOrEqual(back + 3 * MINUTE);
    const shown = wake(wakeInput({ now: lifted.alarmAt ?? 0, state: lifted.state }));
    expect(shown.show).toEqual({ catchUp: false, again: false });
  });

  it('without an event for the hold lifting (a film ends), the next look shows it', () => {
    let r: WakeResult = wake(wakeInput({ now: due, state, holds: FULLSCREEN }));
    r = wake(wakeInput({ now: r.alarmAt ?? 0, state: r.state, holds: FULLSCREEN }));
    r = wake(wakeInput({ now: r.alarmAt ?? 0, state: r.state, holds: NO_HOLDS }));
    expect(r.show).toEqual({ catchUp: false, again: false });
  });

  it('looks again rarely during a long hold: after 5 min, then as long as it has lasted, at most 30 min apart', () => {
    let r: WakeResult = wake(wakeInput({ now: due, state, holds: AUDIBLE }));
    const looks: number[] = [];
    while ((r.alarmAt ?? Infinity) < due + 3 * HOUR) {
      const now = r.alarmAt ?? 0;
      looks.push((now - due) / MINUTE);
      r = wake(wakeInput({ now, state: r.state, holds: AUDIBLE }));
      expect(r.show).toBeNull();
    }
    expect(looks.slice(0, 4)).toEqual([5, 10, 20, 40]);
    const steps = looks.slice(1).map((m, i) => m - (looks[i] ?? 0));
    expect(Math.max(...steps)).toBe(30);
    expect(looks.length).toBeLessThanOrEqual(10);
  });

  it('a short interval keeps the looks within half of it', () => {
    const settings = settingsWith({ intervalMinutes: 40, minGapMinutes: 20 });
    const s = { ...state, planKey: planKey(settings) };
    let r: WakeResult = wake(wakeInput({ settings, now: due, state: s, holds: FULLSCREEN }));
    for (let i = 0; i < 6; i++) r = wake(wakeInput({ settings, now: r.alarmAt ?? 0, state: r.state, holds: FULLSCREEN }));
    expect((r.alarmAt ?? 0) - (r.state.dueAt ?? 0)).toBe(20 * MINUTE);
  });

  it('a hold of hours is not lateness: the nudge still comes once it lifts, inside active hours', () => {
    const run = drive({
      settings: DEFAULT_SETTINGS, timeZone: tz, seed: 5,
      from: at(tz, '2025-06-10 08:00'), until: at(tz, '2025-06-10 23:00'),
      holds: (t) => ({ ...NO_HOLDS, fullscreen: t >= at(tz, '2025-06-10 09:00') && t < at(tz, '2025-06-10 15:10') }),
    });
    expect(run.shows.some((s) => s.at < at(tz, '2025-06-10 15:10'))).toBe(false);
    const first = run.shows[0];
    expect(first && local(first.at, tz)).toMatch(/^2025-06-10 15:(1\d|[2-3]\d|40)$/);
    expect(first?.catchUp).toBe(false);
  });

  it('never more than one waiting nudge: after a long hold exactly one comes, and the next keeps its distance', () => {
    const lift = at(tz, '2025-06-10 15:10');
    const run = drive({
      settings: DEFAULT_SETTINGS, timeZone: tz, seed: 5,
      from: at(tz, '2025-06-10 08:00'), until: at(tz, '2025-06-10 23:00'),
      holds: (t) => ({ ...NO_HOLDS, idle: t >= at(tz, '2025-06-10 09:00') && t < lift }),
    });
    const after = run.shows.filter((s) => s.at >= lift);
    expect(after.filter((s) => s.at < lift + HOUR)).toHaveLength(1);
    const [a, b] = after;
    if (a && b) expect(b.at - a.at).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.minGapMinutes * MINUTE);
  });

  it('if the hold lifts only after active hours end, the nudge is let go and tomorrow starts fresh', () => {
    const evening = { ...state, dueAt: at(tz, '2025-06-10 20:30') };
    let r: WakeResult = wake(wakeInput({ now: at(tz, '2025-06-10 20:30'), state: evening, holds: IDLE }));
    while ((r.alarmAt ?? Infinity) < at(tz, '2025-06-10 21:00')) {
      r = wake(wakeInput({ now: r.alarmAt ?? 0, state: r.state, holds: IDLE }));
      expect(r.show).toBeNull();
    }
    r = wake(wakeInput({ now: at(tz, '2025-06-10 21:20'), state: r.state, holds: NO_HOLDS, reason: 'idle-changed' }));
    expect(r.show).toBeNull();
    expect(r.state.heldSince).toBeNull();
    expect(local(r.alarmAt ?? 0, tz).slice(0, 10)).toBe('2025-06-11');
  });

  it('a hold lifting moments before the range closes still shows the nudge before it closes', () => {
    const evening = { ...state, dueAt: at(tz, '2025-06-10 20:30') };
    const held = wake(wakeInput({ now: at(tz, '2025-06-10 20:30'), state: evening, holds: IDLE }));
    const back = at(tz, '2025-06-10 20:59');
    const r = wake(wakeInput({ now: back, state: held.state, reason: 'idle-changed', random: seeded(2) }));
    expect(r.alarmAt).toBeLessThan(at(tz, '2025-06-10 21:00'));
    expect(r.alarmAt).toBeGreaterThan(back);
  });
});
