/**
 * The feeling vocabulary (issue 12): 40–60 words in four balanced families, every id with
 * its word and definition in every locale's content file, in Tend's own words.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFINITION_MAX } from '../../src/journal/limits.ts';
import {
  FAMILIES,
  FEELINGS,
  FEELING_IDS,
  VocabularyError,
  assertVocabulary,
  familyOf,
  isFeelingId,
  vocabularyProblems,
  type FeelingContent,
} from '../../src/journal/vocabulary.ts';
import { copiedRuns, FINGERPRINT_FILE, indexFingerprints, readFingerprintFile } from '../../scripts/lib/fingerprint.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readContent = (locale: string): unknown =>
  JSON.parse(readFileSync(join(root, 'content', locale, 'feelings.json'), 'utf8'));
const locales = readdirSync(join(root, 'content')).filter((l) => existsSync(join(root, 'content', l, 'feelings.json')));
const en = readContent('en') as FeelingContent;

describe('journal vocabulary: the words', () => {
  it('has 40 to 60 feelings with unique kebab-case ids', () => {
    expect(FEELINGS.length).toBeGreaterThanOrEqual(40);
    expect(FEELINGS.length).toBeLessThanOrEqual(60);
    expect(new Set(FEELING_IDS).size).toBe(FEELINGS.length);
    for (const id of FEELING_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('balances the four families: 10 to 15 words each, none more than 3 larger than another', () => {
    const sizes = FAMILIES.map((f) => FEELINGS.filter((w) => w.family === f).length);
    for (const n of sizes) {
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(15);
    }
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(3);
  });

  it('lists words family by family, and files the issue’s examples where the issue says', () => {
    expect(FEELINGS.map((f) => f.family)).toEqual([...FEELINGS.map((f) => f.family)].sort((a, b) => FAMILIES.indexOf(a) - FAMILIES.indexOf(b)));
    const expected = {
      'pleasant-high': ['energised', 'excited', 'proud', 'hopeful'],
      'pleasant-low': ['calm', 'content', 'relieved', 'grateful'],
      'unpleasant-high': ['anxious', 'frustrated', 'overwhelmed', 'irritable'],
      'unpleasant-low': ['lonely', 'tired', 'flat', 'sad'],
    };
    for (const [family, ids] of Object.entries(expected)) for (const id of ids) expect(familyOf(id), id).toBe(family);
  });

  it('knows its ids and nothing else, inherited names included', () => {
    expect(isFeelingId('calm')).toBe(true);
    for (const id of ['Calm', 'calm ', '', 'toString', '__proto__', 'constructor']) {
      expect(isFeelingId(id), id).toBe(false);
      expect(familyOf(id), id).toBeUndefined();
    }
  });
});

describe('journal vocabulary: content files', () => {
  it('finds the English file among the locales', () => {
    expect(locales).toContain('en');
  });

  it.each(locales)('content/%s/feelings.json has every id, a word and a short definition each', (locale) => {
    const content = readContent(locale);
    expect(vocabularyProblems(FEELINGS, content)).toEqual([]);
    expect(() => { assertVocabulary(FEELINGS, content); }).not.toThrow();
  });

  it(`keeps English definitions to one plain line (≤ ${DEFINITION_MAX} characters, one sentence, no clinical terms)`, () => {
    const clinical = /\b(disorder|symptom|clinical|diagnos\w*|depress\w*|patholog\w*|syndrome|mania|manic|trauma\w*|panic attack)\b/i;
    for (const id of FEELING_IDS) {
      const { word, definition } = en[id];
      expect(definition.length, id).toBeLessThanOrEqual(DEFINITION_MAX);
      expect(definition, id).toMatch(/^[A-Z].*\.$/);
      expect(definition.slice(0, -1), id).not.toMatch(/[.!?]\s/);
      expect(`${word} ${definition}`, id).not.toMatch(clinical);
      expect(word, id).toBe(word.trim());
    }
  });

  it('uses the sources’ ideas, never their sentences: no run of eight words from any source', () => {
    const index = indexFingerprints(readFingerprintFile(join(root, FINGERPRINT_FILE)).sources);
    const copied = FEELING_IDS.flatMap((id) => copiedRuns(`${en[id].word}. ${en[id].definition}`, index).map((c) => ({ id, ...c })));
    expect(copied).toEqual([]);
  });
});

describe('journal vocabulary: assertVocabulary refuses a bad file, naming each problem', () => {
  const meta = [
    { id: 'calm', family: 'pleasant-low' },
    { id: 'tired', family: 'unpleasant-low' },
  ] as const;
  const good = {
    calm: { word: 'calm', definition: 'Settled.' },
    tired: { word: 'tired', definition: 'Low on energy.' },
  };

  it('passes a matching file', () => {
    expect(vocabularyProblems(meta, good)).toEqual([]);
  });

  it('names missing and unexpected ids', () => {
    expect(vocabularyProblems(meta, { calm: good.calm, sleepy: good.tired })).toEqual([
      { id: 'tired', code: 'missing' },
      { id: 'sleepy', code: 'unexpected' },
    ]);
  });

  it('names empty, over-long and repeated text', () => {
    const bad = {
      calm: { word: '  ', definition: 'x'.repeat(DEFINITION_MAX + 1) },
      tired: { word: 'x'.repeat(40), definition: '' },
    };
    expect(vocabularyProblems(meta, bad)).toEqual([
      { id: 'calm', code: 'word-empty' },
      { id: 'calm', code: 'definition-too-long' },
      { id: 'tired', code: 'word-too-long' },
      { id: 'tired', code: 'definition-empty' },
    ]);
    const twice = { calm: good.calm, tired: { word: 'Calm', definition: 'Again.' } };
    expect(vocabularyProblems(meta, twice)).toEqual([{ id: 'tired', code: 'duplicate-word' }]);
    expect(vocabularyProblems(meta, { calm: good.calm, tired: { word: 3, definition: null } })).toEqual([
      { id: 'tired', code: 'word-empty' },
      { id: 'tired', code: 'definition-empty' },
    ]);
  });

  it('accepts exactly a definition of the limit', () => {
    expect(vocabularyProblems(meta, { ...good, calm: { word: 'calm', definition: 'x'.repeat(DEFINITION_MAX) } })).toEqual([]);
  });

  it('refuses hostile shapes without following them', () => {
    expect(vocabularyProblems(meta, null)).toEqual([{ id: '', code: 'not-object' }]);
    expect(vocabularyProblems(meta, [good])).toEqual([{ id: '', code: 'not-object' }]);
    expect(vocabularyProblems(meta, { calm: 'calm', tired: good.tired })).toEqual([{ id: 'calm', code: 'not-object' }]);
    // JSON.parse makes "__proto__" an own key; an inherited entry is not the file's.
    const proto = JSON.parse('{"__proto__": {"word": "x", "definition": "y"}, "calm": {"word": "calm", "definition": "Settled."}}') as unknown;
    expect(vocabularyProblems(meta, proto)).toEqual([
      { id: 'tired', code: 'missing' },
      { id: '__proto__', code: 'unexpected' },
    ]);
    expect(vocabularyProblems(meta, Object.create(good))).toEqual([
      { id: 'calm', code: 'missing' },
      { id: 'tired', code: 'missing' },
    ]);
  });

  it('checks the vocabulary itself: kebab-case ids, no repeats', () => {
    const broken = [...meta, { id: 'Left Out', family: 'unpleasant-low' }, { id: 'calm', family: 'pleasant-low' }] as const;
    expect(vocabularyProblems(broken, good)).toEqual([
      { id: 'Left Out', code: 'bad-id' },
      { id: 'calm', code: 'duplicate-id' },
      { id: 'Left Out', code: 'missing' },
    ]);
  });

  it('throws a VocabularyError carrying the problems', () => {
    let caught: unknown;
    try {
      assertVocabulary(meta, { calm: good.calm });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(VocabularyError);
    expect((caught as VocabularyError).problems).toEqual([{ id: 'tired', code: 'missing' }]);
    expect((caught as VocabularyError).message).toContain('tired missing');
  });
});
