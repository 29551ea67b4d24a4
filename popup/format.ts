/** Times and days as the person's browser locale writes them. */
const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** "14:05" today, "Tue 14:05" on another day. */
export function formatMoment(ms: number, now: number): string {
  return new Date(ms).toDateString() === new Date(now).toDateString() ? time.format(ms) : dayTime.format(ms);
}

/** The person's own time zone, which the core counts days in. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const dayName = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'short' });

export function formatTime(ms: number): string {
  return time.format(ms);
}

/** Which local day `ms` falls on, as a key, so a list can be grouped by day. */
export const dayKey = (ms: number): string => new Date(ms).toDateString();

/** "Friday, 21 Nov"; today and yesterday are named by the caller. */
export function formatDay(ms: number): string {
  return dayName.format(ms);
}
