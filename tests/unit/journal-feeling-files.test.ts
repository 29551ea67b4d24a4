/**
 * The build's feelings step (src/journal/feeling-files.ts): every locale ships every word,
 * English standing in word by word for what a translation lacks or gets wrong, and a broken
 * English file stops the build.
 */
import { describe, expect, it } from 'vitest';
import en from '../../content/en/feelings.json';
import { feelingFiles } from '../../src/journal/feeling-files.ts';
import { VocabularyError } from '../../src/journal/vocabulary.ts';

describe('feelings files', () => {
  it('English as it is, and a partial translation filled in word by word', () => {
    const de = { calm: { word: 'ruhig', definition: 'Innerlich gelassen und ausgeglichen.' }, tired: { word: '', definition: 'leer' }, bogus: { word: 'x', definition: 'y' } };
    const files = feelingFiles({ en, de }, ['de', 'en', 'fr']);
    expect(Object.keys(files).sort()).toEqual(['content/de/feelings.json', 'content/en/feelings.json', 'content/fr/feelings.json']);
    expect(files['content/en/feelings.json']).toEqual(en);
    const german = files['content/de/feelings.json'];
    expect(german?.calm).toEqual({ word: 'ruhig', definition: 'Innerlich gelassen und ausgeglichen.' });
    // An empty word is not a translation: English stands in; a key the vocabulary lacks is dropped.
    expect(german?.tired).toEqual(en.tired);
    expect(german && 'bogus' in german).toBe(false);
    expect(files['content/fr/feelings.json']).toEqual(en);
  });

  it('stops the build when English itself is incomplete', () => {
    const broken = Object.fromEntries(Object.entries(en).filter(([id]) => id !== 'calm'));
    expect(() => feelingFiles({ en: broken })).toThrow(VocabularyError);
  });
});
