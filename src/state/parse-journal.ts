/**
 * The journal's reader for parseState (parse.ts), kept apart so the journal's schema loads
 * only where the journal is read: its own commands, its view, export and import.
 */
import { salvageJournal } from '../journal/parse.ts';
import { INITIAL_STATE } from './defaults.ts';
import type { JournalReader, Repair } from './parse.ts';
import type { State, StateKey } from './types.ts';

/**
 * The person's own words: every readable entry is kept (salvageJournal); a journal with
 * none to read, or with some dropped, is reset or rewritten with a copy kept and a notice.
 */
export const readJournal: JournalReader = (raw: unknown, repairs: Repair[], rewrite: StateKey[]): State['journal'] => {
  if (raw === undefined) return INITIAL_STATE.journal;
  const result = salvageJournal(raw);
  if (!result.ok) {
    repairs.push({ key: 'journal', messageKey: 'journal_noticeReset', substitutions: [] });
    return INITIAL_STATE.journal;
  }
  if (result.dropped > 0) {
    repairs.push({ key: 'journal', pluralKey: 'journal_noticeDropped', count: result.dropped, substitutions: [] });
  } else if (result.migrated) rewrite.push('journal');
  return result.value;
};
