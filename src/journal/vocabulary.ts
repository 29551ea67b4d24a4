/**
 * The feeling words a journal entry is made of. Naming a feeling takes some of its power
 * away (source 001; Lieberman et al. 2007, Psychological Science 18(5)), and people who
 * name feelings precisely cope better under stress (Kashdan, Barrett & McKnight 2015,
 * Current Directions in Psychological Science 24(1)): so the list offers near neighbours
 * (anxious, worried, nervous) rather than one word per mood.
 *
 * Words sit in four families on two axes, pleasant or unpleasant × higher or lower energy
 * (the circumplex of affect: Russell 1980, J. Personality and Social Psychology 39(6)).
 * The families decide what "Something for right now?" offers (right-now.ts) and what the
 * look-back chart counts (look-back.ts).
 *
 * Only ids and families live here. What a word says, and its one-line definition, live in
 * `content/<locale>/feelings.json`, so a translator adds a file and touches no code, and the
 * worker, which never shows a word, never loads them.
 */

/** The four families, in the order the check-in and the chart list them. */
export const FAMILIES = ['pleasant-high', 'pleasant-low', 'unpleasant-high', 'unpleasant-low'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Every feeling, grouped by family and listed in the order the check-in shows them.
 * An id is stored in every entry the person writes, so it is never renamed once shipped:
 * change the word in the content file instead (ids are English only for readability).
 */
const WORDS_BY_FAMILY = {
  'pleasant-high': [
    'energised', 'excited', 'joyful', 'enthusiastic', 'proud', 'confident',
    'hopeful', 'inspired', 'curious', 'determined', 'playful', 'amused',
  ],
  'pleasant-low': [
    'calm', 'content', 'relaxed', 'peaceful', 'relieved', 'grateful',
    'safe', 'loved', 'connected', 'satisfied', 'rested', 'moved',
  ],
  'unpleasant-high': [
    'anxious', 'worried', 'nervous', 'stressed', 'tense', 'restless',
    'overwhelmed', 'frustrated', 'irritable', 'angry', 'jealous', 'embarrassed',
  ],
  'unpleasant-low': [
    'sad', 'lonely', 'left-out', 'hurt', 'disappointed', 'discouraged',
    'ashamed', 'tired', 'drained', 'flat', 'numb', 'bored',
  ],
} as const satisfies Record<Family, readonly string[]>;

export type FeelingId = (typeof WORDS_BY_FAMILY)[Family][number];

/** One feeling as the core knows it: no words, only what every locale shares. */
export interface Feeling {
  readonly id: FeelingId;
  readonly family: Family;
}

/** Every feeling, family by family, in the check-in's order. */
export const FEELINGS: readonly Feeling[] = FAMILIES.flatMap((family) =>
  WORDS_BY_FAMILY[family].map((id): Feeling => ({ id, family })),
);

/** Every id, for schemas (`v.picklist`). */
export const FEELING_IDS: readonly FeelingId[] = FEELINGS.map((f) => f.id);

const FAMILY_OF: ReadonlyMap<string, Family> = new Map(FEELINGS.map((f) => [f.id, f.family]));

/** The family of a feeling id, or undefined for a string that is not one (say, from a file). */
export function familyOf(id: string): Family | undefined {
  return FAMILY_OF.get(id);
}

export function isFeelingId(id: string): id is FeelingId {
  return FAMILY_OF.has(id);
}

/** Whether a family is on the unpleasant side: what makes "Something for right now?" appear. */
export function isUnpleasant(family: Family): boolean {
  return family === 'unpleasant-high' || family === 'unpleasant-low';
}

// Checking a locale's content file lives beside this one; it is part of the vocabulary's API.
export {
  VocabularyError,
  assertVocabulary,
  vocabularyProblems,
  type FeelingContent,
  type FeelingText,
  type VocabularyCode,
  type VocabularyProblem,
} from './feeling-content.ts';
