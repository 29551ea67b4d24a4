/** Pause: an hour, the rest of today, or until resumed; and resume. Sent as the pause command. */
import { pausedUntil } from '../../../src/settings/pause.ts';
import type { PauseMode } from '../../../src/protocol.ts';
import type { Settings } from '../../../src/settings/types.ts';
import { t } from '../../../ui/i18n.ts';
import type { CommandRunner } from '../../../ui/use-command.ts';
import { pauseWords, SETTINGS_PAUSE_KEYS } from '../pause-words.ts';
import { Group } from './fields.tsx';

const MODES = [
  ['hour', 'settings_pauseHour'],
  ['today', 'settings_pauseToday'],
  ['until-resumed', 'settings_pauseResumed'],
] as const satisfies readonly (readonly [PauseMode, string])[];

interface Props {
  readonly settings: Settings;
  readonly now: number;
  readonly command: CommandRunner;
  /** The worker's answer: when the next nudge is due now. */
  readonly onDue: (dueAt: number | null) => void;
}

export function PauseSection({ settings, now, command, onDue }: Props) {
  const until = pausedUntil(settings, now);
  const pause = async (mode: PauseMode): Promise<void> => {
    const reply = await command.run('pause', { mode });
    if (reply) onDue(reply.dueAt);
  };
  return (
    <Group id="settings-pause" legend={t('settings_pause')}>
      <p class="pause-state" data-paused={until !== null}>
        {until === null ? t('settings_notPaused') : pauseWords(until, now, SETTINGS_PAUSE_KEYS)}
      </p>
      <div class="buttons">
        {until !== null && (
          <button type="button" class="primary" aria-disabled={command.busy} onClick={() => void pause('resume')}>
            {t('settings_resume')}
          </button>
        )}
        {MODES.map(([mode, key]) => (
          <button type="button" key={mode} aria-disabled={command.busy} onClick={() => void pause(mode)}>
            {t(key)}
          </button>
        ))}
      </div>
    </Group>
  );
}
