/** Data as the storage items one write puts down: every slice an import or erase sets, and the history months. */
import { JOURNAL_VERSION } from '../journal/schema.ts';
import { PEOPLE_VERSION } from '../people/person.ts';
import type { State } from '../state/types.ts';
import type { TendData } from './format.ts';
import { storedLog } from './log-events.ts';
import type { LogEvent } from '../log/types.ts';

export interface Stored {
  readonly slices: Pick<State, 'settings' | 'custom' | 'people' | 'journal' | 'felt' | 'log' | 'logSummary'>;
  /** Every history month kept at `now` (an empty list where the data has none). */
  readonly history: Record<string, LogEvent[]>;
}

export function storedOf(data: TendData, now: number): Stored {
  const { log, logSummary, history } = storedLog(data.log, now);
  return {
    slices: {
      settings: data.settings,
      custom: data.custom,
      people: { version: PEOPLE_VERSION, people: data.people },
      journal: { version: JOURNAL_VERSION, entries: data.journal },
      felt: data.felt,
      log,
      logSummary,
    },
    history,
  };
}
