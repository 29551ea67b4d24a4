/**
 * Checks a settings draft before it is sent, in the person's words and next to the field
 * that needs attention. The checks and the schema both yield a code and a dotted path
 * (src/settings/codes.ts), worded here once; the schema (and the worker, with the same
 * schema) stays the final judge, and a refusal it sends back is worded the same way.
 */
import * as limit from '../../../src/limits.ts';
import { isSettingsCode, type SettingsIssue } from '../../../src/settings/codes.ts';
import { parseSettings } from '../../../src/settings/parse.ts';
import type { Settings, TimeRange } from '../../../src/settings/types.ts';
import { WEEKDAYS } from '../../../src/time/local-date.ts';
import { errorWords, failureOf } from '../../error-words.ts';
import { t } from '../../../ui/i18n.ts';
import { formatDuration } from './words.ts';

/** Messages by field path, e.g. `minGapMinutes` or `activeHours.mon[0]`; "" for the whole form. */
export type FieldErrors = Readonly<Record<string, string>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The bounds a whole-number field shows in its message (one home: src/limits.ts). */
const WHOLE: Readonly<Record<string, readonly [number, number]>> = {
  intervalMinutes: [limit.INTERVAL_MIN, limit.INTERVAL_MAX],
  dailyCap: [limit.DAILY_CAP_MIN, limit.DAILY_CAP_MAX],
  minGapMinutes: [limit.GAP_MIN, limit.GAP_MAX],
  snoozeMinutes: [limit.SNOOZE_MIN, limit.SNOOZE_MAX],
};

/** What is wrong with a draft, as codes at paths; empty when it may be sent. */
export function settingsIssues(s: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const path of ['dailyCap', 'minGapMinutes', 'snoozeMinutes'] as const) {
    const n = s[path];
    const [min = 0, max = 0] = WHOLE[path] ?? [];
    if (!Number.isInteger(n)) issues.push({ code: 'notWhole', path });
    else if (n < min || n > max) issues.push({ code: 'outOfRange', path });
  }
  if (!issues.some((i) => i.path === 'minGapMinutes') && s.minGapMinutes > s.intervalMinutes) {
    issues.push({ code: 'gapOverInterval', path: 'minGapMinutes' });
  }
  for (const day of WEEKDAYS) {
    s.activeHours[day].forEach((range, i) => {
      const code = rangeProblem(range);
      if (code) issues.push({ code, path: `activeHours.${day}[${i}]` });
    });
  }
  if (!Object.values(s.kinds).some((k) => k.enabled)) issues.push({ code: 'noKind', path: 'kinds' });
  if (issues.length > 0) return issues;
  // The last word is the schema's, so nothing the worker would refuse is ever sent.
  const parsed = parseSettings(s);
  return parsed.ok ? [] : [{ code: parsed.code, path: parsed.path }];
}

function rangeProblem(range: TimeRange): SettingsIssue['code'] | null {
  if (!TIME.test(range.start) || !TIME.test(range.end)) return 'badTime';
  if (range.start === range.end) return 'sameTime';
  return null;
}

/** One issue in words, with what the field needs (its bounds, the interval it must not pass). */
export function issueWords({ code, path }: SettingsIssue, s: Settings): string {
  const whole = WHOLE[path];
  if ((code === 'notWhole' || code === 'outOfRange') && whole) return t('settings_errorWhole', whole.map(String));
  if (code === 'gapOverInterval') return t('settings_errorGap', formatDuration(s.intervalMinutes));
  return errorWords({ code, path });
}

/** The draft's issues in words, by path (the first issue at a path is the one shown). */
export function checkSettings(s: Settings): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of settingsIssues(s)) errors[issue.path] ??= issueWords(issue, s);
  return errors;
}

/**
 * A save that failed: a settings refusal from the worker is worded under the field its path
 * names; anything else (the worker could not be reached) is shown for the whole form.
 */
export function saveError(error: unknown, s: Settings): FieldErrors {
  const { code, path } = failureOf(error);
  if (isSettingsCode(code)) return { [path]: issueWords({ code, path }, s) };
  return { '': errorWords(error) };
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
