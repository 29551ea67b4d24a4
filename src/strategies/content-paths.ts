/**
 * Where the run-time content files are and how to read one (content-files.ts writes them):
 * apart from content-files.ts and importing no code, so the pages and the worker that
 * only read content carry none of the code (and schemas) that builds it.
 */
import type { Kind, NudgeLine } from './types.ts';

/** The language every strategy is written in first, complete; the fallback for all others. */
export const REFERENCE_LOCALE = 'en';

/** One notification line as the worker reads it: [title, message] or with the named variant. */
export type PackedLine = readonly [string, string] | readonly [string, string, string, string];

export function contentPath(locale: string, file: Kind | `strategy/${string}` | `lines/${string}` | 'titles'): string {
  return `content/${locale}/${file}.json`;
}

/**
 * The feeling words and their definitions of a locale (issue 12), written by the build from
 * content/<locale>/feelings.json with English standing in word by word (journal/feeling-files.ts).
 */
export function feelingsPath(locale: string): string {
  return `content/${locale}/feelings.json`;
}

export function unpackLine([title, message, namedTitle, namedMessage]: PackedLine): NudgeLine {
  return namedTitle !== undefined && namedMessage !== undefined ? { title, message, named: { title: namedTitle, message: namedMessage } } : { title, message };
}

/**
 * The content locale for the browser's UI language: the exact locale (`pt_BR`), else its
 * language (`pt`), else English. `available` are the folder names under content/.
 */
export function contentLocale(uiLanguage: string, available: readonly string[]): string {
  const wanted = uiLanguage.replace('-', '_');
  if (available.includes(wanted)) return wanted;
  const language = wanted.split('_')[0] ?? '';
  return available.includes(language) ? language : REFERENCE_LOCALE;
}
