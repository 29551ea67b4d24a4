/**
 * Why the people core refused something, as a code and the dotted path of the field
 * ("people[3].name", or "name" for a form field). The core carries no English: the popup
 * words each code next to the field it names, in the person's language (STYLE.md §14).
 */
export const PEOPLE_CODES = [
  /** A required field is absent. */
  'missing',
  /** Not the kind of value expected (a number where text goes, an object where a list goes). */
  'wrongType',
  /** Text with nothing to show: empty, whitespace only, or invisible characters only. */
  'empty',
  /** Text longer than its limit (NAME_MAX, NOTE_MAX in ./limits.ts). */
  'tooLong',
  /** A list past its limit: more than PEOPLE_MAX people, or CONTACTS_MAX contacts in a file. */
  'tooMany',
  /** A number outside its bounds or not whole: a rhythm of 2 or 366, a moment past 2200. */
  'outOfRange',
  /** An id that is not 1–64 letters, digits, "-" or "_". */
  'badId',
  /** Two people with the same id (the same name twice is fine). */
  'duplicateId',
  /** Data written by a newer Tend than this one. */
  'newerVersion',
  /** No person has that id (already removed, or removed in another window). */
  'notFound',
] as const;

export type PeopleCode = (typeof PEOPLE_CODES)[number];

/** A refusal: nothing was changed. `path` is "" when it concerns the whole slice. */
export interface Refusal {
  readonly ok: false;
  readonly code: PeopleCode;
  readonly path: string;
}

export const refuse = (code: PeopleCode, path: string): Refusal => ({ ok: false, code, path });

const CODES: ReadonlySet<string> = new Set(PEOPLE_CODES);

/** Narrows a schema message (always a code here) to a code; anything else is a type error. */
export function toCode(message: string): PeopleCode {
  return CODES.has(message) ? (message as PeopleCode) : 'wrongType';
}
