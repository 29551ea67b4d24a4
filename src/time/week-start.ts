/**
 * Which day a locale's week starts on, through Intl (issue 14): `Intl.Locale#getWeekInfo()`
 * (Chrome 130+, Firefox 137+), the older `weekInfo` getter (Node 20, Chrome 99–129), and
 * where neither exists, CLDR's answer for Tend's languages: Sunday where the region is one
 * of those that start on Sunday (en-US, pt-BR…), Monday for the rest (de, es, fr, en-GB).
 * Pure: the locale comes in as a parameter.
 */
import { WEEKDAYS, type Weekday } from './local-date.ts';

interface WeekInfo {
  readonly firstDay: number;
}
type WithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** CLDR weekData "firstDay": sun for these regions (a subset; Monday is the world's default). */
const SUNDAY_REGIONS = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'IL', 'KR', 'PH', 'IN', 'AU', 'ZA', 'TW', 'HK', 'SA', 'PE', 'CO', 'VE', 'GT']);
/** Where the language alone names the region people mostly mean. */
const LIKELY_REGION: Readonly<Record<string, string>> = { en: 'US', ja: 'JP', he: 'IL', ko: 'KR', pt: 'BR' };

/** The first day of the week in `locale` (undefined: the runtime's own), e.g. 'sun' for en-US, 'mon' for de. */
export function firstWeekday(locale: string | undefined): Weekday {
  let tag: WithWeekInfo;
  try {
    tag = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale);
  } catch {
    return 'mon';
  }
  const info = typeof tag.getWeekInfo === 'function' ? tag.getWeekInfo() : tag.weekInfo;
  // Intl numbers days 1 = Monday … 7 = Sunday.
  if (info && info.firstDay >= 1 && info.firstDay <= 7) return WEEKDAYS[info.firstDay - 1] ?? 'mon';
  const region = tag.region ?? LIKELY_REGION[tag.language];
  return region && SUNDAY_REGIONS.has(region) ? 'sun' : 'mon';
}

/** The seven days in the order the locale writes a week: Monday first for de, Sunday first for en-US. */
export function weekdaysFrom(first: Weekday): readonly Weekday[] {
  const start = WEEKDAYS.indexOf(first);
  return [...WEEKDAYS.slice(start), ...WEEKDAYS.slice(0, start)];
}
