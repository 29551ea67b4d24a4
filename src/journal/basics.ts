/**
 * The journal's few rules that other slices share (the after-Done answers in felt.ts, the
 * defaults), apart from the entry schema so a worker wake loads them without the feeling
 * vocabulary (schema.ts re-exports them).
 */
import { MAX_INSTANT, MIN_INSTANT } from '../time/instant.ts';
import type { JournalCode, JournalSlice } from './schema.ts';

export const JOURNAL_VERSION = 1;

export const EMPTY_JOURNAL: JournalSlice = { version: JOURNAL_VERSION, entries: [] };

/**
 * Bounds of a stored moment: Tend's one bound for every stored time (src/time/instant.ts,
 * 2000-01-01 to 2200-01-01 UTC), so nothing read back is a moment `Date` cannot format.
 * Unlike a planned wake, a journal time comes from a click, so it is also whole ms.
 */
export const AT_MIN = MIN_INSTANT;
export const AT_MAX = MAX_INSTANT;

/** A valibot message that is a code: typed, so a misspelt code does not compile. */
export const code = (c: JournalCode): JournalCode => c;

/**
 * Storage and structured clone only ever give plain objects. Anything else (a class
 * instance, an object whose prototype carries fields) is refused, since valibot would read
 * inherited fields as if they were the object's own.
 */
export const isPlainObject = (x: unknown): x is Record<string, unknown> => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};
