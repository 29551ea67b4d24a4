/**
 * Checks a settings draft before it is sent, in the person's words and next to the field
 * that needs attention. The schema (and the worker, with the same schema) stays the final
 * judge: anything it rejects that these checks missed is shown with its own message.
 */
import * as limit from '../../../src/limits.ts';
import { parseSettings } from '../../../src/settings/parse.ts';
import type { Settings, TimeRange } from '../../../src/settings/types.ts';
import { WEEKDAYS } from '../../../src/time/local-date.ts';
import { t } from '../../i18n.ts';
import { formatDuration } from './words.ts';

/** Messages by field path, e.g. `minGapMinutes` or `activeHours.mon[0]`. */
export type FieldErrors = Readonly<Record<string, string>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkSettings(s: Settings): FieldErrors {
  const errors: Record<string, string> = {};
  const whole = (path: 'dailyCap' | 'minGapMinutes' | 'snoozeMinutes', min: number, max: number): void => {
    const n = s[path];
    if (!Number.isInteger(n) || n < min || n > max) errors[path] = t('settings_errorWhole', [String(min), String(max)]);
  };
  whole('dailyCap', limit.DAILY_CAP_MIN, limit.DAILY_CAP_MAX);
  whole('minGapMinutes', limit.GAP_MIN, limit.GAP_MAX);
  whole('snoozeMinutes', limit.SNOOZE_MIN, limit.SNOOZE_MAX);
  if (!errors['minGapMinutes'] && s.minGapMinutes > s.intervalMinutes) {
    errors['minGapMinutes'] = t('settings_errorGap', formatDuration(s.intervalMinutes));
  }
  for (const day of WEEKDAYS) {
    s.activeHours[day].forEach((range, i) => {
      const message = rangeProblem(range);
      if (message) errors[`activeHours.${day}[${i}]`] = message;
    });
  }
  if (!Object.values(s.kinds).some((k) => k.enabled)) errors['kinds'] = t('settings_errorNoKinds');
  if (Object.keys(errors).length > 0) return errors;
  // The last word is the schema's, so nothing the worker would refuse is ever sent.
  const parsed = parseSettings(s);
  return parsed.ok ? {} : fieldError(parsed.error);
}

function rangeProblem(range: TimeRange): string | null {
  if (!TIME.test(range.start) || !TIME.test(range.end)) return t('settings_errorTime');
  if (range.start === range.end) return t('settings_errorSameTime');
  return null;
}

/**
 * "minGapMinutes: must not …" (the schema) or "These settings were not saved: dailyCap: …"
 * (the worker) → the message under its field; anything else is shown for the whole form.
 */
export function fieldError(message: string): FieldErrors {
  const match = /^(?:[^:]*not saved:\s*)?([A-Za-z][\w.[\]]*): /.exec(message);
  return { [match?.[1] ?? '']: message };
}

/** The message for `path` or for anything inside it (a range's start belongs to the range). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  for (const [key, message] of Object.entries(errors)) {
    if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) return message;
  }
  return undefined;
}

/** Paths that have a message slot next to their control. */
const PLACED = /^(dailyCap|minGapMinutes|snoozeMinutes|kinds|activeHours\.\w+\[\d+\])/;

/** A message no field shows (e.g. the worker could not be reached): shown for the whole form. */
export function unplacedError(errors: FieldErrors): string | undefined {
  return Object.entries(errors).find(([path]) => !PLACED.test(path))?.[1];
}
