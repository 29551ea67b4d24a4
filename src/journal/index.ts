/**
 * The feelings journal and "what seems to help you" (issue 12): pure, no browser APIs.
 * The worker applies the transitions and owns the writes; the popup reads, checks drafts
 * with `checkDraft`, and words every refusal code.
 */
export {
  FAMILIES,
  FEELINGS,
  FEELING_IDS,
  VocabularyError,
  assertVocabulary,
  familyOf,
  isFeelingId,
  isUnpleasant,
  vocabularyProblems,
  type Family,
  type Feeling,
  type FeelingContent,
  type FeelingId,
  type FeelingText,
  type VocabularyCode,
  type VocabularyProblem,
} from './vocabulary.ts';
export * from './limits.ts';
export {
  AT_MAX,
  AT_MIN,
  EMPTY_JOURNAL,
  JOURNAL_CODES,
  JOURNAL_VERSION,
  compareEntries,
  type Entry,
  type EntryDraft,
  type JournalCode,
  type JournalRefusal,
  type JournalSlice,
} from './schema.ts';
export { JOURNAL_MIGRATIONS, migrateJournal, type JournalData, type JournalMigration } from './migrations.ts';
export { parseJournal, salvageJournal, type JournalParse, type JournalSalvage } from './parse.ts';
export {
  addEntry,
  checkDraft,
  deleteEntry,
  editEntry,
  newEntryId,
  pruneJournal,
  type CheckedDraft,
  type DraftCheck,
  type EntryChange,
  type EntryRemoval,
} from './entries.ts';
export { familiesOverWeeks, lastWeek, wordsUsedMost, type FamilyWeek, type WordCount } from './look-back.ts';
export { FeltAnswerSchema, parseFeltAnswers, recordFelt, type FeltAnswer } from './felt.ts';
export { FELT, LEAN_MAX, LEAN_MIN, LEAN_PRIOR, helpLean, whatHelps, type Felt, type KindAnswer, type KindHelp } from './helps.ts';
export { RIGHT_NOW_HIGH, RIGHT_NOW_LOW, rightNowKinds } from './right-now.ts';
