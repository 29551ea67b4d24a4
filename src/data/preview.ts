/** What a file holds, counted for the page's preview ("5 people, 120 journal entries, your settings, 3 own strategies"). */
import type { ParsedExport } from './format.ts';

export interface Preview {
  readonly people: number;
  readonly journal: number;
  readonly custom: number;
  readonly log: number;
  readonly felt: number;
  /** Always true for a file that parsed: settings are required. */
  readonly settings: boolean;
  readonly tend: string;
  readonly exportedAt: string;
}

export function preview(parsed: ParsedExport): Preview {
  const { data } = parsed;
  return {
    people: data.people.length,
    journal: data.journal.length,
    custom: data.custom.length,
    log: data.log.length,
    felt: data.felt.length,
    settings: true,
    tend: parsed.tend,
    exportedAt: parsed.exportedAt,
  };
}
