import type { ActiveHours } from '../settings/types.ts';
import { minutesOfTime } from '../time/format.ts';
import { addDays, localDateOf, weekdayOf } from '../time/local-date.ts';
import { localParts } from '../time/zone.ts';

/**
 * Whether the local wall clock at `ms` lies inside one of the ranges, read straight from
 * the settings (not through windows): the independent check the tests hold the
 * scheduler to, and what the popup can use to say "outside your active hours".
 */
export function isInsideActiveHours(ms: number, hours: ActiveHours, timeZone: string): boolean {
  const p = localParts(ms, timeZone);
  const minute = p.hour * 60 + p.minute;
  const today = localDateOf(ms, timeZone);
  for (const r of hours[weekdayOf(today)]) {
    const start = minutesOfTime(r.start);
    const end = minutesOfTime(r.end);
    if (end > start ? minute >= start && minute < end : minute >= start) return true;
  }
  for (const r of hours[weekdayOf(addDays(today, -1))]) {
    const start = minutesOfTime(r.start);
    const end = minutesOfTime(r.end);
    if (end < start && minute < end) return true;
  }
  return false;
}
