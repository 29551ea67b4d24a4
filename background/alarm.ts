/**
 * Exactly one alarm: the next wake. Creating an alarm replaces one of the same name and
 * restarts its countdown, so an alarm that is already right is left alone.
 *
 * The alarm repeats (RETRY_MINUTES) so that it outlives the wake it causes: a one-shot
 * alarm is gone the moment it fires, and MV3 may stop the worker at any instant after, so
 * a worker stopped half-way through its wake would leave no alarm at all, and a nudge
 * claimed but never shown. A repeating alarm fires again a minute later and that wake
 * finishes the job (claims are saved first, showing is idempotent). A wake that completes
 * replaces it with the next plan, so the repeat never fires in normal use.
 */
import { browser } from '../platform/browser.ts';
import { RETRY_MINUTES } from '../src/state/delivery.ts';

export const NUDGE_ALARM = 'nudge';

/**
 * Packed extensions' alarms fire no sooner than 30 s from their creation (Chrome's
 * chrome.alarms docs); unpacked ones have no minimum (docs/platform-notes.md).
 */
const MIN_DELAY_MS = 30_000;
/** Alarms are set at the plan rounded up to a whole ms (below), so compare within one. */
const SAME_MS = 1;
export { RETRY_MINUTES } from '../src/state/delivery.ts';

export async function ensureAlarm(at: number | null, now: number): Promise<void> {
  const existing = await browser.alarms.get(NUDGE_ALARM);
  if (at === null) {
    if (existing) await browser.alarms.clear(NUDGE_ALARM);
    return;
  }
  if (existing && alarmIsRight(existing.scheduledTime, at, now)) return;
  // Rounded up: the worker reads the clock in whole ms, and an alarm for 12:00:00.000 must
  // find a plan for 11:59:59.999 + 0.4 ms due, not "in a moment".
  await browser.alarms.create(NUDGE_ALARM, { when: Math.ceil(at), periodInMinutes: RETRY_MINUTES });
}

/** A retry armed by `ensureRetry`, with the moment of the alarm it replaced (null: there was none). */
export interface Retry {
  readonly replaced: number | null;
}

/**
 * Before a wake changes anything: make sure an alarm will fire within RETRY_MINUTES, so a
 * worker stopped half-way is woken to finish. An alarm wake already has one (the repeat of
 * the alarm that woke it): null, nothing changed. A command's wake arms it here, and its
 * settle puts the plan's alarm back at the end.
 */
export async function ensureRetry(now: number): Promise<Retry | null> {
  const existing = await browser.alarms.get(NUDGE_ALARM);
  const retryAt = now + RETRY_MINUTES * 60_000;
  if (existing && existing.scheduledTime <= retryAt) return null;
  await browser.alarms.create(NUDGE_ALARM, { when: retryAt, periodInMinutes: RETRY_MINUTES });
  return { replaced: existing?.scheduledTime ?? null };
}

export function alarmIsRight(scheduledTime: number, at: number, now: number): boolean {
  if (Math.abs(scheduledTime - at) < SAME_MS) return true;
  // Wanted sooner than the browser allows: it already set the soonest it could, and
  // setting it again would only push it further out.
  return at < now + MIN_DELAY_MS && scheduledTime >= at - SAME_MS && scheduledTime <= now + MIN_DELAY_MS;
}
