/**
 * Exactly one alarm: the next wake. Creating an alarm replaces one of the same name and
 * restarts its countdown, so an alarm that is already right is left alone.
 */
import { browser } from '../src/browser/browser.ts';

export const NUDGE_ALARM = 'nudge';

/**
 * Packed extensions' alarms fire no sooner than 30 s from their creation (Chrome's
 * chrome.alarms docs); unpacked ones have no minimum (PLATFORM-NOTES.md).
 */
const MIN_DELAY_MS = 30_000;
/** Alarms are set at the plan rounded up to a whole ms (below), so compare within one. */
const SAME_MS = 1;

export async function ensureAlarm(at: number | null, now: number): Promise<void> {
  const existing = await browser.alarms.get(NUDGE_ALARM);
  if (at === null) {
    if (existing) await browser.alarms.clear(NUDGE_ALARM);
    return;
  }
  if (existing && alarmIsRight(existing.scheduledTime, at, now)) return;
  // Rounded up: the worker reads the clock in whole ms, and an alarm for 12:00:00.000 must
  // find a plan for 11:59:59.999 + 0.4 ms due, not "in a moment".
  await browser.alarms.create(NUDGE_ALARM, { when: Math.ceil(at) });
}

export function alarmIsRight(scheduledTime: number, at: number, now: number): boolean {
  if (Math.abs(scheduledTime - at) < SAME_MS) return true;
  // Wanted sooner than the browser allows: it already set the soonest it could, and
  // setting it again would only push it further out.
  return at < now + MIN_DELAY_MS && scheduledTime >= at - SAME_MS && scheduledTime <= now + MIN_DELAY_MS;
}
