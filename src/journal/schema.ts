/**
 * The journal's stored slice and the one set of rules every entry passes: when read from
 * storage or an import (parse.ts), and when the check-in form sends a draft (entries.ts).
 * Messages are codes, never English: a refusal crosses to the popup as `{ code, path }`
 * and the page that shows it words it (STYLE 14).
 */
import * as v from 'valibot';
import { ENTRY_TEXT_MAX, ENTRY_WORDS_MAX, JOURNAL_MAX_ENTRIES } from './limits.ts';
import { FEELING_IDS, type FeelingId } from './vocabulary.ts';
import { code, JOURNAL_VERSION } from './basics.ts';
import { AtSchema, plainObject } from './shapes.ts';

export { AT_MAX, AT_MIN, EMPTY_JOURNAL, isPlainObject, JOURNAL_VERSION } from './basics.ts';
export { AtSchema, plainObject } from './shapes.ts';


/** One check-in. Several a day are normal: mood moves through a day. */
export interface Entry {
  /** Unique within the journal; base-36 time plus randomness (see `newEntryId`). */
  readonly id: string;
  /** When it was written, whole ms since 1970. Edits keep it: it is when the feeling was. */
  readonly at: number;
  /** One or more vocabulary ids, in the order picked, no repeats. */
  readonly words: readonly FeelingId[];
  /** The optional line, trimmed; absent rather than empty. */
  readonly text?: string;
  /** When it was last written or edited (equals `at` for an unedited entry). */
  readonly updatedAt: number;
}

/** The `journal` key of storage.local: local only, never synced, oldest entry first. */
export interface JournalSlice {
  readonly version: typeof JOURNAL_VERSION;
  readonly entries: readonly Entry[];
}

/** Storage order: oldest first, ties by id, so a slice read back sorts the same way. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}


/** Every reason the core refuses journal data or a draft; the popup has a message for each. */
export const JOURNAL_CODES = [
  'not-object',
  'missing',
  'unexpected-key',
  'type',
  'version-invalid',
  'version-newer',
  'bad-id',
  'duplicate-id',
  'time-out-of-range',
  'no-word',
  'too-many-words',
  'unknown-word',
  'duplicate-word',
  'text-too-long',
  'too-many-entries',
  'unknown-entry',
] as const;
export type JournalCode = (typeof JOURNAL_CODES)[number];

/**
 * A refusal: `path` is dotted from the slice (or the draft) down to the field, e.g.
 * `entries.3.words.1`; '' means the value as a whole.
 */
export interface JournalRefusal {
  readonly ok: false;
  readonly code: JournalCode;
  readonly path: string;
}




const unique = (items: string[]): boolean => new Set(items).size === items.length;

export const WordsSchema = v.pipe(
  v.array(v.picklist(FEELING_IDS, code('unknown-word')), code('type')),
  v.minLength(1, code('no-word')),
  v.maxLength(ENTRY_WORDS_MAX, code('too-many-words')),
  v.check<FeelingId[], JournalCode>(unique, code('duplicate-word')),
);

/** Trimmed before it is measured: the limit is on what is kept. '' means no text. */
export const TextSchema = v.pipe(
  v.string(code('type')),
  v.transform((s) => s.trim()),
  v.maxLength(ENTRY_TEXT_MAX, code('text-too-long')),
);


export const EntrySchema = plainObject({
  id: v.pipe(v.string(code('type')), v.regex(/^[0-9a-z]{1,32}$/, code('bad-id'))),
  at: AtSchema,
  words: WordsSchema,
  text: v.exactOptional(TextSchema),
  updatedAt: AtSchema,
});

/** The slice after migration (parse.ts checks `version` itself, to tell newer from broken). */
export const JournalSchema = plainObject({
  version: v.literal(JOURNAL_VERSION, code('version-invalid')),
  entries: v.pipe(
    v.array(EntrySchema, code('type')),
    v.maxLength(JOURNAL_MAX_ENTRIES, code('too-many-entries')),
    v.check((list) => unique(list.map((e) => e.id)), code('duplicate-id')),
  ),
});

/** What the check-in form sends: ids as strings (the core checks them) and the raw line. */
export interface EntryDraft {
  readonly words: readonly string[];
  readonly text?: string | undefined;
}

export const DraftSchema = plainObject({
  words: WordsSchema,
  text: v.optional(TextSchema),
});

/** The first issue valibot found, as a refusal with a dotted path. */
export function refusalOf(issues: readonly v.BaseIssue<unknown>[]): JournalRefusal {
  const issue = issues[0];
  const path = (issue?.path ?? []).map((item) => String(item.key)).join('.');
  // A missing key is reported by its parent object, with the key in the path.
  const missing =
    (issue?.type === 'strict_object' || issue?.type === 'object') && issue.received === 'undefined' && path !== '';
  const message = issue?.message;
  const known = JOURNAL_CODES.find((c) => c === message) ?? 'type';
  return { ok: false, code: missing ? 'missing' : known, path };
}
