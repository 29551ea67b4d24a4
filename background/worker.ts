/**
 * Tend's background worker: the wake path (install, start, alarm, idle, a click), with the
 * commands in a second script it loads on first use (load-commands.ts). MV3 may stop it at any moment and only delivers events to
 * listeners registered in the first turn of this module, so every listener is added here,
 * synchronously, at the top level. Nothing is kept in module globals: each handler reads
 * what it needs from storage. See STYLE.md §4 and chrome-extensions-samples'
 * tutorial.terminate-sw.
 */
import { browser } from '../platform/browser.ts';
import { NUDGE_ALARM } from './alarm.ts';
import { IDLE_SECONDS } from './holds.ts';
import { listenForCommands, loadCommands, preloadCommands } from './load-commands.ts';
import { onInstalled } from './on-installed.ts';
import { onNotificationClicked } from './on-notification.ts';
import { onWorkerStart } from './on-start.ts';
import { reconcile } from './reconcile.ts';
import { SYNC_ALARM, syncIsOn, touchesSync } from './sync-wake.ts';

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
  if (alarm.name === SYNC_ALARM) run(() => loadCommands().then((commands) => commands.runSync()));
});
// Settings that follow you (issue 13): only sync's own changes load its code (sync-wake.ts).
browser.storage.onChanged.addListener((changes, area) => {
  if (touchesSync(changes, area)) run(() => loadCommands().then((commands) => commands.onSyncChange(changes, area)));
});
browser.runtime.onStartup.addListener(() => {
  run(async () => (await syncIsOn()) && (await loadCommands()).runSync());
});
browser.idle.onStateChanged.addListener((state) => {
  // Only the person's return matters: a nudge falling due while they are away is held
  // by the alarm's own wake, and going idle with nothing due needs nothing.
  if (state === 'active') run(() => reconcile('idle-changed'));
});
browser.notifications.onClicked.addListener((id) => {
  run(() => onNotificationClicked(id));
});
// An answer is a command: its code is in the command script, loaded on first use.
browser.notifications.onButtonClicked.addListener((id, index) => {
  run(() => loadCommands().then((commands) => commands.onNotificationButtonClicked(id, index)));
});
browser.notifications.onClosed.addListener((id, byUser) => {
  run(() => loadCommands().then((commands) => commands.onNotificationClosed(id, byUser)));
});
listenForCommands();
preloadCommands();

// After the listeners: these need no event. The detection interval is per worker life.
run(() => {
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  return Promise.resolve();
});
run(onWorkerStart);
