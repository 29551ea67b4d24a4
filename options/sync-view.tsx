/**
 * "Settings that follow you" on the options page (issue 13), beside Your data: two switches
 * (sync; people with it) and what sync last did, in plain words. The page only reads the sync
 * slice (src/sync/prefs.ts) and sends `setSync`; the worker does the rest (background/sync.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { parseSyncPrefs, SYNC_KEY, SYNC_OFF, type SyncPrefs } from '../src/sync/prefs.ts';
import { formatMoment } from '../ui/format.ts';
import { t, type MessageKey } from '../ui/i18n.ts';
import type { CommandRunner } from '../ui/use-command.ts';
import { Toggle } from '../popup/views/settings/fields.tsx';

/** The sync slice as stored, re-read whenever the worker writes it. */
export function useSyncPrefs(): SyncPrefs | null {
  const [prefs, setPrefs] = useState<SyncPrefs | null>(null);
  useEffect(() => {
    let live = true;
    const read = (): void => {
      void browser.storage.local.get(SYNC_KEY).then((items) => {
        if (live) setPrefs(parseSyncPrefs(items[SYNC_KEY]).prefs);
      });
    };
    const onChanged = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && Object.hasOwn(changes, SYNC_KEY)) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    read();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return prefs;
}

/** What sync last did, or what went wrong, in the person's words. */
export function syncStatusWords(prefs: SyncPrefs, now: number): string {
  const { problem } = prefs;
  if (!prefs.enabled) return t('sync_off');
  if (problem?.kind === 'refused') {
    if (problem.detail === 'mixedWrites') return t('sync_problem_mixed');
    const key = `data_code_${problem.detail}`;
    const why = t(key as MessageKey, problem.path);
    return t('sync_problem_refused', why === key ? problem.path : why);
  }
  if (problem?.kind === 'overQuota') return t('sync_problem_overQuota');
  if (problem?.kind === 'writeFailed') return t('sync_problem_writeFailed');
  return prefs.lastSyncedAt === null ? t('sync_waiting') : t('sync_last', formatMoment(prefs.lastSyncedAt, now));
}

export function SyncView({ command }: { readonly command: CommandRunner }) {
  const prefs = useSyncPrefs();
  const shown = prefs ?? SYNC_OFF;
  const busy = command.busy || prefs === null;
  const set = (enabled: boolean, people: boolean) => {
    void command.run('setSync', { enabled, people });
  };
  return (
    <section class="card data sync" id="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync_heading')}</h2>
      <p class="quiet">{t('sync_intro')}</p>
      <Toggle id="sync-on" role="switch" label={t('sync_switch')} checked={shown.enabled} busy={busy} onValue={(on) => { set(on, shown.people); }} />
      {/* The second, separate opt-in: under the first, since it only matters with sync on. */}
      <Toggle id="sync-people" role="switch" label={t('sync_peopleSwitch')} hint={t('sync_peopleHint')} nested checked={shown.people} busy={busy} onValue={(on) => { set(shown.enabled, on); }} />
      {/* A live region without role="status": the settings above keep the page's one status role. */}
      <p class={shown.problem ? 'error sync-status' : 'quiet sync-status'} aria-live="polite" aria-atomic="true">
        {prefs === null ? '' : syncStatusWords(shown, Date.now())}
      </p>
    </section>
  );
}

