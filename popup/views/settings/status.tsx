/**
 * The line that makes every change visible: when the next nudge comes now, and whether the
 * last change was saved. It stays in view (sticky) while the person scrolls the settings.
 */
import { haltOf } from '../../../src/schedule/halt.ts';
import type { Settings } from '../../../src/settings/types.ts';
import { formatMoment } from '../../../ui/format.ts';
import { t, type MessageKey } from '../../../ui/i18n.ts';
import { pauseWords, SETTINGS_PAUSE_KEYS } from '../pause-words.ts';
import { useEffect, useState } from 'preact/hooks';
import type { SaveStatus, SettingsEditor } from './editor.ts';

interface Props {
  readonly settings: Settings;
  readonly dueAt: number | null;
  readonly status: SaveStatus;
  readonly now: number;
}

const SAVE_WORDS: Readonly<Record<SaveStatus, MessageKey | null>> = {
  idle: null,
  saving: 'settings_saving',
  saved: 'settings_saved',
  invalid: 'settings_notSaved',
};

export function SettingsStatus({ settings, dueAt, status, now }: Props) {
  const halt = haltOf(settings, now);
  let next: string;
  if (halt?.reason === 'paused') next = pauseWords(halt.until, now, SETTINGS_PAUSE_KEYS);
  else if (halt?.reason === 'no-kind-enabled') next = t('settings_nextNoKind', t('settings_kinds'));
  else if (dueAt !== null) next = t('settings_next', formatMoment(dueAt, now));
  else next = t('settings_nextNone');
  const saved = SAVE_WORDS[status];
  return (
    <p class="settings-status" role="status" data-status={status}>
      <span class="next">{next}</span>
      {saved && <span class="saved">{t(saved)}</span>}
    </p>
  );
}

/**
 * When the next nudge is due as the status line should say it: a reply's due time shows at
 * once (from a save, or `setReply` after a pause); storage's takes over when it arrives.
 */
export function useShownDueAt(editor: SettingsEditor, stored: number | null, schedule: unknown) {
  const [reply, setReply] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    setReply(editor.dueAt);
  }, [editor.dueAt]);
  useEffect(() => {
    setReply(undefined);
  }, [schedule]);
  return [reply === undefined ? stored : reply, setReply] as const;
}
