/**
 * What the browser says right now about holding a nudge: idle or locked, a fullscreen
 * window, a tab playing audio. Fullscreen and audio need no extra permission
 * (windows.getAll and tabs.query({audible}) read no page data); only the holds the
 * person keeps on are queried.
 */
import { browser } from '../src/browser/browser.ts';
import type { HoldSignals } from '../src/schedule/types.ts';
import type { Settings } from '../src/settings/types.ts';

/** The idle API's detection interval; Chrome's minimum is 15 s. */
export const IDLE_SECONDS = 120;

export async function readHolds(settings: Settings): Promise<HoldSignals> {
  const [idle, windows, audible] = await Promise.all([
    settings.holds.idle ? browser.idle.queryState(IDLE_SECONDS) : Promise.resolve('active' as const),
    settings.holds.fullscreen ? browser.windows.getAll() : Promise.resolve([]),
    settings.holds.audio ? browser.tabs.query({ audible: true }) : Promise.resolve([]),
  ]);
  return {
    idle: idle !== 'active',
    fullscreen: windows.some((w) => w.state === 'fullscreen'),
    audible: audible.length > 0,
  };
}
