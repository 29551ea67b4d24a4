/**
 * Loads the worker's command script (commands-script.ts, built to background/commands.js)
 * the first time the worker needs it, once per worker life:
 *
 * - Chrome's service worker has no dynamic import(); importScripts() runs a script only if
 *   the worker imported it while it was being installed (later, a new script is refused:
 *   "importScripts() of new scripts after service worker installation is not allowed"), so
 *   the worker imports it in its `install` event and again, from the browser's stored copy,
 *   whenever a command comes (docs/platform-notes.md).
 * - Firefox's event page is a document: the script is added as a <script> element of the
 *   extension's own (CSP 'self' allows it).
 * - Tests import commands-script.ts themselves (tests/support/fake-worker.ts).
 */
import { browser, type Runtime } from '../platform/browser.ts';
import { TARGET } from '../platform/target.ts';
import type { Reply } from '../src/protocol.ts';
import type { JournalReader } from '../src/state/parse.ts';
import type { State, StateKey } from '../src/state/types.ts';

/** What the command script hands the worker. */
export interface CommandsScript {
  readonly dispatch: (message: unknown) => Promise<Reply>;
  readonly onNotificationButtonClicked: (notificationId: string, index: number) => Promise<void>;
  readonly onNotificationClosed: (notificationId: string, byUser: boolean) => Promise<void>;
  /** The state read through every schema, for slices a wake could not take as vouched for (state.ts). */
  readonly checkedSlices: (now: number, keys: readonly StateKey[], journal: JournalReader | undefined) => Promise<State>;
  /** Sync (issue 13, sync.ts): a storage change worker.ts found to be sync's, and one sync run. */
  readonly onSyncChange: (changes: Readonly<Record<string, unknown>>, area: string) => Promise<unknown>;
  readonly runSync: () => Promise<unknown>;
}

/** The global the command script sets; read only here. */
export const COMMANDS_GLOBAL = 'tendCommands';
/** The built command script, relative to the extension's root. */
export const COMMANDS_SCRIPT = 'background/commands.js';

interface ServiceWorkerScope {
  readonly importScripts: (...urls: string[]) => void;
  readonly addEventListener: (type: 'install', listener: () => void) => void;
}
interface EventPage {
  readonly document: { createElement(tag: 'script'): ScriptElement; readonly head: { append(node: ScriptElement): void } };
}
interface ScriptElement {
  src: string;
  onload: (() => void) | null;
  onerror: (() => void) | null;
}

const loaded = (): CommandsScript | undefined => (globalThis as Record<string, unknown>)[COMMANDS_GLOBAL] as CommandsScript | undefined;

/** Chrome: import the command script while the worker installs, so it may be imported again later. */
export function preloadCommands(): void {
  if (TARGET !== 'chrome' || !('importScripts' in globalThis)) return;
  const scope = globalThis as unknown as ServiceWorkerScope;
  scope.addEventListener('install', () => {
    if (!loaded()) scope.importScripts(browser.runtime.getURL(COMMANDS_SCRIPT));
  });
}

/** The command script, loaded on first use. */
export function loadCommands(): Promise<CommandsScript> {
  const script = loaded();
  if (script) return Promise.resolve(script);
  if ('importScripts' in globalThis) {
    (globalThis as unknown as ServiceWorkerScope).importScripts(browser.runtime.getURL(COMMANDS_SCRIPT));
    return present();
  }
  if ('document' in globalThis) {
    return new Promise((resolve, reject) => {
      const page = globalThis as unknown as EventPage;
      const element = page.document.createElement('script');
      element.onload = () => {
        present().then(resolve, reject);
      };
      element.onerror = () => {
        reject(new Error(`${COMMANDS_SCRIPT} did not load`));
      };
      element.src = browser.runtime.getURL(COMMANDS_SCRIPT);
      page.document.head.append(element);
    });
  }
  return present();
}

function present(): Promise<CommandsScript> {
  const script = loaded();
  return script ? Promise.resolve(script) : Promise.reject(new Error(`${COMMANDS_SCRIPT} is not loaded`));
}

/** The worker's one message listener: only Tend's own pages talk to it (no externally_connectable, no content scripts). */
export function listenForCommands(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    return loadCommands().then((script) => script.dispatch(message));
  });
}
