/**
 * A notification was clicked: open the details. (A button or a close is an answer:
 * on-notification-answer.ts, in the command script.)
 */
import { browser } from '../platform/browser.ts';
import { readVouched } from '../platform/state-store.ts';
import { popupFor } from './badge.ts';
import { nudgeIdOf } from './notify.ts';

export async function onNotificationClicked(notificationId: string): Promise<void> {
  const nudgeId = nudgeIdOf(notificationId);
  if (nudgeId === null) return;
  await browser.notifications.clear(notificationId);
  // A reflect nudge opens on the journal, its prompt above the words (issue 12).
  // The nudge on offer as the worker stamped it; one it cannot vouch for opens on Now.
  const { state } = await readVouched(['current']);
  const journal = state !== null && state.current?.id === nudgeId && state.current.kind === 'reflect';
  const view = journal ? 'journal' : 'now';
  try {
    if (journal) await browser.action.setPopup({ popup: `${popupFor(state)}&view=journal` });
    // Opens the toolbar popup on the nudge where the browser allows it (Chrome ≥ 127, Firefox).
    await browser.action.openPopup();
  } catch {
    // No focused window, or the browser refused: show the same view in a tab.
    await browser.tabs.create({ url: browser.runtime.getURL(`popup/popup.html?view=${view}`) });
  } finally {
    // The toolbar button opens on Now again.
    if (journal) await browser.action.setPopup({ popup: popupFor(state) }).catch(() => undefined);
  }
}
