/**
 * What an import makes of the person's data. Replace: the file's data, whole. Merge: the
 * union by id, where the newer edit wins: people and journal entries carry `updatedAt`, and
 * the later one is kept (a tie keeps the local copy); own strategies and after-Done answers
 * carry no edit time, so an unknown id comes from the file and a known one stays as it is
 * here; settings are one object known on both sides, so merge keeps this browser's settings
 * (replace is how to take the file's). Log events are united, each once. Pure; the worker
 * stores the outcome in one write (./stored.ts).
 */
import { JOURNAL_MAX_ENTRIES } from '../journal/limits.ts';
import { FELT_MAX_AGE_DAYS, FELT_MAX_ANSWERS } from '../journal/limits.ts';
import { compareEntries } from '../journal/schema.ts';
import { PEOPLE_MAX } from '../people/limits.ts';
import { CUSTOM_MAX } from '../limits.ts';
import { LOG_EXPORT_MAX, refuse, type DataRefusal, type ParsedExport, type TendData } from './format.ts';
import { uniqueEvents } from './log-events.ts';

export type ImportMode = 'replace' | 'merge';

export type Applied = { readonly ok: true; readonly data: TendData } | DataRefusal;

/** Local first, in its order; then what only the file has. `wins(local, imported)` picks for a known id. */
function unite<T>(local: readonly T[], imported: readonly T[], id: (x: T) => string, wins: (local: T, imported: T) => T): T[] {
  const incoming = new Map(imported.map((x) => [id(x), x]));
  const out = local.map((x) => {
    const other = incoming.get(id(x));
    return other === undefined ? x : wins(x, other);
  });
  const known = new Set(local.map(id));
  return [...out, ...imported.filter((x) => !known.has(id(x)))];
}

const newer = <T extends { readonly updatedAt: number }>(local: T, imported: T): T => (imported.updatedAt > local.updatedAt ? imported : local);
const keepLocal = <T>(local: T): T => local;

/**
 * `now`: united after-Done answers keep FELT_MAX_AGE_DAYS, as recording one does (journal/felt.ts).
 * A merge that would pass a list's limit is refused whole (`tooMany`): nothing is half-applied.
 */
export function applyImport(local: TendData, parsed: ParsedExport, mode: ImportMode, now: number): Applied {
  const file = parsed.data;
  if (mode === 'replace') return { ok: true, data: file };
  const people = unite(local.people, file.people, (p) => p.id, newer);
  if (people.length > PEOPLE_MAX) return refuse('tooMany', 'people');
  const journal = unite(local.journal, file.journal, (e) => e.id, newer).sort(compareEntries);
  if (journal.length > JOURNAL_MAX_ENTRIES) return refuse('tooMany', 'journal');
  const custom = unite(local.custom, file.custom, (s) => s.id, keepLocal);
  if (custom.length > CUSTOM_MAX) return refuse('tooMany', 'custom');
  // Answers are what the picker leans on, not the person's writing: the newest are kept.
  const felt = unite(local.felt, file.felt, (a) => a.nudgeId, keepLocal)
    .filter((a) => a.at >= now - FELT_MAX_AGE_DAYS * 86_400_000)
    .sort((a, b) => a.at - b.at)
    .slice(-FELT_MAX_ANSWERS);
  const log = uniqueEvents([...local.log, ...file.log]).slice(-LOG_EXPORT_MAX);
  return { ok: true, data: { settings: local.settings, custom, people, journal, felt, log } };
}
