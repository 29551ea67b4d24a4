/**
 * "Your data" on the options page (issue 13): export as one file, import one (with a
 * preview, then Replace or Merge), erase everything (two steps). On a full page, since
 * Firefox closes a popup when a file chooser opens (docs/platform-notes.md). The page reads
 * storage to export (platform/export-read.ts) and checks a file for the preview; the
 * worker checks it again and applies it. Results go to one live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import './data-view.css';
import { browser } from '../platform/browser.ts';
import { readExport } from '../platform/export-read.ts';
import { clearPageStorage } from '../platform/page-storage.ts';
import type { ImportMode } from '../src/data/apply.ts';
import { exportFileName, exportText } from '../src/data/export.ts';
import { MAX_FILE_BYTES, refuse, type ParsedExport } from '../src/data/format.ts';
import { parseExport } from '../src/data/parse.ts';
import { preview } from '../src/data/preview.ts';
import { t } from '../ui/i18n.ts';
import type { CommandRunner } from '../ui/use-command.ts';
import { fromWords, holdsWords, refusalWords } from './data-words.ts';

/** Downloads `text` as `name` from this page: a Blob, an object URL and <a download>, no permission needed. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // After the click has handed the URL to the download.
  setTimeout(() => { URL.revokeObjectURL(url); }, 60_000);
}

export function DataView({ command }: { readonly command: CommandRunner }) {
  const [result, setResult] = useState('');
  const [chosen, setChosen] = useState<{ text: string; parsed: ParsedExport } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const cancelErase = useRef<HTMLButtonElement>(null);
  // The step's first button goes away: focus moves to the safe answer, not to the page's top.
  useEffect(() => {
    if (confirming) cancelErase.current?.focus();
  }, [confirming]);

  const onExport = async () => {
    try {
      const now = Date.now();
      const name = exportFileName(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
      download(exportText(await readExport(now, browser.runtime.getManifest().version)), name);
      setResult(t('data_exported', name));
    } catch (error) {
      console.warn('Tend:', error);
      setResult(t('data_failed'));
    }
  };

  const onChoose = async () => {
    setChosen(null);
    const picked = file.current?.files?.[0];
    if (!picked) return;
    try {
      // A file far too large is refused before it is read.
      const parsed = picked.size > MAX_FILE_BYTES ? refuse('tooLarge', '') : null;
      const text = parsed ? '' : await picked.text();
      const checked = parsed ?? parseExport(text, Date.now());
      if (!checked.ok) {
        setResult(refusalWords(checked));
        return;
      }
      setResult('');
      setChosen({ text, parsed: checked });
    } catch (error) {
      console.warn('Tend:', error);
      setResult(t('data_failed'));
    }
  };

  const onImport = async (mode: ImportMode) => {
    if (!chosen) return;
    const reply = await command.run('importData', { text: chosen.text, mode });
    if (reply === undefined) {
      setResult(t('data_failed'));
      return;
    }
    setResult(reply.ok ? t('data_imported', holdsWords(reply.imported)) : refusalWords(reply));
    setChosen(null);
    if (file.current) file.current.value = '';
  };

  const onErase = async () => {
    const reply = await command.run('eraseAll', null);
    // What the pages kept for themselves goes too (platform/page-storage.ts).
    if (reply !== undefined) clearPageStorage();
    setConfirming(false);
    setResult(reply === undefined ? t('data_failed') : t('data_erased'));
  };

  const held = chosen ? preview(chosen.parsed) : null;
  return (
    <section class="card data" id="your-data" aria-labelledby="data-title">
      <h2 id="data-title">{t('data_heading')}</h2>
      <p class="quiet">{t('data_intro')}</p>

      <h3>{t('data_exportHeading')}</h3>
      <p class="quiet">{t('data_exportHint')}</p>
      <button type="button" class="primary" onClick={() => void onExport()}>
        {t('data_exportButton')}
      </button>

      <h3>{t('data_importHeading')}</h3>
      <label for="data-file">{t('data_importLabel')}</label>{' '}
      <input id="data-file" ref={file} type="file" accept=".json,application/json" onChange={() => void onChoose()} />
      {held && (
        <div class="data-preview">
          <p>{t('data_previewIntro', holdsWords(held))}</p>
          <p class="quiet">{fromWords(held)}</p>
          <div class="data-actions">
            <button type="button" class="primary" aria-disabled={command.busy} aria-describedby="data-replace-hint" onClick={() => void onImport('replace')}>
              {t('data_replace')}
            </button>
            <button type="button" aria-disabled={command.busy} aria-describedby="data-merge-hint" onClick={() => void onImport('merge')}>
              {t('data_merge')}
            </button>
            <button type="button" class="link" onClick={() => { setChosen(null); }}>
              {t('data_cancel')}
            </button>
          </div>
          <p class="quiet" id="data-replace-hint">{t('data_replaceHint')}</p>
          <p class="quiet" id="data-merge-hint">{t('data_mergeHint')}</p>
        </div>
      )}

      <h3>{t('data_eraseHeading')}</h3>
      <p class="quiet">{t('data_eraseHint')}</p>
      {confirming ? (
        <div class="data-actions" role="group" aria-labelledby="data-erase-ask">
          <p id="data-erase-ask">{t('data_eraseAsk')}</p>
          <button type="button" class="danger" aria-disabled={command.busy} onClick={() => void onErase()}>
            {t('data_eraseConfirm')}
          </button>
          <button type="button" ref={cancelErase} onClick={() => { setConfirming(false); }}>
            {t('data_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => { setConfirming(true); }}>
          {t('data_eraseButton')}
        </button>
      )}

      {/* A live region without role="status": the settings above keep the page's one status role. */}
      <p class="status data-result" aria-live="polite" aria-atomic="true">
        {result}
      </p>
    </section>
  );
}
