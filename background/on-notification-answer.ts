/**
 * A notification's button was pressed (Chrome only): answer the nudge exactly as the
 * popup's buttons would. One was closed: the core decides whether that was the person's
 * answer (src/commands/closed.ts). Part of the command script (commands-script.ts).
 */
import { browser } from '../platform/browser.ts';
import { notificationClosed } from '../src/commands/closed.ts';
import { handlers } from './commands.ts';
import { BUTTONS, nudgeIdOf } from './notify.ts';
import { locked, perform, sensedAt } from './perform.ts';

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
    case 'snooze':
      await handlers.snooze({ nudgeId });
      return;
  }
}

export async function onNotificationClosed(notificationId: string, byUser: boolean): Promise<void> {
  const nudgeId = nudgeIdOf(notificationId);
  if (nudgeId === null || !byUser) return;
  await locked(async (state, now) => perform(state, notificationClosed(state, { nudgeId, byUser }, await sensedAt(now, state.settings)), now));
}
