/**
 * An export file read back: hard limits first (./guard.ts), then the envelope and its
 * format, then each slice through its own schema, all or nothing. Every refusal is a code
 * and the dotted path of the field in the file (`people[3].name`), worded by the page.
 * Pure: the options page runs it for the preview, and the worker again before applying,
 * since a page is never trusted.
 */
import * as v from 'valibot';
import { FeltAnswerSchema, type FeltAnswer } from '../journal/felt.ts';
import { parseJournal } from '../journal/parse.ts';
import { JOURNAL_VERSION } from '../journal/schema.ts';
import { parseLog } from '../log/parse.ts';
import type { LogEvent } from '../log/types.ts';
import { parsePeople } from '../people/parse.ts';
import { PEOPLE_VERSION } from '../people/person.ts';
import { parseSettings } from '../settings/parse.ts';
import { CustomStrategySchema } from '../state/schemas.ts';
import type { Strategy } from '../strategies/types.ts';
import { FORMAT, LOG_EXPORT_MAX, refuse, type DataCode, type DataRefusal, type ParsedExport } from './format.ts';
import { guarded } from './guard.ts';
import { uniqueEvents } from './log-events.ts';
import { migrateFile, type FileData } from './migrations.ts';
import { CUSTOM_MAX } from '../limits.ts';

type Step<T> = { readonly ok: true; readonly value: T } | DataRefusal;

