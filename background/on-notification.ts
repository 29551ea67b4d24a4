/**
 * A notification was clicked: open the details. A button was pressed (Chrome only):
 * answer the nudge exactly as the popup's buttons would. One was closed: the core decides
 * whether that was the person's answer (src/commands/closed.ts).
 */
import { browser } from '../platform/browser.ts';
import { readState } from '../platform/state-store.ts';
import { notificationClosed } from '../src/commands/closed.ts';
import { popupFor } from './badge.ts';
import { handlers } from './commands.ts';
import { BUTTONS, nudgeIdOf } from './notify.ts';
import { locked, perform, sensedAt } from './perform.ts';

export async function onNotificationClicked(notificationId: string): Promise<void> {
  const nudgeId = nudgeIdOf(notificationId);
  if (nudgeId === null) return;
  await browser.notifications.clear(notificationId);
  // A reflect nudge opens on the journal, its prompt above the words (issue 12).
  const { state } = await readState(['current']);
  const journal = state.current?.id === nudgeId && state.current.kind === 'reflect';
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

export async function onNotificationButtonClicked(notificationId: string, index: number): Promise<void> {
  const nudgeId = nudgeIdOf(notificationId);
  const button = BUTTONS[index];
  if (nudgeId === null || button === undefined) return;
  // A button on an old notification (answered meanwhile in the popup) still closes it.
  await browser.notifications.clear(notificationId);
  switch (button) {
    case 'done':
      await handlers.done({ nudgeId });
      return;
    case 'later':
      await handlers.later({ nudgeId });
      return;
  }
}

export async function onNotificationClosed(notificationId: string, byUser: boolean): Promise<void> {
  const nudgeId = nudgeIdOf(notificationId);
  if (nudgeId === null || !byUser) return;
  await locked(async (state, now) => perform(state, notificationClosed(state, { nudgeId, byUser }, await sensedAt(now, state.settings)), now));
}
