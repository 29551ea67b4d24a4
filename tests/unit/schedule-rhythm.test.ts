import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src/log/types.ts';
import { seeded } from '../../src/random.ts';
import { sampleGap } from '../../src/schedule/gap.ts';
import { INITIAL_SCHEDULE_STATE } from '../../src/schedule/state.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { localParts } from '../../src/time/zone.ts';
import { at, DAY, HOUR, local, MINUTE } from '../support/sim-clock.ts';
import { drive, everyDay, settingsWith, wakeInput } from '../support/sim-wake.ts';

const tz = 'Europe/Berlin';
const dayOf = (ms: number): string => local(ms, tz).slice(0, 10);
const perDay = (shows: readonly { at: number }[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const s of shows) m.set(dayOf(s.at), (m.get(dayOf(s.at)) ?? 0) + 1);
  return m;
};
const gapsWithinDays = (shows: readonly { at: number }[]): number[] =>
  shows.slice(1).flatMap((s, i) => {
    const prev = shows[i];
    return prev && dayOf(prev.at) === dayOf(s.at) ? [(s.at - prev.at) / MINUTE] : [];
  });
const month = { from: at(tz, '2025-06-01 00:00'), until: at(tz, '2025-07-01 00:00') };

describe('cap: never more than the daily cap', () => {
  it('a busy rhythm stops at the cap each day and starts again the next morning', () => {
    const settings = settingsWith({ intervalMinutes: 30, minGapMinutes: 20, dailyCap: 3 });
    const run = drive({ settings, timeZone: tz, ...month });
    const counts = [...perDay(run.shows).values()];
    expect(counts).toHaveLength(30);
    expect(Math.max(...counts)).toBe(3);
  });

  it('the default rhythm gives four a day: a few, never a burst', () => {
    const run = drive({ settings: DEFAULT_SETTINGS, timeZone: tz, ...month });
    const counts = [...perDay(run.shows).values()];
    expect(Math.max(...counts)).toBe(4);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
  });

  it('the cap holds from the log when the schedule state was lost (a reset or a bad read)', () => {
    const shown = ['09:20', '11:40', '14:10', '16:30'].map((t, i): LogEvent => ({
      at: at(tz, `2025-06-10 ${t}`), type: 'shown', nudgeId: `n${i}`, strategyId: 'test', kind: 'calm',
    }));
    const r = wake(wakeInput({ now: at(tz, '2025-06-10 17:00'), state: INITIAL_SCHEDULE_STATE, log: shown, reason: 'startup' }));
    expect(dayOf(r.alarmAt ?? 0)).toBe('2025-06-11');
  });

  it('nudges the person asked for themselves do not use up the day’s cap', () => {
    const asked = ['09:20', '09:40', '10:00', '10:20'].map((t, i): LogEvent => ({
      at: at(tz, `2025-06-10 ${t}`), type: 'shown', nudgeId: `a${i}`, strategyId: 'test', kind: 'calm', asked: true,
    }));
    const r = wake(wakeInput({ now: at(tz, '2025-06-10 10:30'), log: asked, reason: 'startup' }));
    expect(dayOf(r.alarmAt ?? 0)).toBe('2025-06-10');
  });

  it('a snoozed nudge logged twice under one id counts once', () => {
    const log: LogEvent[] = [
      { at: at(tz, '2025-06-10 09:30'), type: 'shown', nudgeId: 'a', strategyId: 'test', kind: 'calm' },
      { at: at(tz, '2025-06-10 10:00'), type: 'shown', nudgeId: 'a', strategyId: 'test', kind: 'calm' },
    ];
    const settings = settingsWith({ dailyCap: 2 });
    const r = wake(wakeInput({ settings, now: at(tz, '2025-06-10 10:30'), log, reason: 'startup' }));
    expect(dayOf(r.alarmAt ?? 0)).toBe('2025-06-10');
  });
});

