/**
 * The options page: every setting, full-tab (the popup's Settings holds the quick ones and
 * opens this page from "More settings"), from the same store (read before the first render,
 * re-read on every storage change).
 */
import { render } from 'preact';
import '../popup/popup.css';
import './options.css';
import { t } from '../ui/i18n.ts';
import { applyPageLanguage } from '../ui/page-language.ts';
import { createStore, useSnapshot, type Store } from '../ui/store.ts';
import { useCommand } from '../ui/use-command.ts';
import { HealthWarning } from '../ui/health-warning.tsx';
import { SettingsView } from '../popup/views/settings.tsx';
import { DataView } from './data-view.tsx';
import { SyncView } from './sync-view.tsx';

export function OptionsPage({ store }: { readonly store: Store }) {
  const { state } = useSnapshot(store);
  const command = useCommand();
  return (
    <>
      <header class="page-head">
        <img src="../icons/icon-48.png" alt="" width={32} height={32} />
        <p class="brand">{t('extName')}</p>
      </header>
      <main class="page-body">
        <HealthWarning health={state.health} />
        <p class="error" role="alert">
          {command.error}
        </p>
        <SettingsView state={state} command={command} now={Date.now()} />
        <DataView command={command} />
        <SyncView command={command} />
      </main>
    </>
  );
}

async function main(root: HTMLElement): Promise<void> {
  document.title = t('settings_pageTitle');
  const store = await createStore();
  render(<OptionsPage store={store} />, root);
  // The About view links here (#your-data); the section exists only once rendered.
  if (location.hash === '#your-data') document.getElementById('your-data')?.scrollIntoView();
}

applyPageLanguage();
const root = document.getElementById('app');
if (root) void main(root);
