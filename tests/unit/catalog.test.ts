import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/strategies/catalog.ts';
import { contentFiles } from '../../src/strategies/content-files.ts';
import { contentLocale, contentPath, unpackLine, type PackedLine } from '../../src/strategies/content-paths.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { META } from '../../src/strategies/meta.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { CONTENT_LOCALES } from '../support/content-fetch.ts';
import { readFileSync } from 'node:fs';

const english = Object.fromEntries(KINDS.map((k) => [k, JSON.parse(readFileSync(`content/en/${k}.json`, 'utf8')) as unknown]));

describe("the worker's catalog", () => {
  it('carries every strategy with its id, kind, line count and withPerson, and no words', () => {
    expect(CATALOG.map(({ id, kind, lines, withPerson }) => ({ id, kind, lines, withPerson }))).toEqual(
      STRATEGIES.map((s) => ({ id: s.id, kind: s.kind, lines: s.nudges.length, withPerson: s.withPerson })),
    );
    expect(JSON.stringify(CATALOG)).not.toContain(STRATEGIES[0]?.nudges[0]?.message);
  });
});

describe('the run-time content files', () => {
  const files = contentFiles(META, { en: english });

  it('give the worker exactly the lines the library has, named variants included', () => {
    for (const s of STRATEGIES) {
      expect((files[contentPath('en', `lines/${s.id}`)] as PackedLine[]).map(unpackLine), s.id).toEqual(s.nudges);
      expect(files[contentPath('en', `strategy/${s.id}`)], s.id).toEqual(s);
    }
  });

  it('fall back to English for whatever a translation leaves out, string by string', () => {
    const first = STRATEGIES[0];
    if (!first) throw new Error('empty library');
    const partial = { [first.kind]: { [first.id]: { title: 'Übersetzt', nudges: [{ message: 'Nur die Nachricht.' }] } } };
    const out = contentFiles(META, { en: english, de: partial });
    const [translated] = out[contentPath('de', first.kind)] as typeof STRATEGIES;
    expect(translated?.title).toBe('Übersetzt');
    expect(translated?.why).toBe(first.why);
    expect(translated?.nudges[0]).toEqual({ ...first.nudges[0], message: 'Nur die Nachricht.' });
    expect(translated?.nudges[1]).toEqual(first.nudges[1]);
    expect((out[contentPath('de', 'titles')] as Record<string, string>)[first.id]).toBe('Übersetzt');
  });

  it('refuse a translation of the wrong shape, naming the file and field', () => {
    const first = STRATEGIES[0];
    if (!first) throw new Error('empty library');
    expect(() => contentFiles(META, { en: english, de: { [first.kind]: { [first.id]: { why: 42 } } } })).toThrow(new RegExp(`content/de/${first.kind}.json: ${first.id}.why`));
  });

  it('refuse text and metadata that disagree', () => {
    const first = STRATEGIES[0];
    if (!first) throw new Error('empty library');
    const broken = { ...english, [first.kind]: { ...(english[first.kind] as object), 'connect-not-in-meta': (english[first.kind] as Record<string, unknown>)[first.id] } };
    expect(() => contentFiles(META, { en: broken })).toThrow(/not in meta.ts: connect-not-in-meta/);
  });

  it('are read in the browser language, its language, or English', () => {
    expect(contentLocale('de', ['de', 'en'])).toBe('de');
    expect(contentLocale('de-AT', ['de', 'en'])).toBe('de');
    expect(contentLocale('pt-BR', ['en', 'pt_BR'])).toBe('pt_BR');
    expect(contentLocale('ja', ['de', 'en'])).toBe('en');
    expect(CONTENT_LOCALES).toContain('en');
  });
});