describe('minimum gap and spread', () => {
  it('never two nudges closer than the minimum gap, even with the widest spread', () => {
    const settings = settingsWith({ intervalMinutes: 60, minGapMinutes: 55, spread: 0.5, dailyCap: 24 });
    const run = drive({ settings, timeZone: tz, ...month });
    const gaps = run.shows.slice(1).map((s, i) => (s.at - (run.shows[i]?.at ?? 0)) / MINUTE);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(55);
  });

  it('the minimum gap also holds from the log when the state was lost', () => {
    const log: LogEvent[] = [{ at: at(tz, '2025-06-10 10:00'), type: 'shown', nudgeId: 'a', strategyId: 'test', kind: 'calm' }];
    const r = wake(wakeInput({ now: at(tz, '2025-06-10 10:05'), log, reason: 'startup' }));
    expect(r.alarmAt).toBeGreaterThanOrEqual(at(tz, '2025-06-10 11:00'));
  });

  it('gaps vary around the interval, bounded by the spread: never below (1 − spread) nor above (1 + spread) of it', () => {
    const settings = settingsWith({ intervalMinutes: 60, minGapMinutes: 30, spread: 0.4, dailyCap: 24, activeHours: everyDay({ start: '08:00', end: '22:00' }) });
    const gaps = gapsWithinDays(drive({ settings, timeZone: tz, ...month }).shows);
    expect(gaps.length).toBeGreaterThan(300);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(36);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(84);
    const sorted = [...gaps].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(55);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(65);
    expect(new Set(gaps.map(Math.round)).size).toBeGreaterThan(30);
  });

  it('no spread gives an even rhythm of exactly the interval', () => {
    const settings = settingsWith({ intervalMinutes: 60, minGapMinutes: 30, spread: 0, dailyCap: 24, activeHours: everyDay({ start: '08:00', end: '22:00' }) });
    const gaps = gapsWithinDays(drive({ settings, timeZone: tz, from: month.from, until: month.from + 3 * DAY }).shows);
    expect(new Set(gaps.map((g) => Math.round(g * 1000) / 1000))).toEqual(new Set([60]));
  });

  it('a sampled gap leans to the middle: triangular, so extreme gaps are rare', () => {
    const random = seeded(11);
    const samples = Array.from({ length: 4000 }, () => sampleGap(100, 0.5, random));
    const middle = samples.filter((g) => g >= 75 && g <= 125).length / samples.length;
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...samples)).toBeLessThanOrEqual(150);
    expect(middle).toBeGreaterThan(0.7); // a uniform spread would give 0.5
  });

  it('when the cap binds, gaps stretch so the day’s nudges reach into the evening', () => {
    const run = drive({ settings: DEFAULT_SETTINGS, timeZone: tz, ...month });
    const gaps = gapsWithinDays(run.shows);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(mean).toBeGreaterThan(DEFAULT_SETTINGS.intervalMinutes * 1.2);
    const lastHours = [...new Map(run.shows.map((s) => [dayOf(s.at), localParts(s.at, tz).hour])).values()];
    expect(lastHours.filter((h) => h >= 17).length / lastHours.length).toBeGreaterThan(0.8);
  });
});

describe('changes the person makes', () => {
  it('a new rhythm in settings reschedules the next nudge at once, from the last one shown', () => {
    const shownAt = at(tz, '2025-06-10 10:00');
    const before = drive({ settings: DEFAULT_SETTINGS, timeZone: tz, from: at(tz, '2025-06-10 08:00'), until: shownAt + MINUTE });
    const last = before.state.lastShownAt ?? 0;
    const slow = settingsWith({ intervalMinutes: 300, minGapMinutes: 240 });
    const r = wake(wakeInput({ settings: slow, now: last + 10 * MINUTE, state: before.state, log: before.log, reason: 'settings-changed' }));
    expect(r.why).toMatch(/^settings changed/);
    expect(r.alarmAt).toBeGreaterThanOrEqual(last + 240 * MINUTE);
    expect(r.state.planKey).not.toBe(before.state.planKey);
  });

  it('changing only kinds, holds or notification style leaves the planned moment alone', () => {
    const first = wake(wakeInput({ now: at(tz, '2025-06-10 10:00'), reason: 'installed' }));
    const settings = settingsWith({
      kinds: { ...DEFAULT_SETTINGS.kinds, calm: { enabled: false, weight: 1 }, move: { enabled: true, weight: 3 } },
      holds: { idle: false, fullscreen: false, audio: false },
      notifications: { silent: true, requireInteraction: true },
    });
    const r = wake(wakeInput({ settings, now: at(tz, '2025-06-10 10:05'), state: first.state, reason: 'settings-changed' }));
    expect(r.alarmAt).toBe(first.alarmAt);
  });

  it('a clock set back by hours makes a fresh plan instead of waiting for a moment planned in its future', () => {
    const first = wake(wakeInput({ now: at(tz, '2025-06-10 15:00'), reason: 'installed' }));
    const now = at(tz, '2025-06-10 10:00');
    const r = wake(wakeInput({ now, state: first.state, reason: 'startup' }));
    expect(r.why).toMatch(/^clock went back/);
    expect(r.alarmAt).toBeLessThanOrEqual(now + HOUR);
  });
});
