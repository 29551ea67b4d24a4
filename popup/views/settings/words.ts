/** Durations, weekdays and the rhythm in plain words, shared by the settings and the welcome page. */
import type { ActiveHours, Settings, TimeRange } from '../../../src/settings/types.ts';
import { WEEKDAYS, type Weekday } from '../../../src/time/local-date.ts';
import { uiLanguage } from '../../../ui/format.ts';
import { plural, t } from '../../../ui/i18n.ts';

/** "45 minutes", "1 hour", "1.5 hours". */
export function formatDuration(minutes: number): string {
  if (minutes >= 60 && minutes % 30 === 0) return plural('settings_hours', minutes / 60);
  return plural('settings_minutes', minutes);
}

// 1 January 2024 was a Monday; the UI language names the days.
const dayName = new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long', timeZone: 'UTC' });

export function weekdayName(day: Weekday): string {
  return dayName.format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

const sameRanges = (a: readonly TimeRange[], b: readonly TimeRange[]): boolean =>
  a.length === b.length && a.every((r, i) => r.start === b.at(i)?.start && r.end === b.at(i)?.end);

export function sameEveryDay(hours: ActiveHours): boolean {
  return WEEKDAYS.every((day) => sameRanges(hours[day], hours.mon));
}

const clock = new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
// As a time input shows it: two-digit hours ("09:00 PM", "21:00").
const inputClock = new Intl.DateTimeFormat(uiLanguage(), { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/**
 * A stored "HH:MM" as the UI language writes times ("9:00 AM", "09:00"), like every other
 * time Tend shows; `input` writes it as a time input beside it shows it ("09:00 PM"), so a
 * hint's example reads like the field (issue 14: the inputs showed 9:00 PM, the hint 22:00).
 */
export function formatClock(hhmm: string, style: 'text' | 'input' = 'text'): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return (style === 'input' ? inputClock : clock).format(Date.UTC(2024, 0, 1, hours, minutes));
}

/** "between 9:00 AM and 9:00 PM" (and more ranges joined), or "in the hours you chose". */
export function describeHours(hours: ActiveHours): string {
  if (!sameEveryDay(hours)) return t('settings_hoursVaried');
  if (hours.mon.length === 0) return t('settings_hoursNone');
  return hours.mon.map((r) => t('settings_between', [formatClock(r.start), formatClock(r.end)])).join(` ${t('settings_and')} `);
}

/** "About every 2 hours, between 9:00 AM and 9:00 PM, up to 4 a day." */
export function describeRhythm(s: Settings): string {
  return t('settings_rhythmSummary', [formatDuration(s.intervalMinutes), describeHours(s.activeHours), String(s.dailyCap)]);
}
