/**
 * Runs the real background worker module against the in-memory browser, the way the
 * browser does: import it (its top level registers the listeners), fire events at it, stop
 * it (drop its listeners and module state, keep storage and alarms) and start it again.
 * Time is vitest's fake clock; alarms fire when the test moves the clock past them.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Alarms, Idle, Runtime } from '../../platform/browser.ts';
import { vi } from 'vitest';
import { CommandError, type CommandName, type Payload, type Reply, type ReplyValue } from '../../src/protocol.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import type { Settings } from '../../src/settings/types.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';
import { STATE_KEYS, type State } from '../../src/state/types.ts';
import { idleStateChanged } from './fake-extras.ts';

/** Lets every pending promise chain of the worker run to its end (the fakes never use timers). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

function dropListeners(): void {
  const events = [
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.runtime.onMessage,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.notifications.onClosed,
    fakeBrowser.storage.onChanged,
    idleStateChanged,
  ];
  for (const event of events) event.removeAllListeners();
}

/** Whether a worker is running; an event for a stopped worker starts it first, as the browser does. */
let running = false;

/** Loads the worker module afresh, as a browser starting the service worker does. */
export async function startWorker(): Promise<void> {
  vi.resetModules();
  running = true;
  // The browser loads the command script on first use (background/load-commands.ts); here it is there from the start.
  await import('../../background/commands-script.ts');
  await import('../../background/worker.ts');
  await flush();
}

/** MV3 stops the worker: listeners and module state go; storage, alarms, notifications stay. */
export async function restartWorker(): Promise<void> {
  dropListeners();
  await startWorker();
}

/**
 * The worker dies where it stands (MV3 may stop it at any instant): its listeners go, and
 * nothing starts it again until the browser has an event for it (an alarm, a message).
 */
export function killWorker(): void {
  dropListeners();
  running = false;
}

/**
 * From the next `n` browser calls on, the worker hangs: each call after the first `n`
 * never settles, as if the worker had been stopped at that instant. Returns how many
 * calls were made, and `restore` (call it, then `killWorker`, to let a new worker run).
 */
export function freezeAfter(n: number): { calls: () => number; restore: () => void } {
  const apis: [object, string[]][] = [
    [fakeBrowser.storage.local, ['get', 'set', 'remove']],
    [fakeBrowser.alarms, ['get', 'getAll', 'create', 'clear']],
    [fakeBrowser.notifications, ['create', 'clear', 'getAll']],
    [fakeBrowser.action, ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle', 'setPopup']],
  ];
  let count = 0;
  const originals: (() => void)[] = [];
  for (const [api, names] of apis) {
    const target = api as Record<string, unknown>;
    for (const name of names) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = (...args: unknown[]) => (count++ < n ? (original as (...a: unknown[]) => unknown).apply(api, args) : new Promise(() => undefined));
      originals.push(() => {
        target[name] = original;
      });
    }
  }
  return {
    calls: () => count,
    restore: () => {
      for (const undo of originals) undo();
    },
  };
}

/**
 * A fresh profile: install, as the browser does on first load. `prepare` sets up the
 * browser (e.g. `extras`) after the reset and before the worker first starts.
 */
export async function install(prepare: () => void = () => undefined): Promise<void> {
  fakeBrowser.reset();
  prepare();
  await startWorker();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await flush();
}

/** The browser quits and starts again: alarms, notifications and the badge are gone; storage stays. */
export async function restartBrowser(event: 'startup' | 'update' = 'startup'): Promise<void> {
  dropListeners();
  fakeBrowser.alarms.resetState();
  fakeBrowser.notifications.resetState();
  fakeBrowser.action.resetState();
  await startWorker();
  if (event === 'startup') await fakeBrowser.runtime.onStartup.trigger();
  else await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
  await flush();
}

/**
 * Fires every alarm due by now, as Chrome does: a one-shot alarm is removed, a periodic one
 * moves on by its period; a stopped worker is started for the event.
 */
export async function fireDueAlarms(): Promise<number> {
  const due = (await fakeBrowser.alarms.getAll()).filter((a) => a.scheduledTime <= Date.now());
  for (const alarm of due) {
    await alarmGoesOff(alarm);
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm });
    await flush();
  }
  return due.length;
}

