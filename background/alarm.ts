/**
 * Exactly one alarm: the next nudge. Setting it again to the same moment would restart
 * nothing in Chrome, but creating it anew does reset its countdown in some versions, so an
 * alarm that is already right is left alone.
 */
import { browser } from '../src/browser/browser.ts';

export const NUDGE_ALARM = 'nudge';

export async function ensureAlarm(at: number | null): Promise<void> {
  const existing = await browser.alarms.get(NUDGE_ALARM);
  if (at === null) {
    if (existing) await browser.alarms.clear(NUDGE_ALARM);
    return;
  }
  if (existing?.scheduledTime === at) return;
  await browser.alarms.create(NUDGE_ALARM, { when: at });
}
