/**
 * The journal's refusals in the person's words: the core and the worker answer with a code
 * and a path (src/journal/schema.ts), and this page says what to change, next to the field
 * the path names (STYLE 14).
 */
import { ENTRY_TEXT_MAX, ENTRY_WORDS_MAX } from '../../src/journal/limits.ts';
import type { JournalRefusal } from '../../src/journal/schema.ts';
import type { Family } from '../../src/journal/vocabulary.ts';
import { plural, t, type MessageKey } from '../../ui/i18n.ts';

/** Which part of the check-in a refusal belongs beside. */
export type DraftField = 'words' | 'text' | 'form';

export function fieldOf(refusal: Pick<JournalRefusal, 'path'>): DraftField {
  const head = refusal.path.split('.')[0];
  return head === 'words' || head === 'text' ? head : 'form';
}

/** `length`: the line's length, to say how far over it is. */
export function refusalWords(refusal: Pick<JournalRefusal, 'code'>, length = 0): string {
  switch (refusal.code) {
    case 'no-word':
      return t('journal_errorNoWord');
    case 'too-many-words':
      return plural('journal_errorTooManyWords', ENTRY_WORDS_MAX);
    case 'text-too-long':
      return plural('journal_errorTooLong', Math.max(1, length - ENTRY_TEXT_MAX), [String(ENTRY_TEXT_MAX)]);
    case 'unknown-entry':
      return t('journal_errorGone');
    // The form never sends these (the words come from its buttons), and storage's are repaired, not shown.
    case 'unknown-word':
    case 'duplicate-word':
    case 'bad-id':
    case 'duplicate-id':
    case 'missing':
    case 'not-object':
    case 'time-out-of-range':
    case 'too-many-entries':
    case 'type':
    case 'unexpected-key':
    case 'version-invalid':
    case 'version-newer':
      return t('journal_errorNotSaved');
  }
}

const FAMILY_KEYS: Readonly<Record<Family, MessageKey>> = {
  'pleasant-high': 'journal_family_pleasantHigh',
  'pleasant-low': 'journal_family_pleasantLow',
  'unpleasant-high': 'journal_family_unpleasantHigh',
  'unpleasant-low': 'journal_family_unpleasantLow',
};

/** A family's name ("Tense and stirred up"); message keys cannot hold the ids' hyphens. */
export const familyName = (family: Family): string => t(FAMILY_KEYS[family]);
