/**
 * The line that makes every change visible: when the next nudge comes now, and whether the
 * last change was saved. It stays in view (sticky) while the person scrolls the settings.
 */
import { pausedUntil } from '../../../src/settings/pause.ts';
import type { Settings } from '../../../src/settings/types.ts';
import { formatMoment } from '../../format.ts';
import { t } from '../../i18n.ts';
import type { SaveStatus } from './editor.ts';

interface Props {
  readonly settings: Settings;
  readonly dueAt: number | null;
  readonly status: SaveStatus;
  readonly now: number;
}

const SAVE_WORDS: Readonly<Record<SaveStatus, string | null>> = {
  idle: null,
  saving: 'settings_saving',
  saved: 'settings_saved',
  invalid: 'settings_notSaved',
};

export function SettingsStatus({ settings, dueAt, status, now }: Props) {
  const paused = pausedUntil(settings, now);
  let next: string;
  if (paused === 'resume') next = t('settings_pausedResume');
  else if (paused !== null) next = t('settings_pausedUntil', formatMoment(paused, now));
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
