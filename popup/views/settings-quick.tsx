/**
 * The popup's Settings: the quick ones — pause, how often, which kinds — and a way to every
 * other setting on the options page (active hours, holds, how nudges look, your data). The
 * whole list was a 2,100 px scroll in a 600 px popup (issue 15). Each change is checked and
 * saved at once through the worker, as on the options page.
 */
import { browser } from '../../platform/browser.ts';
import { t } from '../../ui/i18n.ts';
import type { ViewProps } from './lazy.tsx';
import { unplacedError } from './settings/check.ts';
import { useSettingsEditor } from './settings/editor.ts';
import { FieldError } from './settings/fields.tsx';
import { KindsSection } from './settings/kinds.tsx';
import { PauseSection } from './settings/pause.tsx';
import { IntervalChoice } from './settings/rhythm.tsx';
import { SettingsStatus, useShownDueAt } from './settings/status.tsx';
import SETTINGS_CSS from './settings/settings.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(SETTINGS_CSS);

export function QuickSettingsView({ snapshot: { state }, command, now }: ViewProps) {
  const editor = useSettingsEditor(state.settings);
  const [dueAt, setReplyDueAt] = useShownDueAt(editor, state.schedule.dueAt, state.schedule);
  return (
    <div class="settings quick">
      <h1 class="settings-title">{t('settings_heading')}</h1>
      <SettingsStatus settings={state.settings} dueAt={dueAt} status={editor.status} now={now} />
      <FieldError id="settings-error" error={unplacedError(editor.errors)} />
      <PauseSection settings={state.settings} now={now} command={command} onDue={setReplyDueAt} />
      <div class="group" id="settings-rhythm">
        <IntervalChoice editor={editor} />
      </div>
      <KindsSection editor={editor} weights={false} />
      <div class="more-settings">
        <button type="button" class="link" aria-describedby="more-settings-hint" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settings_more')}
        </button>
        <p class="hint" id="more-settings-hint">
          {t('settings_moreHint')}
        </p>
      </div>
    </div>
  );
}
