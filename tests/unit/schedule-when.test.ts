import { describe, expect, it } from 'vitest';
import { seeded } from '../../src/random.ts';
import { makeCalendar } from '../../src/schedule/calendar.ts';
import { isInsideActiveHours } from '../../src/schedule/inside.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';
import { localParts } from '../../src/time/zone.ts';
import { at, local, MINUTE } from '../support/sim-clock.ts';
import { drive, everyDay, settingsWith, wakeInput } from '../support/sim-wake.ts';

const tz = 'Europe/Berlin';
const minuteOfDay = (ms: number, zone = tz): number => {
  const p = localParts(ms, zone);
  return p.hour * 60 + p.minute + p.second / 60;
};
const dayOf = (ms: number, zone = tz): string => local(ms, zone).slice(0, 10);

/** The first show of each local day. */
const firstsOfDays = (shows: readonly { at: number }[], zone = tz): number[] => {
  const seen = new Set<string>();
  return shows.filter((s) => !seen.has(dayOf(s.at, zone)) && seen.add(dayOf(s.at, zone))).map((s) => s.at);
};

describe('when: the first plan', () => {
  it('installed inside active hours, the first nudge comes a random while from now: 10–50 % of the interval', () => {
    const now = at(tz, '2025-06-10 10:00');
    const r = wake(wakeInput({ now, reason: 'installed' }));
    expect(r.show).toBeNull();
    expect(r.alarmAt).toBe(r.state.dueAt);
    expect(r.alarmAt).toBeGreaterThanOrEqual(now + 12 * MINUTE);
    expect(r.alarmAt).toBeLessThanOrEqual(now + 60 * MINUTE);
  });

  it('installed before the range opens, the first nudge comes a random while after it opens, not on the dot', () => {
    const now = at(tz, '2025-06-10 06:00');
    const opens = at(tz, '2025-06-10 09:00');
    const dues = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => wake(wakeInput({ now, random: seeded(seed), reason: 'installed' })).alarmAt ?? 0);
    for (const due of dues) {
      expect(due).toBeGreaterThanOrEqual(opens + 12 * MINUTE);
      expect(due).toBeLessThanOrEqual(opens + 60 * MINUTE);
    }
    expect(new Set(dues).size).toBe(dues.length);
  });

  it('installed after the day’s range closed, the first nudge is tomorrow, a random while after it opens', () => {
    const r = wake(wakeInput({ now: at(tz, '2025-06-10 22:30'), reason: 'installed' }));
    expect(local(r.alarmAt ?? 0, tz)).toMatch(/^2025-06-11 09:(1[2-9]|[2-5]\d)$|^2025-06-11 10:00$/);
  });
});