const isRecord = (x: unknown): x is FileData => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The text of a file (the page reads it; the worker gets it as the command's payload). */
export function parseExport(text: string, now: number): ParsedExport | DataRefusal {
  const json = guarded(text);
  if (!json.ok) return json;
  const raw = json.value;
  if (!isRecord(raw) || !Object.hasOwn(raw, 'format')) return refuse('notTend', '');
  const format = raw['format'];
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return refuse('badFormat', 'format');
  if (format > FORMAT) return refuse('newerFormat', 'format');
  const file = migrateFile(raw, format);
  const tend = file['tend'];
  if (tend === undefined) return refuse('missing', 'tend');
  if (typeof tend !== 'string' || tend.length > 64) return refuse('wrongType', 'tend');
  const exportedAt = file['exportedAt'];
  if (exportedAt === undefined) return refuse('missing', 'exportedAt');
  if (typeof exportedAt !== 'string' || exportedAt.length > 64) return refuse('wrongType', 'exportedAt');

  const settings = readSettings(file['settings']);
  if (!settings.ok) return settings;
  const custom = readCustom(file['custom']);
  if (!custom.ok) return custom;
  const people = readPeople(file['people'], now);
  if (!people.ok) return people;
  const journal = readJournal(file['journal']);
  if (!journal.ok) return journal;
  const felt = readFelt(file['felt']);
  if (!felt.ok) return felt;
  const log = readLog(file['log']);
  if (!log.ok) return log;
  return {
    ok: true,
    format,
    tend,
    exportedAt,
    data: { settings: settings.value, custom: custom.value, people: people.value, journal: journal.value, felt: felt.value, log: log.value },
  };
}

/** A list field: present, a list, within `max`. */
function list(raw: unknown, name: string, max: number): Step<readonly unknown[]> {
  if (raw === undefined) return refuse('missing', name);
  if (!Array.isArray(raw)) return refuse('wrongType', name);
  if (raw.length > max) return refuse('tooMany', name);
  return { ok: true, value: raw };
}

/** The first id seen twice, as a refusal at its place in the list. */
function duplicate(items: readonly unknown[], name: string, key: string): DataRefusal | null {
  const seen = new Set<unknown>();
  for (const [i, item] of items.entries()) {
    if (!isRecord(item) || typeof item[key] !== 'string') continue;
    if (seen.has(item[key])) return refuse('duplicateId', `${name}[${i}].${key}`);
    seen.add(item[key]);
  }
  return null;
}

/** A slice's own code as the file's: the shared words where they mean the same, else `invalid` with the detail. */
function fromSlice(code: string, path: string): DataRefusal {
  const same: Readonly<Record<string, DataCode>> = {
    missing: 'missing',
    wrongType: 'wrongType',
    type: 'wrongType',
    'not-object': 'wrongType',
    tooMany: 'tooMany',
    'too-many-entries': 'tooMany',
    duplicateId: 'duplicateId',
    'duplicate-id': 'duplicateId',
    newerVersion: 'newerFormat',
    'version-newer': 'newerFormat',
  };
  const mapped = Object.hasOwn(same, code) ? same[code] : undefined;
  return mapped === undefined ? refuse('invalid', path, code) : refuse(mapped, path);
}

/** Dotted valibot path, brackets for indices, under `prefix` (the export's and sync's field names). */
export function pathOf(prefix: string, issue: v.BaseIssue<unknown> | undefined): string {
  let path = prefix;
  for (const item of issue?.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

/** A path of the journal's dotted form (`entries.3.words.1`) as the file's (`journal[3].words[1]`). */
function journalPath(path: string): string {
  const parts = path.split('.').filter((p) => p !== '');
  if (parts[0] === 'entries') parts.shift();
  return parts.reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : `${out}.${p}`), 'journal');
}

function readSettings(raw: unknown): Step<ParsedExport['data']['settings']> {
  if (raw === undefined) return refuse('missing', 'settings');
  const parsed = parseSettings(raw);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return fromSlice(parsed.code, parsed.path === '' ? 'settings' : `settings.${parsed.path}`);
}

function readCustom(raw: unknown): Step<readonly Strategy[]> {
  const items = list(raw, 'custom', CUSTOM_MAX);
  if (!items.ok) return items;
  const twice = duplicate(items.value, 'custom', 'id');
  if (twice) return twice;
  const out: Strategy[] = [];
  for (const [i, item] of items.value.entries()) {
    const result = v.safeParse(CustomStrategySchema, item);
    if (!result.success) {
      const issue = result.issues[0];
      const missing = issue.kind === 'schema' && issue.received === 'undefined' && (issue.path?.length ?? 0) > 0;
      return refuse(missing ? 'missing' : issue.kind === 'schema' ? 'wrongType' : 'invalid', pathOf(`custom[${i}]`, issue));
    }
    out.push(result.output);
  }
  return { ok: true, value: out };
}

/** The file holds the list; the slice's schema (and its duplicate check) reads it wrapped in its current version. */
function readPeople(raw: unknown, now: number): Step<ParsedExport['data']['people']> {
  const items = list(raw, 'people', Infinity);
  if (!items.ok) return items;
  const twice = duplicate(items.value, 'people', 'id');
  if (twice) return twice;
  const parsed = parsePeople({ version: PEOPLE_VERSION, people: items.value }, now);
  if (parsed.ok) return { ok: true, value: parsed.value.people };
  return fromSlice(parsed.code, parsed.path === '' ? 'people' : parsed.path);
}

function readJournal(raw: unknown): Step<ParsedExport['data']['journal']> {
  const items = list(raw, 'journal', Infinity);
  if (!items.ok) return items;
  const twice = duplicate(items.value, 'journal', 'id');
  if (twice) return twice;
  const parsed = parseJournal({ version: JOURNAL_VERSION, entries: items.value });
  if (parsed.ok) return { ok: true, value: parsed.value.entries };
  return fromSlice(parsed.code, journalPath(parsed.path));
}

/** Optional: a file without `felt` has no answers. */
function readFelt(raw: unknown): Step<readonly FeltAnswer[]> {
  if (raw === undefined) return { ok: true, value: [] };
  const items = list(raw, 'felt', 10_000);
  if (!items.ok) return items;
  const out: FeltAnswer[] = [];
  for (const [i, item] of items.value.entries()) {
    const result = v.safeParse(FeltAnswerSchema, item);
    if (!result.success) {
      const issue = result.issues[0];
      const missing = issue.type === 'strict_object' && issue.received === 'undefined' && (issue.path?.length ?? 0) > 0;
      return missing ? refuse('missing', pathOf(`felt[${i}]`, issue)) : fromSlice(issue.message, pathOf(`felt[${i}]`, issue));
    }
    out.push(result.output);
  }
  return { ok: true, value: out.sort((a, b) => a.at - b.at) };
}

/** Each event through the log's own schema; one that fails is named by its place in the list. */
function readLog(raw: unknown): Step<readonly LogEvent[]> {
  const items = list(raw, 'log', LOG_EXPORT_MAX);
  if (!items.ok) return items;
  const { events, dropped } = parseLog(items.value);
  if (dropped > 0) {
    const bad = items.value.findIndex((item) => parseLog([item]).dropped > 0);
    return refuse('invalid', `log[${Math.max(0, bad)}]`);
  }
  return { ok: true, value: uniqueEvents(events) };
}
