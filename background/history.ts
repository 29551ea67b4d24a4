/**
 * The worker's side of log/fold.ts: when the log reaches a day past its days, the events
 * that leave it go into their month's history and the summary, in one storage call, so a
 * worker stopped half-way has either moved them or not (never both, never lost). Runs under
 * the state lock on load (state.ts), at most once a day, and reads only the months it
 * appends to. A month that cannot be read starts afresh from what is moved, with its copy
 * kept and a notice, like any other slice (state.ts).
 */
import { browser } from '../platform/browser.ts';
import { withStamps } from '../platform/state-store.ts';
import { MAX_BACKUP_BYTES, backupKey, storedBytes } from '../src/state/backups.ts';
import { fold, foldTouches, needsFold } from '../src/log/fold.ts';
import { parseLog } from '../src/log/parse.ts';
import type { LogEvent } from '../src/log/types.ts';
import type { Notice, State } from '../src/state/types.ts';
import { say } from './i18n.ts';

const MAX_NOTICES = 5;

/** The state with its old events moved out of the log (saved); as it was when nothing is due to move. */
export async function foldLog(state: State, now: number): Promise<State> {
  if (!needsFold(state.log, now)) return state;
  try {
    const keys = foldTouches(state.log, now);
    const raw: Record<string, unknown> = keys.length > 0 ? await browser.storage.local.get(keys) : {};
    const stored: Record<string, LogEvent[]> = {};
    const unreadable: string[] = [];
    for (const key of keys) {
      const value = raw[key];
      const { events, dropped } = parseLog(value);
      stored[key] = events;
      if (value !== undefined && (!Array.isArray(value) || dropped > 0)) unreadable.push(key);
    }
    const folded = fold(state.log, state.logSummary, stored, now);
    const slices = { log: folded.log, logSummary: folded.summary };
    const save = async (copies: boolean): Promise<readonly Notice[]> => {
      const kept = copies ? unreadable.filter((key) => storedBytes(backupKey(key, now), raw[key]) <= MAX_BACKUP_BYTES) : [];
      const added = unreadable.map((key): Notice => {
        const month = key.slice(key.indexOf(':') + 1);
        const copy = kept.includes(key) ? backupKey(key, now) : undefined;
        const notice = { id: `repair-${key}-${now}`, at: now, message: say(copy ? 'noticeHistoryMonthReset' : 'noticeHistoryMonthResetNoCopy', [month]) };
        return copy === undefined ? notice : { ...notice, backupKey: copy };
      });
      const notices = added.length > 0 ? [...state.notices, ...added].slice(-MAX_NOTICES) : state.notices;
      await browser.storage.local.set({
        ...withStamps({ ...slices, ...(added.length > 0 ? { notices } : {}) }),
        ...folded.history,
        ...Object.fromEntries(kept.map((key) => [backupKey(key, now), raw[key]])),
      });
      return notices;
    };
    // No room for the copies (storage.local holds 10 MiB): the move goes ahead without them.
    const notices = await save(true).catch(async (error: unknown) => {
      if (unreadable.length === 0) throw error;
      console.warn('Tend:', error);
      return save(false);
    });
    await browser.storage.local.remove(folded.remove);
    return { ...state, ...slices, notices };
  } catch (error) {
    // The log stays as it is (appendEvent still bounds it) and the next wake tries again.
    console.warn('Tend:', error);
    return state;
  }
}
