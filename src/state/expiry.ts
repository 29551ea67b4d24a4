/**
 * When a waiting nudge stops waiting. A nudge belongs to the stretch of active hours it
 * was shown in: when that closes, the badge and the popup let it go rather than greet the
 * person with yesterday's prompt. A nudge shown outside active hours (the person asked for
 * it) waits a little while. Either way it never waits longer than `MAX_WAIT_MS`.
 *
 * The worker wakes at this moment only when it comes before the next planned nudge, which
 * replaces the waiting one anyway: at most one extra wake a day (the evening's last nudge).
 */
import { makeCalendar } from '../schedule/calendar.ts';
import type { Settings } from '../settings/types.ts';
import type { CurrentNudge } from './types.ts';

const HOUR = 3_600_000;
/** A nudge asked for outside active hours waits this long. */
export const OUTSIDE_HOURS_WAIT_MS = 2 * HOUR;
/** Active hours may run round the clock; a nudge still does not wait for days. */
export const MAX_WAIT_MS = 12 * HOUR;

/** The moment the nudge stops waiting; null when it is not waiting (snoozed). */
export function expiresAt(current: CurrentNudge | null, settings: Settings, timeZone: string): number | null {
  if (!current || current.snoozedUntil !== null) return null;
  const shownAt = current.shownAt;
  const w = makeCalendar(settings.activeHours, timeZone).windowFrom(shownAt);
  const inside = w !== null && w.open <= shownAt && shownAt < w.close;
  const end = inside ? w.close : shownAt + OUTSIDE_HOURS_WAIT_MS;
  return Math.min(end, shownAt + MAX_WAIT_MS);
}

export function isExpired(current: CurrentNudge | null, settings: Settings, timeZone: string, now: number): boolean {
  const end = expiresAt(current, settings, timeZone);
  return end !== null && now >= end;
}
