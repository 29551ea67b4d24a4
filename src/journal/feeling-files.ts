/**
 * The build's step for the feeling words (issue 12): each locale's content/<locale>/feelings.json
 * as the extension loads it, English standing in word by word for whatever a translation
 * leaves out or gets wrong, and checked whole by assertVocabulary, so a page never meets a
 * missing word. Pure: the sources come in as parsed JSON (scripts/lib/content.mjs reads them).
 */
import { feelingsPath, REFERENCE_LOCALE } from '../strategies/content-paths.ts';
import { assertVocabulary, vocabularyProblems, type FeelingContent, type FeelingText } from './feeling-content.ts';
import { FEELINGS } from './vocabulary.ts';

/** locale → the parsed JSON of content/<locale>/feelings.json (absent: not translated yet). */
export type FeelingSources = Readonly<Record<string, unknown>>;

/** Every locale's run-time feelings file by path; throws a VocabularyError when English is wrong. */
export function feelingFiles(sources: FeelingSources, locales: readonly string[] = Object.keys(sources)): Record<string, FeelingContent> {
  const english = sources[REFERENCE_LOCALE];
  assertVocabulary(FEELINGS, english);
  const files: Record<string, FeelingContent> = {};
  for (const locale of [...new Set([REFERENCE_LOCALE, ...locales])].sort()) {
    const own = sources[locale];
    // Each word on its own: one the translation lacks or gets wrong comes in English.
    const merged = Object.fromEntries(
      FEELINGS.map(({ id, family }): [string, FeelingText] => {
        const candidate: unknown = own !== null && typeof own === 'object' && Object.hasOwn(own, id) ? (own as Record<string, unknown>)[id] : undefined;
        const ok = vocabularyProblems([{ id, family }], { [id]: candidate }).length === 0;
        const text = (ok ? candidate : english[id]) as FeelingText;
        return [id, { word: text.word.trim(), definition: text.definition.trim() }];
      }),
    );
    assertVocabulary(FEELINGS, merged);
    files[feelingsPath(locale)] = merged;
  }
  return files;
}