/** The browser's side of an alarm firing, before its event: removed, or moved on by its period. */
export async function alarmGoesOff(alarm: Alarms.Alarm): Promise<void> {
  await fakeBrowser.alarms.clear(alarm.name);
  if (alarm.periodInMinutes !== undefined) {
    const when = Math.max(Date.now(), alarm.scheduledTime) + alarm.periodInMinutes * 60_000;
    await fakeBrowser.alarms.create(alarm.name, { when, periodInMinutes: alarm.periodInMinutes });
  }
  if (!running) await startWorker();
}

/**
 * Lets `ms` pass with the browser awake: every alarm fires at its moment (and the worker
 * may set new ones on the way), then the clock stands at the end. Returns the alarms fired.
 */
export async function passTime(ms: number): Promise<Alarms.Alarm[]> {
  // The fake clock counts whole ms; plans may fall between two.
  const end = Math.ceil(Date.now() + ms);
  const fired: Alarms.Alarm[] = [];
  // A bound, not a wait: a worker that kept re-arming an alarm for "now" would show here.
  for (let step = 0; step < 10_000; step++) {
    const next = (await fakeBrowser.alarms.getAll()).filter((a) => a.scheduledTime <= end).sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
    if (!next) break;
    vi.setSystemTime(Math.max(Date.now(), Math.ceil(next.scheduledTime)));
    fired.push({ ...next });
    await fireDueAlarms();
  }
  vi.setSystemTime(Math.max(Date.now(), end));
  return fired;
}

/**
 * The machine slept (or the browser was closed) for `ms`: nothing fired meanwhile; on
 * waking, the overdue alarm fires once, late.
 */
export async function sleepFor(ms: number): Promise<void> {
  vi.setSystemTime(Math.ceil(Date.now() + ms));
  await fireDueAlarms();
}

export async function setIdle(state: Idle.IdleState): Promise<void> {
  const { extras } = await import('./fake-extras.ts');
  extras.idleState = state;
  await idleStateChanged.trigger(state);
  await flush();
}

/** Sends a command from an extension page, through the worker's real dispatcher; a failure is rethrown as the page's send does. */
export async function send<N extends CommandName>(command: N, payload: Payload<N>): Promise<ReplyValue<N>> {
  const reply = await sendRaw(command, payload);
  if (!reply.ok) throw new CommandError({ ...reply.error, message: `${command} failed: ${reply.error.message}` });
  return reply.value;
}

export async function sendRaw(command: string, payload: unknown): Promise<Reply> {
  const sender: Runtime.MessageSender = { id: fakeBrowser.runtime.id };
  const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger({ command, payload }, sender);
  const reply = replies.find((r): r is Reply => r !== undefined);
  if (!reply) throw new Error(`no reply to ${command}`);
  return reply;
}

/** What storage holds, raw (no parsing): what the popup would read. */
export async function stored(): Promise<State> {
  return (await fakeBrowser.storage.local.get([...STATE_KEYS])) as unknown as State;
}

/** Whether anything listens (the fake's events have it; the polyfill's types do not). */
export function listening(event: object): boolean {
  return (event as { hasListeners(): boolean }).hasListeners();
}

export async function nudgeAlarm(): Promise<Alarms.Alarm | undefined> {
  return fakeBrowser.alarms.get('nudge');
}

export async function notificationIds(): Promise<string[]> {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

export function badgeText(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}

/** Nudges at any hour (00:00–23:59 every day), about hourly: tests need not care about the zone. */
export const ALL_DAY: Settings = {
  ...DEFAULT_SETTINGS,
  activeHours: Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start: '00:00', end: '23:59' }]])) as unknown as Settings['activeHours'],
  intervalMinutes: 60,
  minGapMinutes: 30,
  dailyCap: 24,
};

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A fresh install with ALL_DAY settings saved, its first nudge planned. */
export async function installWithAllDay(settings: Settings = ALL_DAY, prepare?: () => void): Promise<void> {
  await install(prepare);
  await send('saveSettings', { settings });
}

/** Runs the clock to the planned nudge and fires its alarm; returns the nudge on offer. */
export async function reachNextNudge(): Promise<NonNullable<State['current']>> {
  const alarm = await nudgeAlarm();
  if (!alarm) throw new Error('no nudge alarm is planned');
  const before = (await stored()).current?.id;
  for (let i = 0; i < 10; i++) {
    await passTime(Math.max(0, ((await nudgeAlarm())?.scheduledTime ?? Date.now()) - Date.now()));
    const current = (await stored()).current;
    if (current && current.id !== before && current.snoozedUntil === null) return current;
  }
  throw new Error('no nudge came');
}
