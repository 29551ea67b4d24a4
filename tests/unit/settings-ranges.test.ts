/**
 * Overnight and overlapping active-hours ranges (src/settings/ranges.ts): named, not refused
 * (the calendar merges overlaps; issue 15).
 */
import { describe, expect, it } from 'vitest';
import { isOvernight, overlaps } from '../../src/settings/ranges.ts';
import type { ActiveHours, TimeRange } from '../../src/settings/types.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';

const every = (...ranges: TimeRange[]): ActiveHours => Object.fromEntries(WEEKDAYS.map((d) => [d, ranges])) as unknown as ActiveHours;
const r = (start: string, end: string): TimeRange => ({ start, end });
const none = Object.fromEntries(WEEKDAYS.map((d) => [d, []])) as unknown as ActiveHours;

describe('overnight', () => {
  it('is a range that ends before it starts', () => {
    expect(isOvernight(r('21:00', '09:00'))).toBe(true);
    expect(isOvernight(r('09:00', '21:00'))).toBe(false);
    expect(isOvernight(r('23:59', '00:00'))).toBe(true);
  });
});

describe('overlaps', () => {
  it('none for the default kind of day, or ranges that only touch', () => {
    expect(overlaps(every(r('09:00', '21:00'))).mon).toEqual([null]);
    expect(overlaps(every(r('09:00', '12:00'), r('12:00', '17:00'))).wed).toEqual([null, null]);
    expect(overlaps(every(r('21:00', '09:00'))).sun).toEqual([null]);
  });

  it('within a day, each names the other', () => {
    const found = overlaps({ ...none, tue: [r('09:00', '12:00'), r('11:00', '14:00'), r('15:00', '16:00')] });
    expect(found.tue).toEqual([{ day: 'tue', index: 1 }, { day: 'tue', index: 0 }, null]);
    expect(found.mon).toEqual([]);
  });

  it('an overnight range runs into the next morning, and Sunday night into Monday', () => {
    const found = overlaps(every(r('21:00', '09:00'), r('08:00', '10:00')));
    expect(found.mon).toEqual([{ day: 'tue', index: 1 }, { day: 'sun', index: 0 }]);
    const sundayOnly = overlaps({ ...none, sun: [r('22:00', '07:00')], mon: [r('06:00', '08:00')] });
    expect(sundayOnly.sun).toEqual([{ day: 'mon', index: 0 }]);
    expect(sundayOnly.mon).toEqual([{ day: 'sun', index: 0 }]);
  });

  it('leaves a malformed time to the form check', () => {
    expect(overlaps({ ...none, fri: [r('9', '12:00'), r('10:00', '11:00')] }).fri).toEqual([null, null]);
  });
});
