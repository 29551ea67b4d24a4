/**
 * Shared by the settings component tests: the real worker in the in-memory browser (its
 * real command handlers), pages' messages reaching it as they do in a browser, a record of
 * the commands sent, and the settings view rendered from the popup's real store.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from '@testing-library/preact';
import type { Runtime } from '../../platform/browser.ts';
import { createStore, useSnapshot, type Store } from '../../ui/store.ts';
import { useCommand } from '../../ui/use-command.ts';
import { SettingsView } from '../../popup/views/settings.tsx';
import type { CommandMessage } from '../../src/protocol.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import type { Settings } from '../../src/settings/types.ts';
import { flush, install, stored } from '../support/fake-worker.ts';

/** The defaults with one change, so that they are stored (the worker stores only changes). */
export const START_SETTINGS: Settings = { ...DEFAULT_SETTINGS, snoozeMinutes: 25 };

/** Every command a page sent, in order. */
export const sent: CommandMessage[] = [];

/**
 * A fresh profile with the worker installed. The fake's sendMessage gives no sender id;
 * the worker answers only its own extension's pages, so messages carry the id here.
 */
export async function installTend(): Promise<void> {
  await install();
  Object.assign(fakeBrowser.runtime, {
    async sendMessage(message: CommandMessage) {
      sent.push(message);
      const sender: Runtime.MessageSender = { id: fakeBrowser.runtime.id };
      const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
      return replies.find((r) => r !== undefined);
    },
  });
  // Settings in storage, as after any earlier change: "unchanged" then means something.
  await fakeBrowser.runtime.sendMessage({ command: 'saveSettings', payload: { settings: START_SETTINGS } });
  sent.length = 0;
}

export async function storedSettings(): Promise<Settings> {
  return (await stored()).settings;
}

function Harness({ store }: { readonly store: Store }) {
  const { state } = useSnapshot(store);
  const command = useCommand();
  return <SettingsView state={state} command={command} now={Date.now()} />;
}

/** The settings view as the popup shows it: the real store, the real command runner. */
export async function renderSettings(): Promise<Store & { dispose(): void }> {
  const store = await createStore();
  render(<Harness store={store} />);
  await flush();
  return store;
}
