/**
 * How active-hours ranges relate to each other, for the words next to them (issue 15: an
 * overnight range and overlapping ranges were taken without a word).
 *
 * Both are allowed, and stay so: a range whose end is before its start crosses midnight
 * (types.ts `TimeRange`), and the calendar merges overlapping or touching windows into one
 * stretch (schedule/calendar.ts), so an overlap never plans a nudge twice. Refusing them in
 * the schema would make settings already stored, or exported, unreadable; the person is
 * told instead, next to the range.
 */
import { WEEKDAYS, type Weekday } from '../time/local-date.ts';
import type { ActiveHours, TimeRange } from './types.ts';

const DAY = 24 * 60;
const WEEK = 7 * DAY;

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A range whose end comes before its start: it ends the next day. */
export function isOvernight(range: TimeRange): boolean {
  return minutes(range.end) < minutes(range.start);
}

export interface RangeRef {
  readonly day: Weekday;
  readonly index: number;
}

/**
 * For each day, for each of its ranges, another range of the week it overlaps (the first
 * found), or null. The week is a circle, so Sunday's 21:00–09:00 overlaps Monday's 08:00.
 * Ranges that only touch (one ends as the next begins) do not overlap. Malformed times are
 * left to the form's own check.
 */
export function overlaps(hours: ActiveHours): Readonly<Record<Weekday, readonly (RangeRef | null)[]>> {
  const spans = WEEKDAYS.flatMap((day, d) =>
    hours[day].map((range, index) => {
      const start = d * DAY + minutes(range.start);
      const end = d * DAY + minutes(range.end) + (isOvernight(range) ? DAY : 0);
      return { day, index, start, end, ok: /^\d\d:\d\d$/.test(range.start) && /^\d\d:\d\d$/.test(range.end) };
    }),
  );
  const meets = (a: (typeof spans)[number], b: (typeof spans)[number]): boolean =>
    [-WEEK, 0, WEEK].some((shift) => a.start < b.end + shift && b.start + shift < a.end);
  const result = Object.fromEntries(WEEKDAYS.map((day) => [day, hours[day].map(() => null)])) as Record<Weekday, (RangeRef | null)[]>;
  for (const a of spans) {
    if (!a.ok) continue;
    const other = spans.find((b) => b !== a && b.ok && meets(a, b));
    if (other) result[a.day][a.index] = { day: other.day, index: other.index };
  }
  return result;
}
