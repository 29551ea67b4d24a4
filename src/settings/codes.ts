/**
 * Why settings were refused, as a code and the dotted path of the field (`pause.until`,
 * `activeHours.mon[0].start`; "" for the whole object). The core carries no English: the
 * settings page words each code next to the field it names, in the person's language
 * (popup/views/settings/check.ts), and the worker only where no page exists (a notice that
 * stored settings were reset). STYLE.md §14.
 */
export const SETTINGS_CODES = [
  /** A required field is absent. */
  'missing',
  /** Not the kind of value expected (text where a number goes, a list where an object goes). */
  'wrongType',
  /** A number that must be whole (minutes, a cap, a moment in ms) is not. */
  'notWhole',
  /** A number outside its bounds (src/limits.ts), or a moment outside 2000–2200. */
  'outOfRange',
  /** Not a time like 09:00. */
  'badTime',
  /** A range that starts and ends at the same time. */
  'sameTime',
  /** More ranges in a day than RANGES_A_DAY_MAX. */
  'tooMany',
  /** The minimum gap is longer than the average interval. */
  'gapOverInterval',
  /** Every kind switched off: the page's own check (the schema lets it pass; Pause is for a break). */
  'noKind',
  /** `version` is not a whole number this Tend knows. */
  'badVersion',
  /** Written by a newer Tend than this one. */
  'newerVersion',
] as const;

export type SettingsCode = (typeof SETTINGS_CODES)[number];

export interface SettingsIssue {
  readonly code: SettingsCode;
  readonly path: string;
}

const CODES: ReadonlySet<string> = new Set(SETTINGS_CODES);

export function isSettingsCode(value: unknown): value is SettingsCode {
  return typeof value === 'string' && CODES.has(value);
}
