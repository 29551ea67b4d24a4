import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateKey,
  formatLocalIso,
  isValidTimeZone,
  localParts,
  localToEpoch,
  offsetAt,
  startOfLocalDay,
  startOfNextLocalDay,
  weekdayOf,
} from '../../src/time/index.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('time-zone helpers', () => {
  it('read local date, time and weekday of an instant in a zone', () => {
    const p = localParts(Date.parse('2025-06-01T12:00:00Z'), 'Asia/Kolkata');
    expect(p).toEqual({ year: 2025, month: 6, day: 1, hour: 17, minute: 30, second: 0, weekday: 6 });
  });

  it('know each zone’s offset, including half hours and DST', () => {
    const t = Date.parse('2025-07-01T00:00:00Z');
    expect(offsetAt(t, 'Europe/Berlin')).toBe(2 * 3_600_000);
    expect(offsetAt(t, 'America/New_York')).toBe(-4 * 3_600_000);
    expect(offsetAt(t, 'Australia/Sydney')).toBe(10 * 3_600_000);
    expect(offsetAt(t, 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('turn a plain local time into the one instant it names', () => {
    expect(iso(localToEpoch({ year: 2025, month: 1, day: 15 }, 9 * 60, 'Europe/Berlin'))).toBe('2025-01-15T08:00:00.000Z');
  });

  it('map a wall time skipped by spring-forward to the transition itself', () => {
    const date = { year: 2025, month: 3, day: 30 };
    expect(iso(localToEpoch(date, 150, 'Europe/Berlin', 'earlier'))).toBe('2025-03-30T01:00:00.000Z');
    expect(iso(localToEpoch(date, 150, 'Europe/Berlin', 'later'))).toBe('2025-03-30T01:00:00.000Z');
  });

  it('resolve a wall time repeated by fall-back to its first or second occurrence on request', () => {
    const date = { year: 2025, month: 10, day: 26 };
    expect(iso(localToEpoch(date, 150, 'Europe/Berlin', 'earlier'))).toBe('2025-10-26T00:30:00.000Z');
    expect(iso(localToEpoch(date, 150, 'Europe/Berlin', 'later'))).toBe('2025-10-26T01:30:00.000Z');
  });

  it('handle the southern hemisphere’s DST in the other half of the year', () => {
    expect(iso(localToEpoch({ year: 2025, month: 10, day: 5 }, 150, 'Australia/Sydney'))).toBe('2025-10-04T16:00:00.000Z');
    expect(iso(localToEpoch({ year: 2025, month: 4, day: 6 }, 150, 'Australia/Sydney', 'later'))).toBe('2025-04-05T16:30:00.000Z');
  });

  it('start a day at its first instant even when midnight itself is skipped', () => {
    // Chile springs forward at midnight: 7 September 2025 begins at 01:00.
    const s = startOfLocalDay(Date.parse('2025-09-07T16:00:00Z'), 'America/Santiago');
    expect(formatLocalIso(s, 'America/Santiago')).toBe('2025-09-07T01:00:00-03:00');
  });

  it('find the next local midnight across a 23-hour and a 25-hour day', () => {
    const short = startOfNextLocalDay(Date.parse('2025-03-30T08:00:00Z'), 'Europe/Berlin');
    expect(formatLocalIso(short, 'Europe/Berlin')).toBe('2025-03-31T00:00:00+02:00');
    const long = startOfNextLocalDay(Date.parse('2025-10-26T08:00:00Z'), 'Europe/Berlin');
    expect(formatLocalIso(long, 'Europe/Berlin')).toBe('2025-10-27T00:00:00+01:00');
    expect(long - startOfLocalDay(Date.parse('2025-10-26T08:00:00Z'), 'Europe/Berlin')).toBe(25 * 3_600_000);
  });

  it('format local ISO-8601 with the offset, including negative half-hour ones', () => {
    expect(formatLocalIso(Date.parse('2025-06-01T12:00:00Z'), 'America/St_Johns')).toBe('2025-06-01T09:30:00-02:30');
  });

  it('do calendar arithmetic without DST surprises', () => {
    expect(dateKey(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('2024-02-29');
    expect(dateKey(addDays({ year: 2025, month: 1, day: 1 }, -1))).toBe('2024-12-31');
    expect(weekdayOf({ year: 2025, month: 3, day: 30 })).toBe('sun');
  });

  it('tell known zones from unknown ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
