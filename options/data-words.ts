/**
 * The words of "Your data": a file's refusal (a code and a field from the data core,
 * src/data/format.ts) and what a file holds, in the person's language.
 */
import type { DataRefusal } from '../src/data/format.ts';
import type { Preview } from '../src/data/preview.ts';
import { browser } from '../platform/browser.ts';
import { plural, t, type MessageKey } from '../ui/i18n.ts';

/** A slice's own codes that have a more exact wording than "is not valid". */
const DETAILS: Readonly<Record<string, MessageKey>> = {
  empty: 'data_detail_empty',
  tooLong: 'data_detail_tooLong',
  'text-too-long': 'data_detail_tooLong',
  outOfRange: 'data_detail_outOfRange',
  'time-out-of-range': 'data_detail_outOfRange',
  notWhole: 'data_detail_outOfRange',
};

/** "This file cannot be imported, and nothing was changed: people[3].name is empty." */
export function refusalWords(refusal: DataRefusal): string {
  const detail = refusal.detail === undefined || !Object.hasOwn(DETAILS, refusal.detail) ? undefined : DETAILS[refusal.detail];
  const key: MessageKey = refusal.code === 'invalid' && detail ? detail : `data_code_${refusal.code}`;
  return t('data_refused', t(key, refusal.path || 'file'));
}

/** "5 people, 120 journal entries, your settings and 3 own strategies". */
export function holdsWords(preview: Preview): string {
  const parts = [
    ...(preview.people > 0 ? [plural('data_people', preview.people)] : []),
    ...(preview.journal > 0 ? [plural('data_journal', preview.journal)] : []),
    ...(preview.settings ? [t('data_settingsPart')] : []),
    ...(preview.custom > 0 ? [plural('data_custom', preview.custom)] : []),
    ...(preview.log > 0 ? [plural('data_log', preview.log)] : []),
  ];
  return new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'conjunction' }).format(parts);
}

/** "Exported by Tend 0.1.0 on 1 December 2026." */
export function fromWords(preview: Preview): string {
  const at = Date.parse(preview.exportedAt);
  const date = Number.isNaN(at) ? preview.exportedAt : new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'long' }).format(at);
  return t('data_previewFrom', [preview.tend, date]);
}
