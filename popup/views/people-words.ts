/**
 * How the People view says things: refusals worded from their code and field (the worker
 * sends no prose, src/commands/people.ts), warm phrases from the core's data
 * (src/people/words.ts) and relative times through Intl.RelativeTimeFormat in the UI
 * language. Never a count of failure, never "overdue" (issue 11).
 */
import type { PeopleCode } from '../../src/people/codes.ts';
import { NAME_MAX, NOTE_MAX, PEOPLE_MAX, RHYTHM_DAYS, graphemeCount } from '../../src/people/limits.ts';
import { rhythmWords, type Since } from '../../src/people/words.ts';
import { uiLanguage } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

/**
 * A name inside a sentence, between Unicode's first-strong isolate and its pop, so a
 * right-to-left name cannot reorder the words around it (the text stays text).
 */
export const isolate = (name: string): string => `\u2068${name}\u2069`;

let relative: Intl.RelativeTimeFormat | undefined;

/** "today", "yesterday", "3 weeks ago", in the UI language. */
export function sinceText(since: Since): string {
  relative ??= new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' });
  return relative.format(-since.count, since.unit);
}

/** "every week", "every 10 days". */
export function rhythmText(rhythmDays: number): string {
  const words = rhythmWords(rhythmDays);
  return words.kind === 'preset' ? t(`people_rhythm_${words.preset}`) : t('people_rhythmDays', [String(words.count)]);
}

/** The words for a refusal of `field`, given what was typed (for "it has N now"). */
export function refusalText(code: PeopleCode, path: string, typed = ''): string {
  const field = path.split('.')[0] ?? '';
  switch (code) {
    case 'empty':
    case 'missing':
      return field === 'name' ? t('people_errNameEmpty') : t('people_errOther');
    case 'tooLong':
      return t('people_errTooLong', [String(field === 'name' ? NAME_MAX : NOTE_MAX), String(graphemeCount(typed.trim()))]);
    case 'outOfRange':
      if (field === 'rhythmDays') return t('people_errRhythm', [String(RHYTHM_DAYS.min), String(RHYTHM_DAYS.max)]);
      if (field === 'until') return t('people_errUntil');
      return t('people_errOther');
    case 'tooMany':
      return t('people_errTooMany', String(PEOPLE_MAX));
    case 'notFound':
      return t('people_errNotFound');
    case 'duplicateId':
      return t('people_errAlreadyBack');
    case 'wrongType':
    case 'badId':
    case 'newerVersion':
      return t('people_errOther');
  }
}
