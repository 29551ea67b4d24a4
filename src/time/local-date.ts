/**
 * Calendar dates without a zone: the days that active hours, daily caps and the week
 * chart are counted in. Arithmetic goes through Date.UTC, which has no DST.
 */
import { localParts } from './zone.ts';

export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;

export function localDateOf(ms: number, timeZone: string): LocalDate {
  const { year, month, day } = localParts(ms, timeZone);
  return { year, month, day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[weekdayIndex(date)] ?? 'mon';
}

/** "2025-03-30": sortable, and what the week chart labels days with. */
export function dateKey(date: LocalDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}
