/** Times and days as the person's browser locale writes them. */
const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** "14:05" today, "Tue 14:05" on another day. */
export function formatMoment(ms: number, now: number): string {
  return new Date(ms).toDateString() === new Date(now).toDateString() ? time.format(ms) : dayTime.format(ms);
}
