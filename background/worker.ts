/**
 * Tend's background worker. MV3 may stop it at any moment and only delivers events to
 * listeners registered in the first turn of this module, so every listener is added here,
 * synchronously, at the top level. Nothing is kept in module globals: each handler reads
 * what it needs from storage. See STYLE.md §4 and chrome-extensions-samples'
 * tutorial.terminate-sw.
 */
import { browser } from '../platform/browser.ts';
import { listenForCommands } from '../platform/messaging.ts';
import { parseCommand } from '../src/protocol-schema.ts';
import { NUDGE_ALARM } from './alarm.ts';
import { handlers } from './commands.ts';
import { IDLE_SECONDS } from './holds.ts';
import { onInstalled } from './on-installed.ts';
import { onNotificationButtonClicked, onNotificationClicked, onNotificationClosed } from './on-notification.ts';
import { onWorkerStart } from './on-start.ts';
import { reconcile } from './reconcile.ts';

/** Handlers never throw into the browser: a failure is reported and the next wake retries. */
function run(task: () => Promise<unknown>): void {
  try {
    task().catch(report);
  } catch (error) {
    report(error);
  }
}

function report(error: unknown): void {
  console.error('Tend:', error);
}

browser.runtime.onInstalled.addListener((details) => {
  run(() => onInstalled(details));
});
browser.runtime.onStartup.addListener(() => {
  run(() => reconcile('startup'));
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === NUDGE_ALARM) run(() => reconcile('alarm', alarm.scheduledTime));
});
browser.idle.onStateChanged.addListener((state) => {
  // Only the person's return matters: a nudge falling due while they are away is held
  // by the alarm's own wake, and going idle with nothing due needs nothing.
  if (state === 'active') run(() => reconcile('idle-changed'));
});
browser.notifications.onClicked.addListener((id) => {
  run(() => onNotificationClicked(id));
});
browser.notifications.onButtonClicked.addListener((id, index) => {
  run(() => onNotificationButtonClicked(id, index));
});
browser.notifications.onClosed.addListener((id, byUser) => {
  run(() => onNotificationClosed(id, byUser));
});
listenForCommands(handlers, parseCommand);

// After the listeners: these need no event. The detection interval is per worker life.
run(() => {
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  return Promise.resolve();
});
run(onWorkerStart);
