/** The export file of what storage holds: pure, so the page that downloads it and the tests build the same file. */
import type { State } from '../state/types.ts';
import { FORMAT, type ExportFile, type TendData } from './format.ts';
import { allEvents } from './log-events.ts';

/**
 * What the person made, out of the state and the raw storage items (for the history
 * months, which State does not hold): the data an export carries.
 */
export function dataOf(state: Pick<State, 'settings' | 'custom' | 'people' | 'journal' | 'felt' | 'log'>, stored: Readonly<Record<string, unknown>>): TendData {
  return {
    settings: state.settings,
    custom: state.custom,
    people: state.people.people,
    journal: state.journal.entries,
    felt: state.felt,
    log: allEvents(state.log, stored),
  };
}

/** The file: `format` and `tend` first, so a person opening it sees what it is. */
export function exportOf(data: TendData, now: number, version: string): ExportFile {
  return {
    format: FORMAT,
    tend: version,
    exportedAt: new Date(now).toISOString(),
    settings: data.settings,
    custom: data.custom,
    people: data.people,
    journal: data.journal,
    felt: data.felt,
    log: data.log,
  };
}

/** The file as text, indented so it stays readable (and diffable) by a person. */
export const exportText = (file: ExportFile): string => `${JSON.stringify(file, null, 1)}\n`;

/** `tend-YYYY-MM-DD.json`, the date in the person's own zone. */
export function exportFileName(now: number, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return `tend-${day}.json`;
}
