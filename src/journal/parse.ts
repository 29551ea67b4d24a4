/**
 * The journal from storage or an import file: migrated from older versions, then judged
 * whole by the schema. `parseJournal` is all or nothing, for an import ("a bad file changes
 * nothing and says why"); `salvageJournal` keeps every readable entry, for a storage read,
 * where one bad entry must not cost the person the rest of what they wrote.
 */
import * as v from 'valibot';
import { JOURNAL_MAX_ENTRIES } from './limits.ts';
import { migrateJournal, type JournalData } from './migrations.ts';
import {
  EntrySchema,
  JOURNAL_VERSION,
  JournalSchema,
  compareEntries,
  isPlainObject,
  refusalOf,
  type Entry,
  type JournalRefusal,
  type JournalSlice,
} from './schema.ts';

export type JournalParse =
  | { readonly ok: true; readonly value: JournalSlice; readonly migrated: boolean }
  | JournalRefusal;

export type JournalSalvage =
  | { readonly ok: true; readonly value: JournalSlice; readonly migrated: boolean; readonly dropped: number }
  | JournalRefusal;

const refuse = (code: JournalRefusal['code'], path: string): JournalRefusal => ({ ok: false, code, path });

/** Checks the envelope and brings it to the current version; a refusal when it cannot. */
function upgraded(raw: unknown): { data: JournalData; migrated: boolean } | JournalRefusal {
  if (!isPlainObject(raw)) return refuse('not-object', '');
  if (!Object.hasOwn(raw, 'version')) return refuse('missing', 'version');
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('version-invalid', 'version');
  if (version > JOURNAL_VERSION) return refuse('version-newer', 'version');
  return { data: migrateJournal(raw, version), migrated: version < JOURNAL_VERSION };
}

/** An entry as stored: an empty line is no line; oldest first, ties by id, so order is stable. */
function tidy(entries: readonly v.InferOutput<typeof EntrySchema>[]): Entry[] {
  return entries
    .map(({ text, ...rest }): Entry => (text ? { ...rest, text } : rest))
    .sort(compareEntries);
}

/** The whole slice, or the first thing wrong with it (e.g. `entries.3.words.1` unknown-word). */
export function parseJournal(raw: unknown): JournalParse {
  const up = upgraded(raw);
  if ('ok' in up) return up;
  const result = v.safeParse(JournalSchema, up.data, { abortEarly: true });
  if (!result.success) return refusalOf(result.issues);
  return { ok: true, value: { version: JOURNAL_VERSION, entries: tidy(result.output.entries) }, migrated: up.migrated };
}

/**
 * Every entry that passes on its own, the first of any repeated id, at most the newest
 * JOURNAL_MAX_ENTRIES; `dropped` counts the rest, so the worker can keep a copy and say so.
 * Refuses only when there is no journal to read at all (not an object, a newer version,
 * `entries` not a list).
 */
export function salvageJournal(raw: unknown): JournalSalvage {
  const up = upgraded(raw);
  if ('ok' in up) return up;
  const list = up.data['entries'];
  if (!Array.isArray(list)) return refuse(list === undefined ? 'missing' : 'type', 'entries');
  const kept: v.InferOutput<typeof EntrySchema>[] = [];
  const ids = new Set<string>();
  for (const item of list) {
    const result = v.safeParse(EntrySchema, item, { abortEarly: true });
    if (!result.success || ids.has(result.output.id)) continue;
    ids.add(result.output.id);
    kept.push(result.output);
  }
  const entries = tidy(kept).slice(-JOURNAL_MAX_ENTRIES);
  return {
    ok: true,
    value: { version: JOURNAL_VERSION, entries },
    migrated: up.migrated,
    dropped: list.length - entries.length,
  };
}
