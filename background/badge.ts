/**
 * The toolbar badge says, at a glance, whether a nudge is waiting or Tend is paused; the
 * tooltip says until when. Derived from state on every wake, never stored. The popup's
 * address carries a hint too (popupFor).
 */
import { browser } from '../platform/browser.ts';
import { pausedUntil } from '../src/settings/pause.ts';
import type { State } from '../src/state/types.ts';
import { waitingNudge } from '../src/state/waiting.ts';

const WAITING = { text: '1', color: '#2f7d62' } as const;
const PAUSED = { text: '❚❚', color: '#6b7280' } as const;

export type BadgeLook = 'waiting' | 'paused' | 'none';

export function badgeLook(state: Pick<State, 'current' | 'settings'>, now: number): BadgeLook {
  if (pausedUntil(state.settings, now) !== null) return 'paused';
  return waitingNudge(state) ? 'waiting' : 'none';
}

/**
 * The toolbar popup's address names the strategy of the nudge on offer, so the popup reads
 * its words (its own copy, or the file) while it reads storage rather than after. Only a
 * hint: the popup renders from storage, and a stale one costs nothing but the overlap.
 */
export function popupFor(state: Pick<State, 'current'>): string {
  return state.current ? `popup/popup.html?strategy=${encodeURIComponent(state.current.strategyId)}` : 'popup/popup.html';
}

export async function paintBadge(state: Pick<State, 'current' | 'settings'>, now: number): Promise<void> {
  await browser.action.setPopup({ popup: popupFor(state) });
  const look = badgeLook(state, now);
  const t = (key: string, subs?: string) => browser.i18n.getMessage(key, subs);
  switch (look) {
    case 'waiting':
      await browser.action.setBadgeBackgroundColor({ color: WAITING.color });
      await browser.action.setBadgeText({ text: WAITING.text });
      await browser.action.setTitle({ title: t('badgeWaiting') });
      return;
    case 'paused': {
      const until = pausedUntil(state.settings, now);
      await browser.action.setBadgeBackgroundColor({ color: PAUSED.color });
      await browser.action.setBadgeText({ text: PAUSED.text });
      await browser.action.setTitle({
        title: typeof until === 'number' ? t('badgePausedUntil', formatTime(until)) : t('badgePaused'),
      });
      return;
    }
    case 'none':
      await browser.action.setBadgeText({ text: '' });
      await browser.action.setTitle({ title: t('actionTitle') });
      return;
  }
}

function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);
}
