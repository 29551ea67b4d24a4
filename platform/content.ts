/**
 * Strategy text at run time: the files the build writes under content/<locale>/
 * (src/strategies/content-files.ts), read from the extension itself — an extension's own
 * file, not a network request — in the browser's UI language, English where a locale is
 * missing. The worker reads one strategy's lines to word a notification; the popup reads
 * the one strategy Now shows before its first paint (from its own copy once it has kept
 * one, strategy-copies.ts), and a kind's strategies when a view lists them.
 */
import type { FeelingContent } from '../src/journal/feeling-content.ts';
import { contentLocale, contentPath, feelingsPath, unpackLine, type PackedLine } from '../src/strategies/content-paths.ts';
import { KINDS, type Kind, type NudgeLine, type Strategy } from '../src/strategies/types.ts';
import { browser } from './browser.ts';
import { copiedStrategy, hasEveryCopy, keepCopies } from './strategy-copies.ts';

/** The folders under content/, defined by the build (and by the test setup). */
declare const __CONTENT_LOCALES__: readonly string[];

function locale(): string {
  return contentLocale(browser.i18n.getUILanguage(), __CONTENT_LOCALES__);
}

async function read(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${String(response.status)}`);
  return response.json();
}

/** The kind's strategies with all their words, for pages. */
export async function loadKind(kind: Kind): Promise<readonly Strategy[]> {
  return (await read(contentPath(locale(), kind))) as readonly Strategy[];
}

/** One library strategy in full, for the Now card: the page's own copy if it kept one, else its file. */
export async function loadStrategy(id: string): Promise<Strategy> {
  const here = locale();
  return copiedStrategy(here, id) ?? ((await read(contentPath(here, `strategy/${id}`))) as Strategy);
}

/**
 * Keeps a copy of every library strategy in the page's storage (strategy-copies.ts), once
 * per build and language: the popup calls it once Now is painted, so the next popup paints
 * without fetching.
 */
export async function keepLibraryCopies(): Promise<void> {
  const here = locale();
  if (hasEveryCopy(here)) return;
  // A file that fails to load now is read again next time: nothing is kept, nothing is lost.
  const kinds = await Promise.all(KINDS.map(loadKind)).catch(() => null);
  if (kinds) keepCopies(here, kinds.flat());
}

/** The nudge lines of one library strategy, for the worker's notification. */
export async function loadLines(id: string): Promise<readonly NudgeLine[]> {
  return ((await read(contentPath(locale(), `lines/${id}`))) as readonly PackedLine[]).map(unpackLine);
}

/** The feeling words and their definitions, for the Journal view (checked by the build). */
export async function loadFeelings(): Promise<FeelingContent> {
  return (await read(feelingsPath(locale()))) as FeelingContent;
}

/** Every strategy's title, for the log. */
export async function loadTitles(): Promise<Readonly<Record<string, string>>> {
  return (await read(contentPath(locale(), 'titles'))) as Readonly<Record<string, string>>;
}
