/**
 * The one rule for writing a moment (ui/format.ts): the same day, the time; within six
 * days, the weekday too; further, the date (and the year when it is another year). In the
 * browser's UI language, here English.
 */
import { describe, expect, it } from 'vitest';
import { formatMoment, startsTomorrow } from '../../ui/format.ts';

/** Wednesday 4 March 2026, noon, local. */
const now = new Date(2026, 2, 4, 12, 0).getTime();
const on = (month: number, day: number, hour: number, minute = 0, year = 2026) => new Date(year, month - 1, day, hour, minute).getTime();
// Newer ICU puts a narrow no-break space before AM/PM.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('formatMoment', () => {
  it('the same day: the time only', () => {
    expect(plain(formatMoment(on(3, 4, 18, 5), now))).toBe('6:05 PM');
  });

  it('up to six days ahead: the weekday and the time', () => {
    expect(plain(formatMoment(on(3, 5, 0, 0), now))).toBe('Thu 12:00 AM');
    expect(plain(formatMoment(on(3, 10, 23, 59), now))).toBe('Tue 11:59 PM');
  });

  it('a week or more ahead: the date, since the weekday alone would mislead', () => {
    expect(plain(formatMoment(on(3, 11, 0, 0), now))).toBe('Wed, Mar 11, 12:00 AM');
    expect(plain(formatMoment(on(12, 14, 9, 30), now))).toBe('Mon, Dec 14, 9:30 AM');
  });

  it('another year: the year too', () => {
    expect(plain(formatMoment(on(1, 7, 9, 30, 2027), now))).toBe('Thu, Jan 7, 2027, 9:30 AM');
  });

  it('the same rule looking back (the recent nudges under Now)', () => {
    expect(plain(formatMoment(on(3, 2, 9, 0), now))).toBe('Mon 9:00 AM');
    expect(plain(formatMoment(on(2, 20, 9, 0), now))).toBe('Fri, Feb 20, 9:00 AM');
  });
});

describe('startsTomorrow', () => {
  it('is the next local midnight, where a pause for the rest of today ends', () => {
    expect(startsTomorrow(on(3, 5, 0, 0), now)).toBe(true);
    expect(startsTomorrow(on(3, 5, 0, 1), now)).toBe(false);
    expect(startsTomorrow(on(3, 4, 0, 0), now)).toBe(false);
  });
});
