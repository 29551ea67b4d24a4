/**
 * The system notification for a nudge. Its id is stable per nudge, so showing it again
 * (after a crash, or a snooze) replaces it instead of stacking a second one.
 */
import { browser, type Notifications } from '../platform/browser.ts';
import { NOTIFICATION_BUTTONS, NOTIFICATION_SILENT, NOTIFICATION_STAY_ON_SCREEN } from '../platform/target.ts';
import type { Person } from '../src/people/person.ts';
import { withNotes } from '../src/people/reach.ts';
import type { Settings } from '../src/settings/types.ts';
import type { CurrentNudge } from '../src/state/types.ts';
import { MESSAGE_MAX, renderNudge } from '../src/strategies/render.ts';
import type { NudgeLine } from '../src/strategies/types.ts';

const PREFIX = 'tend-nudge:';

/** Chrome's extra options; Firefox throws on them, so they are only set where supported. */
type CreateOptions = Notifications.CreateNotificationOptions & {
  buttons?: { title: string }[];
  requireInteraction?: boolean;
  silent?: boolean;
};

/** The order of the buttons Chrome shows; `onButtonClicked` reports an index into it. */
export const BUTTONS = ['done', 'snooze'] as const;

export function notificationId(nudgeId: string): string {
  return PREFIX + nudgeId;
}

export function nudgeIdOf(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) : null;
}

/**
 * `nudges`: the strategy's lines in the person's language (content, or their own strategy's).
 * `person`: whom the nudge names (issue 11); their notes come along where they fit.
 */
export function notificationOptions(nudges: readonly NudgeLine[], current: CurrentNudge, settings: Settings, person?: Person): CreateOptions {
  const { title, message } = renderNudge({ nudges }, current.line, person?.name);
  return {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message: person && nudges[current.line]?.named ? withNotes(message, personNotes(person), MESSAGE_MAX) : message,
    ...(NOTIFICATION_BUTTONS
      ? { buttons: [{ title: browser.i18n.getMessage('notificationDone') }, { title: browser.i18n.getMessage('notificationLater') }] }
      : {}),
    ...(NOTIFICATION_STAY_ON_SCREEN && settings.notifications.requireInteraction ? { requireInteraction: true } : {}),
    ...(NOTIFICATION_SILENT && settings.notifications.silent ? { silent: true } : {}),
  };
}

export async function showNotification(nudges: readonly NudgeLine[], current: CurrentNudge, settings: Settings, person?: Person): Promise<void> {
  await browser.notifications.create(notificationId(current.id), notificationOptions(nudges, current, settings, person));
}

function personNotes(person: Person): string[] {
  const notes: string[] = [];
  if (person.howToReach !== undefined) notes.push(browser.i18n.getMessage('people_notifyHowToReach', [person.howToReach]));
  if (person.nextTime !== undefined) notes.push(browser.i18n.getMessage('people_notifyNextTime', [person.nextTime]));
  return notes;
}

export async function clearNotification(nudgeId: string): Promise<void> {
  await browser.notifications.clear(notificationId(nudgeId));
}

/**
 * Closes every Tend notification but the waiting nudge's: the one answered or replaced in
 * this wake, and any a stopped worker left behind.
 */
export async function clearStaleNotifications(waitingId: string | null): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  const keep = waitingId === null ? null : notificationId(waitingId);
  const stale = shown.filter((id) => nudgeIdOf(id) !== null && id !== keep);
  await Promise.all(stale.map((id) => browser.notifications.clear(id)));
}
