/** How a pause reads wherever it shows (Now, the settings status line, the Pause group). */
import { formatMoment, startsTomorrow } from '../../ui/format.ts';
import { t, type MessageKey } from '../../ui/i18n.ts';

/** Each page words its own lines (the settings page also opens full-tab), so each brings its keys. */
export interface PauseKeys {
  readonly resume: MessageKey;
  readonly today: MessageKey;
  readonly until: MessageKey;
}

export const NOW_PAUSE_KEYS: PauseKeys = { resume: 'pausedUntilResumed', today: 'pausedRestOfToday', until: 'pausedUntil' };
export const SETTINGS_PAUSE_KEYS: PauseKeys = {
  resume: 'settings_pausedResume',
  today: 'settings_pausedRestOfToday',
  until: 'settings_pausedUntil',
};

export function pauseWords(until: number | 'resume', now: number, keys: PauseKeys): string {
  if (until === 'resume') return t(keys.resume);
  // "Paused until Thu 12:00 AM" for the rest of today reads as a riddle (issue 9, item 8).
  if (startsTomorrow(until, now)) return t(keys.today);
  return t(keys.until, formatMoment(until, now));
}
