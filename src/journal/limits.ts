/**
 * The journal's limits, defined once: the schemas, the transitions, the check-in form and
 * the messages that name a limit all read these (STYLE 14), so a form never accepts what
 * the schema refuses. They could join the rest in src/limits.ts; they sit beside the
 * journal for now because this feature was built without touching shared files.
 */

/**
 * A definition on hover or focus: one line of a tooltip in the popup's ~360 px width.
 * Counted in UTF-16 units, as `String.length` and `maxlength` count.
 */
export const DEFINITION_MAX = 90;
/** A feeling word on its chip: room for a long German compound, never a sentence. */
export const WORD_MAX = 32;

/** Words in one entry: "mixed" is normal, but past a handful the naming stops being precise. */
export const ENTRY_WORDS_MAX = 6;
/**
 * The optional line (issue 12). Counted in UTF-16 units, like `<textarea maxlength>`, so the
 * form's counter and the core agree to the character; emoji count two.
 */
export const ENTRY_TEXT_MAX = 500;

/**
 * Entries kept (issue 12): two a day for a year is 730, so 2,000 is room for a busy year.
 * An entry with two words and a 200-character line is ~300 bytes of JSON, so the issue's
 * year of two a day is ~220 KB (tests/unit/journal-entries.test.ts measures it); the worst
 * case, 2,000 entries of six long words and a full line, is ~1.3 MB. Both sit in
 * storage.local (10 MB without unlimitedStorage), never in sync (100 KB).
 */
export const JOURNAL_MAX_ENTRIES = 2000;
/** Twelve months, leap day included: an entry written a year ago today is still there. */
export const JOURNAL_MAX_AGE_DAYS = 366;

/** After-Done answers kept (felt.ts): about a year of answering every other Done. */
export const FELT_MAX_ANSWERS = 600;
/** How far back "what seems to help" looks: a year, so an old pattern fades out. */
export const FELT_MAX_AGE_DAYS = 366;
/** Answers a kind needs before Tend says anything about it or leans on it (issue 12). */
export const HELPS_MIN_ANSWERS = 5;
