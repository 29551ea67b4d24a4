/**
 * Every change to the journal, as pure transitions the worker applies (it is the one
 * writer) and the tests and simulator call directly. Each returns the new slice or a
 * refusal `{ code, path }` that the popup words; nothing is half-applied.
 */
import * as v from 'valibot';
import type { Random } from '../random.ts';
import { JOURNAL_MAX_AGE_DAYS, JOURNAL_MAX_ENTRIES } from './limits.ts';
import {
  AtSchema,
  DraftSchema,
  compareEntries,
  refusalOf,
  type Entry,
  type EntryDraft,
  type JournalRefusal,
  type JournalSlice,
} from './schema.ts';
import type { FeelingId } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const MAX_AGE_MS = JOURNAL_MAX_AGE_DAYS * DAY_MS;

/** A draft that passed: what an entry will hold. */
export interface CheckedDraft {
  readonly words: readonly FeelingId[];
  /** Trimmed; absent when the line was empty or only whitespace. */
  readonly text?: string;
}

export type DraftCheck = { readonly ok: true; readonly value: CheckedDraft } | JournalRefusal;

/**
 * The rule a draft must pass, for the check-in form to call before sending (so it can point
 * at the field) and for the transitions below: one rule, so the form never accepts what the
 * worker then refuses. Paths are the draft's own: `words`, `words.2`, `text`.
 */
export function checkDraft(draft: EntryDraft): DraftCheck {
  const result = v.safeParse(DraftSchema, draft, { abortEarly: true });
  if (!result.success) return refusalOf(result.issues);
  const { words, text } = result.output;
  return { ok: true, value: text ? { words, text } : { words } };
}

export type EntryChange =
  | { readonly ok: true; readonly slice: JournalSlice; readonly entry: Entry }
  | JournalRefusal;

export type EntryRemoval = { readonly ok: true; readonly slice: JournalSlice } | JournalRefusal;

/**
 * Short and unique enough within one journal: the time in base 36 and four random digits.
 * Tries again on the rare clash, and after a few tries (a constant random source in a test)
 * counts up instead, so it always ends.
 */
export function newEntryId(now: number, random: Random, taken: ReadonlySet<string> = new Set()): string {
  const time = Math.floor(now).toString(36);
  for (let attempt = 0; attempt < 8; attempt++) {
    const id = time + Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0');
    if (!taken.has(id)) return id;
  }
  for (let n = 0; ; n++) {
    const id = `${time}z${n.toString(36)}`;
    if (!taken.has(id)) return id;
  }
}

const nowRefusal = (now: number, path: string): JournalRefusal | undefined =>
  v.is(AtSchema, now) ? undefined : { ok: false, code: 'time-out-of-range', path };

/**
 * The journal with a new entry written now, then pruned (so adding never grows it past
 * its bounds). The clock is whole ms (`Math.floor`), as stored times are.
 */
export function addEntry(slice: JournalSlice, draft: EntryDraft, now: number, random: Random): EntryChange {
  const at = Math.floor(now);
  const late = nowRefusal(at, 'at');
  if (late) return late;
  const checked = checkDraft(draft);
  if (!checked.ok) return checked;
  const id = newEntryId(at, random, new Set(slice.entries.map((e) => e.id)));
  const entry: Entry = { id, at, ...checked.value, updatedAt: at };
  // Kept in storage order, so a clock moved back files the entry where its time says.
  const entries = [...slice.entries, entry].sort(compareEntries);
  return { ok: true, slice: pruneJournal({ ...slice, entries }, at), entry };
}

/**
 * The journal with one entry's words and line replaced by the draft (the draft is the
 * whole entry: no text means the line is cleared). Its time stays: it is when the feeling
 * was; `updatedAt` says when it was changed.
 */
export function editEntry(slice: JournalSlice, id: string, draft: EntryDraft, now: number): EntryChange {
  const index = slice.entries.findIndex((e) => e.id === id);
  const old = slice.entries[index];
  if (!old) return { ok: false, code: 'unknown-entry', path: 'id' };
  const updatedAt = Math.floor(now);
  const late = nowRefusal(updatedAt, 'updatedAt');
  if (late) return late;
  const checked = checkDraft(draft);
  if (!checked.ok) return checked;
  const entry: Entry = { id, at: old.at, ...checked.value, updatedAt };
  const entries = slice.entries.map((e, i) => (i === index ? entry : e));
  return { ok: true, slice: { ...slice, entries }, entry };
}

/**
 * The journal without the entry. An id that is not there is refused ('unknown-entry'): the
 * popup may show a stale list, and can say so or simply re-render.
 */
export function deleteEntry(slice: JournalSlice, id: string): EntryRemoval {
  if (!slice.entries.some((e) => e.id === id)) return { ok: false, code: 'unknown-entry', path: 'id' };
  return { ok: true, slice: { ...slice, entries: slice.entries.filter((e) => e.id !== id) } };
}

/**
 * The journal within its bounds: entries of the last JOURNAL_MAX_AGE_DAYS (twelve months)
 * and at most the newest JOURNAL_MAX_ENTRIES. Entries dated after `now` (the clock was
 * moved back) are kept: they are the person's, and age out in time. Returns the very slice
 * given when nothing is dropped, so the worker can skip a write.
 */
export function pruneJournal(slice: JournalSlice, now: number): JournalSlice {
  const oldest = now - MAX_AGE_MS;
  const fresh = slice.entries.filter((e) => e.at >= oldest);
  // In storage order the newest are the tail; sort a copy in case a caller's list is not.
  const kept = fresh.length > JOURNAL_MAX_ENTRIES ? [...fresh].sort(compareEntries).slice(-JOURNAL_MAX_ENTRIES) : fresh;
  return kept.length === slice.entries.length ? slice : { ...slice, entries: kept };
}
