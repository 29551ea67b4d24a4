/**
 * Times and days as the browser's UI language writes them, so a moment reads in the same
 * language as the words around it (chrome.i18n.getUILanguage; the runtime's own default
 * locale may differ from the language the extension's pages are shown in).
 */
import { browser } from '../platform/browser.ts';
import { startOfNextLocalDay } from '../src/time/local-to-epoch.ts';

const locale = uiLanguage();
const clock = { hour: 'numeric', minute: '2-digit' } as const;
const time = new Intl.DateTimeFormat(locale, clock);
const dayTime = new Intl.DateTimeFormat(locale, { weekday: 'short', ...clock });
const dateTime = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', ...clock });
const yearDateTime = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...clock });

/** A weekday alone names the right day only this close; a pause "until Wed" ten days away misleads (issue 9, item 8). */
const WEEKDAY_REACH_DAYS = 6;

/**
 * The one rule for writing a moment, wherever one is shown: "14:05" the same day, "Tue 14:05"
 * within six days either side, "Mon 14 Dec, 00:00" further (with the year when it is
 * another year). Field order and clock style are the locale's.
 */
export function formatMoment(ms: number, now: number): string {
  const days = Math.abs(localDayNumber(ms) - localDayNumber(now));
  if (days === 0) return time.format(ms);
  if (days <= WEEKDAY_REACH_DAYS) return dayTime.format(ms);
  return new Date(ms).getFullYear() === new Date(now).getFullYear() ? dateTime.format(ms) : yearDateTime.format(ms);
}

/**
 * Whether `ms` is the coming local midnight: where a pause for the rest of today ends
 * (the worker's pauseRestOfToday computes it with the same function).
 */
export function startsTomorrow(ms: number, now: number): boolean {
  return ms === startOfNextLocalDay(now, localZone());
}

/** The person's own time zone, which the core counts days in. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'short' });

export function formatTime(ms: number): string {
  return time.format(ms);
}

/** Which local day `ms` falls on, as a key, so a list can be grouped by day. */
export const dayKey = (ms: number): string => new Date(ms).toDateString();

/** "Friday, 21 Nov"; today and yesterday are named by the caller. */
export function formatDay(ms: number): string {
  return dayName.format(ms);
}

/** The local calendar day `ms` falls on, as a day count (taken in UTC, so DST never shifts it). */
function localDayNumber(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
}

/** The UI language as a locale Intl accepts; the runtime's default when the browser gives none usable. */
export function uiLanguage(): string | undefined {
  try {
    return Intl.getCanonicalLocales(browser.i18n.getUILanguage())[0];
  } catch {
    return undefined;
  }
}
