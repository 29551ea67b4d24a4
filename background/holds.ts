/**
 * What the browser says right now about holding a nudge: idle or locked, a fullscreen
 * window, a tab playing audio. Fullscreen and audio need no extra permission
 * (windows.getAll and tabs.query({audible}) read no page data); only the holds the
 * person keeps on are queried. A signal the browser cannot give counts as "no hold":
 * a nudge shown during a film is better than a nudge never shown.
 *
 * Only idle has an event for the hold lifting (idle.onStateChanged). Fullscreen and audio
 * would need the tabs permission to be watched, so while they hold the core re-checks on
 * its own schedule (schedule/due.ts: after 5 min, then about as long as the hold has
 * lasted, at most 30 min and half an interval).
 */
import { browser } from '../platform/browser.ts';
import type { HoldSignals } from '../src/schedule/types.ts';
import type { Settings } from '../src/settings/types.ts';

/**
 * The idle API's detection interval. Chrome's minimum is 15 s; two minutes without input
 * is "stepped away", short enough that a nudge waits for the person's return.
 */
export const IDLE_SECONDS = 120;

export async function readHolds(settings: Settings): Promise<HoldSignals> {
  const [idle, fullscreen, audible] = await Promise.all([
    settings.holds.idle && signal(async () => (await browser.idle.queryState(IDLE_SECONDS)) !== 'active'),
    settings.holds.fullscreen && signal(async () => (await browser.windows.getAll()).some((w) => w.state === 'fullscreen')),
    settings.holds.audio && signal(async () => (await browser.tabs.query({ audible: true })).length > 0),
  ]);
  return { idle, fullscreen, audible };
}

async function signal(read: () => Promise<boolean>): Promise<boolean> {
  try {
    return await read();
  } catch (error) {
    console.warn('Tend:', error);
    return false;
  }
}
