/**
 * The export, read by the page that downloads it: pages may read storage (only the worker
 * writes), and one `get` of everything is a consistent snapshot without taking the lock.
 * Each slice is read through its schema as the worker reads it (an unreadable one exports
 * as its default, as the worker would repair it), and the history months come as stored.
 */
import { dataOf, exportOf } from '../src/data/export.ts';
import type { ExportFile } from '../src/data/format.ts';
import { parseState } from '../src/state/parse.ts';
import { readJournal } from '../src/state/parse-journal.ts';
import { browser } from './browser.ts';

/** `version`: the Tend writing it (the page passes its manifest's). */
export async function readExport(now: number, version: string): Promise<ExportFile> {
  const raw: Record<string, unknown> = await browser.storage.local.get(null);
  const { state } = parseState(raw, now, readJournal);
  return exportOf(dataOf(state, raw), now, version);
}
