/**
 * What a locale's `content/<locale>/feelings.json` must hold for the vocabulary: every id,
 * each with its word and one-line definition, and nothing else. Checked by the vocabulary
 * test for every locale, and by whoever loads a file (the popup can fall back to English).
 */
import { DEFINITION_MAX, WORD_MAX } from './limits.ts';
import type { Family, FeelingId } from './vocabulary.ts';

/** A feeling in one language: the word on the chip, the line shown on hover or focus. */
export interface FeelingText {
  readonly word: string;
  readonly definition: string;
}

/** A whole `content/<locale>/feelings.json`, once `assertVocabulary` has passed it. */
export type FeelingContent = Readonly<Record<FeelingId, FeelingText>>;

/** What can be wrong with a vocabulary or a content file; the test and the build word it. */
export type VocabularyCode =
  | 'bad-id'
  | 'duplicate-id'
  | 'not-object'
  | 'missing'
  | 'unexpected'
  | 'word-empty'
  | 'word-too-long'
  | 'duplicate-word'
  | 'definition-empty'
  | 'definition-too-long';

export interface VocabularyProblem {
  /** The feeling id concerned; '' for the file as a whole. */
  readonly id: string;
  readonly code: VocabularyCode;
}

const KEBAB = /^[a-z]+(-[a-z]+)*$/;

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A field's text: undefined when it is not a string, '' when only whitespace. */
const textOf = (x: unknown): string | undefined => (typeof x === 'string' ? x.trim() : undefined);

/**
 * Every problem with a vocabulary (`meta`, usually FEELINGS) and a locale's content file for
 * it, in a stable order; empty when they match. Only own keys count, so a file carrying
 * `__proto__` or `constructor` is reported, never followed. Pure, so the popup can check a
 * locale file before trusting it and fall back to English when it fails.
 */
export function vocabularyProblems(
  meta: readonly { readonly id: string; readonly family: Family }[],
  content: unknown,
): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const ids = new Set<string>();
  for (const { id } of meta) {
    if (!KEBAB.test(id)) problems.push({ id, code: 'bad-id' });
    if (ids.has(id)) problems.push({ id, code: 'duplicate-id' });
    ids.add(id);
  }
  if (!isRecord(content)) return [...problems, { id: '', code: 'not-object' }];
  const words = new Map<string, string>();
  for (const id of ids) {
    if (!Object.hasOwn(content, id)) {
      problems.push({ id, code: 'missing' });
      continue;
    }
    const item = content[id];
    if (!isRecord(item)) {
      problems.push({ id, code: 'not-object' });
      continue;
    }
    const word = textOf(item['word']);
    const definition = textOf(item['definition']);
    if (!word) problems.push({ id, code: 'word-empty' });
    else if (word.length > WORD_MAX) problems.push({ id, code: 'word-too-long' });
    else if (words.has(word.toLocaleLowerCase())) problems.push({ id, code: 'duplicate-word' });
    if (word) words.set(word.toLocaleLowerCase(), id);
    if (!definition) problems.push({ id, code: 'definition-empty' });
    else if (definition.length > DEFINITION_MAX) problems.push({ id, code: 'definition-too-long' });
  }
  for (const key of Object.keys(content)) if (!ids.has(key)) problems.push({ id: key, code: 'unexpected' });
  return problems;
}

/** Thrown by `assertVocabulary`; `problems` is what a test or the build prints. */
export class VocabularyError extends Error {
  constructor(readonly problems: readonly VocabularyProblem[]) {
    super(`feelings content: ${problems.map((p) => `${p.id || '(file)'} ${p.code}`).join(', ')}`);
    this.name = 'VocabularyError';
  }
}

/**
 * Passes when `content` holds exactly `meta`'s ids, each with a non-empty word of at most
 * WORD_MAX characters (no two alike) and a definition of at most DEFINITION_MAX; throws a
 * VocabularyError listing every problem otherwise. Used by the vocabulary test for every
 * locale file, and by whoever loads one.
 */
export function assertVocabulary(
  meta: readonly { readonly id: string; readonly family: Family }[],
  content: unknown,
): asserts content is FeelingContent {
  const problems = vocabularyProblems(meta, content);
  if (problems.length > 0) throw new VocabularyError(problems);
}