describe('when: inside active hours only', () => {
  it('a day’s first nudge comes a random while after its range opens, never on the dot, and at a different time each day', () => {
    const run = drive({ settings: DEFAULT_SETTINGS, timeZone: tz, from: at(tz, '2025-06-01 00:00'), until: at(tz, '2025-07-01 00:00') });
    const firsts = firstsOfDays(run.shows).map((t) => minuteOfDay(t));
    expect(firsts).toHaveLength(30);
    for (const m of firsts) {
      expect(m).toBeGreaterThanOrEqual(9 * 60 + 12);
      expect(m).toBeLessThanOrEqual(10 * 60);
    }
    expect(new Set(firsts.map(Math.round)).size).toBeGreaterThan(20);
  });

  it('every nudge falls inside active hours, and the day’s nudges spread over it rather than bunching in the morning', () => {
    const run = drive({ settings: DEFAULT_SETTINGS, timeZone: tz, from: at(tz, '2025-06-01 00:00'), until: at(tz, '2025-07-01 00:00') });
    for (const s of run.shows) expect(isInsideActiveHours(s.at, DEFAULT_SETTINGS.activeHours, tz)).toBe(true);
    const lasts = new Map<string, number>();
    for (const s of run.shows) lasts.set(dayOf(s.at), minuteOfDay(s.at));
    const sorted = [...lasts.values()].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(18 * 60);
  });

  it('with several ranges in a day, nudges fall in each and never in the gap between them', () => {
    const settings = settingsWith({
      activeHours: everyDay({ start: '08:00', end: '11:00' }, { start: '13:00', end: '17:00' }, { start: '19:00', end: '21:30' }),
      intervalMinutes: 60,
      minGapMinutes: 40,
      dailyCap: 8,
    });
    const run = drive({ settings, timeZone: tz, from: at(tz, '2025-06-02 00:00'), until: at(tz, '2025-06-16 00:00') });
    const minutes = run.shows.map((s) => minuteOfDay(s.at));
    for (const m of minutes) {
      const inside = (m >= 480 && m < 660) || (m >= 780 && m < 1020) || (m >= 1140 && m < 1290);
      expect(inside, `${m} minutes into the day`).toBe(true);
    }
    expect(minutes.some((m) => m < 660)).toBe(true);
    expect(minutes.some((m) => m >= 780 && m < 1020)).toBe(true);
    expect(minutes.some((m) => m >= 1140)).toBe(true);
  });

  it('after a gap between ranges, the next range’s first nudge also comes a random while after it opens', () => {
    const settings = settingsWith({
      activeHours: everyDay({ start: '08:00', end: '09:00' }, { start: '18:00', end: '20:00' }),
      intervalMinutes: 120,
      minGapMinutes: 30,
    });
    const run = drive({ settings, timeZone: tz, from: at(tz, '2025-06-02 00:00'), until: at(tz, '2025-06-23 00:00') });
    const evening = run.shows.map((s) => minuteOfDay(s.at)).filter((m) => m >= 18 * 60);
    expect(evening.length).toBeGreaterThan(10);
    // 10 % of the interval (or of the window, when shorter) at the least: 12 minutes here.
    for (const m of evening) expect(m).toBeGreaterThanOrEqual(18 * 60 + 12);
  });

  it('each weekday keeps its own ranges, and a weekday without ranges has no nudges', () => {
    const settings = settingsWith({
      activeHours: { ...everyDay({ start: '09:00', end: '17:00' }), wed: [{ start: '12:00', end: '14:00' }], sat: [], sun: [] },
    });
    const run = drive({ settings, timeZone: tz, from: at(tz, '2025-06-02 00:00'), until: at(tz, '2025-06-30 00:00') });
    const weekdays = new Set(run.shows.map((s) => localParts(s.at, tz).weekday));
    expect(weekdays.has(5)).toBe(false);
    expect(weekdays.has(6)).toBe(false);
    for (const s of run.shows) {
      if (localParts(s.at, tz).weekday !== 2) continue;
      expect(minuteOfDay(s.at)).toBeGreaterThanOrEqual(12 * 60);
      expect(minuteOfDay(s.at)).toBeLessThan(14 * 60);
    }
    expect(weekdays.size).toBe(5);
  });

  it('a range crossing midnight nudges late in the evening and after midnight, never outside it', () => {
    const settings = settingsWith({ activeHours: everyDay({ start: '22:00', end: '03:00' }), intervalMinutes: 60, minGapMinutes: 45 });
    const run = drive({ settings, timeZone: tz, from: at(tz, '2025-06-02 12:00'), until: at(tz, '2025-06-16 12:00') });
    const minutes = run.shows.map((s) => minuteOfDay(s.at));
    for (const m of minutes) expect(m >= 22 * 60 || m < 3 * 60, `${m}`).toBe(true);
    expect(minutes.some((m) => m >= 22 * 60)).toBe(true);
    expect(minutes.some((m) => m < 3 * 60)).toBe(true);
  });

  it('a range running to midnight and the next day’s range from midnight are one stretch with one opening', () => {
    const hours = { ...everyDay({ start: '20:00', end: '00:00' }), wed: [{ start: '00:00', end: '02:00' }, { start: '20:00', end: '00:00' }] };
    const calendar = makeCalendar(settingsWith({ activeHours: hours }).activeHours, tz);
    const w = calendar.windowFrom(at(tz, '2025-06-10 21:00')); // a Tuesday evening
    expect(w && local(w.open, tz)).toBe('2025-06-10 20:00');
    expect(w && local(w.close, tz)).toBe('2025-06-11 02:00');
  });

  it('with no active hours on any day, nothing is planned and no alarm is set', () => {
    const settings = settingsWith({ activeHours: Object.fromEntries(WEEKDAYS.map((d) => [d, []])) as never });
    const r = wake(wakeInput({ settings, now: at(tz, '2025-06-10 10:00'), reason: 'installed' }));
    expect(r.alarmAt).toBeNull();
    expect(r.state.dueAt).toBeNull();
    expect(r.why).toMatch(/no active hours ahead/);
  });

  it('active hours only one day a week still plan a week ahead', () => {
    const settings = settingsWith({ activeHours: { ...everyDay(), sun: [{ start: '10:00', end: '12:00' }] } });
    const r = wake(wakeInput({ settings, now: at(tz, '2025-06-09 13:00'), reason: 'installed' })); // a Monday
    expect(dayOf(r.alarmAt ?? 0)).toBe('2025-06-15');
  });
});

describe('when: waking before the moment', () => {
  it('waking early for any reason keeps the same plan and shows nothing: the decision is idempotent', () => {
    const first = wake(wakeInput({ now: at(tz, '2025-06-10 10:00'), reason: 'installed' }));
    for (const reason of ['alarm', 'startup', 'idle-changed', 'command'] as const) {
      const again = wake(wakeInput({ now: at(tz, '2025-06-10 10:05'), state: first.state, reason, random: seeded(99) }));
      expect(again.show).toBeNull();
      expect(again.alarmAt).toBe(first.alarmAt);
      expect(again.state).toEqual(first.state);
    }
  });

  it('a plan stays put through any number of early wake-ups (no drift)', () => {
    const first = wake(wakeInput({ now: at(tz, '2025-06-10 10:00'), reason: 'installed' }));
    const due = first.alarmAt ?? 0;
    for (let t = at(tz, '2025-06-10 10:00'); t < due; t += 7 * MINUTE) {
      expect(wake(wakeInput({ now: t, state: first.state, reason: 'startup' })).alarmAt).toBe(due);
    }
  });
});
