/**
 * Every limit of the people list, defined once: the schema (./schema.ts), the transitions
 * (./edit.ts), the ordering (./order.ts) and the popup's form all read these, so a form
 * can never accept what the schema refuses (STYLE.md §14). Pure: no DOM.
 *
 * Lengths are counted in graphemes — what a person sees as one character — through
 * `Intl.Segmenter` (ECMA-402, in Chrome 87+ and Firefox 125+, so in every browser Tend
 * supports): "👩‍👩‍👧" is one character to the person typing it although it is five code
 * points and eight UTF-16 units, and "é" written as e + combining accent is one, too. A
 * second, looser bound in UTF-16 units keeps storage bounded whatever a grapheme holds
 * (one grapheme can carry any number of combining marks).
 */

/** Inclusive bounds of a whole number. */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

const DAY_MS = 86_400_000;

/** A name: long enough for "Grandma Rosa (Lisbon)", short enough for one notification line. */
export const NAME_MAX = 40;
/** A note (how to reach them, for next time, the note given with "we talked"): a tweet's length. */
export const NOTE_MAX = 280;
/**
 * UTF-16 units a stored text may hold per grapheme it is allowed, on average over the whole
 * text: emoji with skin tones and short ZWJ sequences (4–8 units) fit many times over, while
 * "Zalgo" text, which stacks combining marks without limit, cannot make one name kilobytes.
 */
export const UNITS_PER_GRAPHEME = 10;
/** People in the list: a support network, not an address book; keeps storage bounded. */
export const PEOPLE_MAX = 100;
/** Contacts kept per person: enough to say "last in touch" and see a rhythm, no more. */
export const CONTACTS_MAX = 12;
/** "Every N days": every few days up to once a year (rhythms below 3 would nag). */
export const RHYTHM_DAYS: Bounds = { min: 3, max: 365 };

/** The rhythms the form offers first; ids are what the popup words through i18n. */
export const RHYTHM_PRESETS = [
  { id: 'everyWeek', days: 7 },
  { id: 'everyTwoWeeks', days: 14 },
  { id: 'everyMonth', days: 30 },
  { id: 'everyFewMonths', days: 90 },
] as const;
export type RhythmPreset = (typeof RHYTHM_PRESETS)[number]['id'];

/** The preset a rhythm is, so the form shows it selected; null for a custom "every N days". */
export function presetOf(rhythmDays: number): RhythmPreset | null {
  return RHYTHM_PRESETS.find((p) => p.days === rhythmDays)?.id ?? null;
}

/**
 * Someone in touch this recently is never named by a reach-out nudge, whatever their
 * rhythm: two days, counted as elapsed time (48 hours), so it does not depend on the zone
 * and a contact late last night still counts this morning.
 */
export const RECENT_CONTACT_MS = 2 * DAY_MS;

/** The span of one day, as the ratio and the words count it (elapsed, not calendar). */
export const ONE_DAY_MS = DAY_MS;

let segmenter: Intl.Segmenter | undefined;

/** How many characters a person sees in `text` (graphemes); the form's counter shows this. */
export function graphemeCount(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text)).length;
}

/**
 * True when nothing in `text` would show: whitespace of any script (U+3000 too) and
 * invisible format characters (zero-width space and joiners, bidi marks), so a name of only
 * U+200B is as empty as one of spaces. Checked after trimming.
 */
export function isBlank(text: string): boolean {
  return /^[\p{White_Space}\p{Cf}]*$/u.test(text);
}

/** Whether a trimmed text fits `max` characters (and the storage bound behind it). */
export function fitsLength(text: string, max: number): boolean {
  return text.length <= max * UNITS_PER_GRAPHEME && graphemeCount(text) <= max;
}
