/**
 * Every setting, shown in the popup's Settings tab and full-tab as the options page.
 * (Owned by the settings work of issue 6; this first version only names the contract.)
 */
import type { State } from '../../src/state/types.ts';
import { t } from '../i18n.ts';
import type { CommandRunner } from '../use-command.ts';

export interface SettingsViewProps {
  readonly state: State;
  readonly command: CommandRunner;
  readonly now: number;
}

export function SettingsView(_props: SettingsViewProps) {
  return <h2>{t('settingsTitle')}</h2>;
}
