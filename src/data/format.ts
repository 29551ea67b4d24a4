/**
 * Tend's export file (issue 13): everything the person made, in one JSON document that this
 * and later versions of Tend read back. Documented field by field in docs/export-format.md.
 * The slices inside are exactly what storage holds, checked by their own schemas (settings,
 * people, journal, own strategies, log events), so a file is never trusted more than storage.
 */
import type { FeltAnswer } from '../journal/felt.ts';
import type { Entry } from '../journal/schema.ts';
import type { LogEvent } from '../log/types.ts';
import type { Person } from '../people/person.ts';
import type { Settings } from '../settings/types.ts';
import type { Strategy } from '../strategies/types.ts';

/** The format this Tend writes. Older ones are carried forward by ./migrations.ts. */
export const FORMAT = 1;

/** A file over this is refused before it is parsed (the page checks File.size too). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Tend's deepest field (settings.activeHours.mon[0].start) sits at depth 5. */
export const MAX_DEPTH = 16;
/**
 * No text in a Tend file is longer (the longest, a strategy's `why`, holds 400 characters): a
 * longer one is refused before any schema, whatever field it is in.
 */
export const MAX_STRING = 4096;
/** The whole history a file may carry: seven months of 2,000 events and the recent log's 1,500. */
export const LOG_EXPORT_MAX = 20_000;

/** What the person made: the data an export carries and an import brings back. */
export interface TendData {
  readonly settings: Settings;
  /** Their own strategies. */
  readonly custom: readonly Strategy[];
  /** The people slice's list, in the order added. */
  readonly people: readonly Person[];
  /** Journal entries, oldest first. */
  readonly journal: readonly Entry[];
  /** After-Done answers ("how do you feel now?"), oldest first. */
  readonly felt: readonly FeltAnswer[];
  /** The whole history, oldest first, whatever storage layout holds it (./log-events.ts). */
  readonly log: readonly LogEvent[];
}

/** The file as written. `tend` is the version of Tend that wrote it, for the person's eyes. */
export interface ExportFile extends TendData {
  readonly format: typeof FORMAT;
  readonly tend: string;
  /** ISO 8601, UTC. */
  readonly exportedAt: string;
}

/**
 * Why a file was refused. The core carries no English (STYLE.md §14): the options page words
 * each code, naming `path`, the dotted field (`people[3].name`; '' for the file as a whole).
 */
export const DATA_CODES = [
  /** Over MAX_FILE_BYTES. */
  'tooLarge',
  /** Nothing in it. */
  'empty',
  /** Not JSON at all. */
  'notJson',
  /** JSON, but not a Tend export (not an object, or no `format`). */
  'notTend',
  /** `format` is not a whole number from 1. */
  'badFormat',
  /** Written by a newer Tend than this one. */
  'newerFormat',
  /** Nested deeper than any Tend file (MAX_DEPTH). */
  'tooDeep',
  /** A key named `__proto__`, `constructor` or `prototype`, which no Tend file holds. */
  'forbiddenKey',
  /** A text (or key) longer than any Tend file holds (MAX_STRING). */
  'tooLong',
  /** Two people, entries or own strategies with the same id. */
  'duplicateId',
  /** A required field is absent. */
  'missing',
  /** A field of the wrong kind (text where a list goes). */
  'wrongType',
  /** More than a list may hold (after a merge, too). */
  'tooMany',
  /** A field that breaks its slice's rule; `detail` is that slice's own code (`empty`, `tooLong`…). */
  'invalid',
] as const;
export type DataCode = (typeof DATA_CODES)[number];

export interface DataRefusal {
  readonly ok: false;
  readonly code: DataCode;
  readonly path: string;
  /** For `invalid`: the slice's code (settings, people, journal), which the page may word more exactly. */
  readonly detail?: string;
}

export const refuse = (code: DataCode, path: string, detail?: string): DataRefusal =>
  detail === undefined ? { ok: false, code, path } : { ok: false, code, path, detail };

/** A file that passed every check, brought to the current format. */
export interface ParsedExport {
  readonly ok: true;
  readonly data: TendData;
  /** The format the file was written in (older ones were migrated). */
  readonly format: number;
  readonly tend: string;
  readonly exportedAt: string;
}
