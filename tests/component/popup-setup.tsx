/**
 * Shared by the popup's component tests: the real worker in the in-memory browser (its real
 * command handlers), the page's messages reaching it as they do in a browser, and the whole
 * popup rendered from its real store on a chosen view.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { configure, render } from '@testing-library/preact';
import type { Runtime } from '../../platform/browser.ts';
import { App } from '../../popup/app.tsx';
import { createStore } from '../../ui/store.ts';
import type { ViewName } from '../../popup/views/lazy.tsx';
import type { CommandMessage, Reply } from '../../src/protocol.ts';
import type { Settings } from '../../src/settings/types.ts';
import type { State } from '../../src/state/types.ts';
import { strategyById } from '../../src/strategies/index.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { ALL_DAY, flush, install, stored } from '../support/fake-worker.ts';
// Now loads a strategy's why, how and sources right after its first paint (a lazy part); loaded
// here first, so a test that ends before that import settles never imports after teardown.
import '../../popup/views/strategy-details.tsx';

// findBy*/waitFor poll for a condition; the bound only decides how long a real failure
// takes to report. The default 1 s is too little on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

export const VERSION = '0.1.0';

const stores: { dispose(): void }[] = [];

/**
 * A fresh profile with the worker installed and all-day settings saved. The fake's
 * sendMessage gives no sender id and the worker answers only its own extension's pages,
 * so messages carry the id here. The fake has no getManifest: About reads the version.
 */
export async function installTend(settings: Settings = ALL_DAY): Promise<void> {
  await install();
  Object.assign(fakeBrowser.runtime, {
    async sendMessage(message: CommandMessage): Promise<unknown> {
      const sender: Runtime.MessageSender = { id: fakeBrowser.runtime.id };
      const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
      return replies.find((r) => r !== undefined);
    },
    getManifest: () => ({ manifest_version: 3, name: 'Tend', version: VERSION }),
  });
  await command('saveSettings', { settings });
}

/** Sends a command as another page would (the popup's own go through its buttons). */
export async function command(name: CommandMessage['command'], payload: unknown): Promise<unknown> {
  const reply = await fakeBrowser.runtime.sendMessage<CommandMessage, Reply>({ command: name, payload } as CommandMessage);
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.message}`);
  await flush();
  return reply.value;
}

/** The popup as the browser opens it: state read first, then the first render. */
export async function renderPopup(view: ViewName = 'now'): Promise<void> {
  const store = await createStore({ historyLater: view === 'now' });
  stores.push(store);
  render(<App store={store} view={view} />);
  store.loadHistory();
  await flush();
}

/** Starts a strategy now, as the library's Start does, and answers it (or leaves it waiting). */
export async function startAndAnswer(strategyId: string, answer: 'done' | 'snooze' | 'skip' | null): Promise<void> {
  await command('start', { strategyId });
  const { current } = await stored();
  if (answer && current) await command(answer, { nudgeId: current.id });
}

/** A library strategy's title, as the log lists it. */
export const titleOf = (id: string): string => strategyById(id)?.title ?? id;

export function disposeStores(): void {
  for (const s of stores.splice(0)) s.dispose();
}

export async function storedState(): Promise<State> {
  return stored();
}

/** The person's own strategies as stored (none stored yet reads as none). */
export async function storedCustom(): Promise<readonly Strategy[]> {
  const { custom } = await fakeBrowser.storage.local.get('custom');
  return (custom ?? []) as Strategy[];
}
