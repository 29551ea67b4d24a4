/**
 * The parts of the browser @webext-core/fake-browser (v1.5) leaves unimplemented and Tend
 * uses: idle, i18n (read from _locales/en), runtime.getManifest, notifications.getPermissionLevel and
 * action.openPopup, action.setPopup/getPopup. Installed once onto the shared fake; their state is reset with
 * `fakeBrowser.reset()`. Tests steer them through `extras`. storage.local's quota comes
 * from fake-quota.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Idle } from '../../platform/browser.ts';
import './fake-quota.ts';

const MANIFEST = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../manifest.json'), 'utf8')) as { version: string };

type Listener<A extends unknown[]> = (...args: A) => unknown;

/** An event like the browser's, with `trigger` for tests (as the fake's own events have). */
export interface TestEvent<A extends unknown[]> {
  addListener(callback: Listener<A>): void;
  removeListener(callback: Listener<A>): void;
  hasListener(callback: Listener<A>): boolean;
  hasListeners(): boolean;
  removeAllListeners(): void;
  trigger(...args: A): Promise<unknown[]>;
}

function testEvent<A extends unknown[]>(): TestEvent<A> {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (callback) => listeners.push(callback),
    removeListener: (callback) => {
      const i = listeners.indexOf(callback);
      if (i >= 0) listeners.splice(i, 1);
    },
    hasListener: (callback) => listeners.includes(callback),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => {
      listeners.length = 0;
    },
    trigger: (...args) => Promise.all(listeners.map((l) => l(...args))),
  };
}

interface Messages {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}
// A path, not a URL: in happy-dom tests the global URL is the DOM's, which node:fs refuses.
const MESSAGES_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../_locales/en/messages.json');
const MESSAGES = JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as Messages;

/** chrome.i18n.getMessage's rules: named placeholders, $1…$9 substitutions, '' when unknown. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), fill(p.content)]));
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole).replace(/\$\$/g, '$');
}

/** What the tests control. */
export interface Extras {
  idleState: Idle.IdleState;
  /** Last interval the worker set; null before it set one. */
  idleInterval: number | null;
  /** undefined: the browser has no getPermissionLevel (Firefox). */
  permissionLevel: 'granted' | 'denied' | undefined;
  /** How often the popup was opened from a notification. */
  popupsOpened: number;
  /** openPopup rejects (no focused window), so the worker falls back to a tab. */
  popupFails: boolean;
  /** The toolbar popup's address, as action.setPopup last set it. */
  popup: string;
}

const initial = (): Extras => ({ idleState: 'active', idleInterval: null, permissionLevel: 'granted', popupsOpened: 0, popupFails: false, popup: 'popup/popup.html' });

const INSTALLED = Symbol.for('tend.fake-extras');
type Installed = { [INSTALLED]?: { extras: Extras; onStateChanged: TestEvent<[Idle.IdleState]> } };

function install(): { extras: Extras; onStateChanged: TestEvent<[Idle.IdleState]> } {
  // vi.resetModules re-evaluates this file; the fake browser itself is one for the process.
  const holder = fakeBrowser as unknown as Installed;
  const done = holder[INSTALLED];
  if (done) return done;
  const extras = initial();
  const onStateChanged = testEvent<[Idle.IdleState]>();
  Object.assign(fakeBrowser.idle, {
    queryState: (seconds: number) => {
      if (seconds < 15) return Promise.reject(new Error('detectionIntervalInSeconds must be at least 15'));
      return Promise.resolve(extras.idleState);
    },
    setDetectionInterval: (seconds: number) => {
      if (seconds < 15) throw new Error('intervalInSeconds must be at least 15');
      extras.idleInterval = seconds;
    },
    onStateChanged,
  });
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
  // The manifest as the build ships it (its version stamps what the worker writes, src/state/stamp.ts).
  Object.assign(fakeBrowser.runtime, { getManifest: () => MANIFEST });
  Object.defineProperty(fakeBrowser.notifications, 'getPermissionLevel', {
    configurable: true,
    get: () => (extras.permissionLevel === undefined ? undefined : () => Promise.resolve(extras.permissionLevel)),
  });
  Object.assign(fakeBrowser.action, {
    setPopup: ({ popup }: { popup: string }) => {
      extras.popup = popup;
      return Promise.resolve();
    },
    getPopup: () => Promise.resolve(extras.popup),
    openPopup: () => {
      if (extras.popupFails) return Promise.reject(new Error('Could not find an active browser window.'));
      extras.popupsOpened++;
      return Promise.resolve();
    },
  });
  const reset = fakeBrowser.reset.bind(fakeBrowser);
  fakeBrowser.reset = () => {
    reset();
    onStateChanged.removeAllListeners();
    Object.assign(extras, initial());
  };
  holder[INSTALLED] = { extras, onStateChanged };
  return holder[INSTALLED];
}

const installed = install();
export const extras: Extras = installed.extras;
export const idleStateChanged: TestEvent<[Idle.IdleState]> = installed.onStateChanged;
