/**
 * The worker's side of "Your data" (issue 13): import and erase, each under the state lock
 * and stored in one storage write, so an import is all or nothing. The file's text is
 * checked again here, whatever the page found: a page is never trusted. Export needs no
 * command: a page may read storage, and it reads everything in one `get` (a consistent
 * snapshot) and builds the file with the same pure exportOf (options/data-store.ts), so a
 * file of megabytes never crosses the messaging.
 */
import { browser } from '../platform/browser.ts';
import { withStamps } from '../platform/state-store.ts';
import { withLock } from '../platform/lock.ts';
import { eraseAll as erased, importData as imported, type DataOutcome, type ImportReply } from '../src/commands/data.ts';
import type { ImportMode } from '../src/data/apply.ts';
import { dataOf } from '../src/data/export.ts';
import { parseExport } from '../src/data/parse.ts';
import { historyKeys } from '../src/log/fold.ts';
import { INITIAL_STATE } from '../src/state/defaults.ts';
import type { State } from '../src/state/types.ts';
import { STATE_KEYS } from '../src/state/types.ts';
import { say } from './i18n.ts';
import { sensedAt } from './perform.ts';
import { settle } from './settle.ts';
import { loadState } from './state.ts';
import { readJournal } from '../src/state/parse-journal.ts';

/** Stores the outcome in one call, then makes the browser match (notifications, badge, the one alarm). */
async function store<R>(state: State, outcome: DataOutcome<R>, now: number): Promise<R> {
  await browser.storage.local.set({ ...withStamps(outcome.patch), ...outcome.history });
  await settle({ ...state, ...outcome.patch }, { patch: {}, alarmAt: outcome.alarmAt }, now);
  return outcome.reply;
}

export function importData({ text, mode }: { readonly text: string; readonly mode: ImportMode }): Promise<ImportReply> {
  return withLock(async () => {
    const now = Date.now();
    const parsed = parseExport(text, now);
    if (!parsed.ok) return parsed;
    const state = await loadState(now, STATE_KEYS, readJournal);
    const months = await browser.storage.local.get(historyKeys(now));
    const world = await sensedAt(now, parsed.data.settings);
    const outcome = imported(state, dataOf(state, months), parsed, mode, world);
    if (!('reply' in outcome)) return outcome;
    return store(state, outcome, now);
  });
}

export function eraseAll(): Promise<null> {
  return withLock(async () => {
    const now = Date.now();
    // Before the clear, so a notification of a nudge on offer does not outlive it.
    const state = await loadState(now);
    await browser.storage.local.clear();
    const outcome = erased(say('data_erasedNotice'), await sensedAt(now, INITIAL_STATE.settings));
    return store(state, outcome, now);
  });
}
