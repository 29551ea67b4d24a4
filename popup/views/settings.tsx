/**
 * Every setting, full-tab on the options page (the popup shows the quick ones:
 * settings-quick.tsx). Each change is checked, saved at once through the worker, and the line at
 * the top shows when the next nudge comes as a result.
 */
import type { State } from '../../src/state/types.ts';
import { t } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import { HoldsSection, NotificationsSection } from './settings/delivery.tsx';
import { useSettingsEditor } from './settings/editor.ts';
import { unplacedError } from './settings/check.ts';
import { FieldError } from './settings/fields.tsx';
import { HoursSection } from './settings/hours.tsx';
import { KindsSection } from './settings/kinds.tsx';
import { PauseSection } from './settings/pause.tsx';
import { RhythmSection } from './settings/rhythm.tsx';
import { SettingsStatus, useShownDueAt } from './settings/status.tsx';
import SETTINGS_CSS from './settings/settings.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(SETTINGS_CSS);

export interface SettingsViewProps {
  readonly state: State;
  readonly command: CommandRunner;
  readonly now: number;
}

export function SettingsView({ state, command, now }: SettingsViewProps) {
  const editor = useSettingsEditor(state.settings);
  const [dueAt, setReplyDueAt] = useShownDueAt(editor, state.schedule.dueAt, state.schedule);
  return (
    <div class="settings">
      <h1 class="settings-title">{t('settings_heading')}</h1>
      <SettingsStatus settings={state.settings} dueAt={dueAt} status={editor.status} now={now} />
      <FieldError id="settings-error" error={unplacedError(editor.errors)} />
      <PauseSection settings={state.settings} now={now} command={command} onDue={setReplyDueAt} />
      <RhythmSection editor={editor} />
      <HoursSection editor={editor} />
      <KindsSection editor={editor} />
      <HoldsSection editor={editor} />
      <NotificationsSection editor={editor} command={command} />
    </div>
  );
}
