/**
 * How nudges arrive: when to hold one back (idle, fullscreen, audio), the notification's
 * style, and a test nudge to check that notifications reach the person at all.
 */
import { useState } from 'preact/hooks';
import { NOTIFICATION_SILENT, NOTIFICATION_STAY_ON_SCREEN } from '../../../platform/target.ts';
import type { Holds, NotificationStyle } from '../../../src/settings/types.ts';
import { t } from '../../../ui/i18n.ts';
import type { CommandRunner } from '../../../ui/use-command.ts';
import type { SettingsEditor } from './editor.ts';
import { Group, Toggle } from './fields.tsx';

const HOLDS = ['idle', 'fullscreen', 'audio'] as const satisfies readonly (keyof Holds)[];

export function HoldsSection({ editor }: { readonly editor: SettingsEditor }) {
  const holds = editor.settings.holds;
  return (
    <Group id="settings-holds" legend={t('settings_holds')}>
      <p class="hint">{t('settings_holdsHint')}</p>
      {HOLDS.map((hold) => (
        <Toggle
          key={hold}
          id={`settings-hold-${hold}`}
          label={t(`settings_hold_${hold}`)}
          hint={t(`settings_hold_${hold}Hint`)}
          checked={holds[hold]}
          onValue={(on) => {
            editor.edit((d) => ({ ...d, holds: { ...d.holds, [hold]: on } }));
          }}
        />
      ))}
    </Group>
  );
}

export function NotificationsSection({ editor, command }: { readonly editor: SettingsEditor; readonly command: CommandRunner }) {
  const style = editor.settings.notifications;
  const [sent, setSent] = useState(false);
  const set = (patch: Partial<NotificationStyle>): void => {
    editor.edit((d) => ({ ...d, notifications: { ...d.notifications, ...patch } }));
  };
  return (
    <Group id="settings-notifications" legend={t('settings_notifications')}>
      {NOTIFICATION_SILENT && (
        <Toggle
          id="settings-silent"
          label={t('settings_silent')}
          checked={style.silent}
          onValue={(silent) => {
            set({ silent });
          }}
        />
      )}
      {NOTIFICATION_STAY_ON_SCREEN && (
        <Toggle
          id="settings-stay"
          label={t('settings_stay')}
          hint={t('settings_stayHint')}
          checked={style.requireInteraction}
          onValue={(requireInteraction) => {
            set({ requireInteraction });
          }}
        />
      )}
      <Toggle
        id="settings-ask-felt"
        label={t('journal_settingAskFelt')}
        hint={t('journal_settingAskFeltHint')}
        checked={editor.settings.askFelt}
        onValue={(askFelt) => {
          editor.edit((d) => ({ ...d, askFelt }));
        }}
      />
      <div class="buttons">
        <button
          type="button"
          aria-disabled={command.busy}
          aria-describedby="settings-test-sent"
          onClick={() => {
            setSent(false);
            void command.run('testNudge', null).then((reply) => {
              setSent(reply !== undefined);
            });
          }}
        >
          {t('settings_test')}
        </button>
      </div>
      <p class="hint" id="settings-test-sent" aria-live="polite">
        {sent ? t('settings_testSent') : ''}
      </p>
    </Group>
  );
}
