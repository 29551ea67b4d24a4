/**
 * Every language says what English says, strategy by strategy: the same kinds, the same
 * strategy ids, the same number of nudge lines and steps, a named variant exactly where
 * English has one (with `{name}` in both its title and message), and the same feeling
 * words. The build would stand English in for anything missing (content-files.ts); this
 * test makes that an accident nobody ships.
 *
 * No string is left in English by accident: a message or content string identical to
 * English must be listed, with the reason, in tests/data/same-as-english/<locale>.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/strategies/types.ts';

const ROOT = join(import.meta.dirname, '../..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

interface Line { readonly title: string; readonly message: string; readonly named?: { readonly title: string; readonly message: string } }
interface Text { readonly title: string; readonly why: string; readonly steps: readonly string[]; readonly nudges: readonly Line[] }
type KindFile = Readonly<Record<string, Text>>;
type Feelings = Readonly<Record<string, { readonly word: string; readonly definition: string }>>;
interface SameAsEnglish { readonly text: string; readonly why: string }

const LOCALES = readdirSync(join(ROOT, 'content')).filter((l) => l !== 'en').sort();
const kindFile = (locale: string, kind: string): KindFile => json(`content/${locale}/${kind}.json`) as KindFile;

/** Every translatable string of a locale, labelled: content and UI messages alike. */
function strings(locale: string): [where: string, text: string][] {
  const out: [string, string][] = [];
  for (const kind of KINDS) {
    for (const [id, s] of Object.entries(kindFile(locale, kind))) {
      out.push([`${id}.title`, s.title], [`${id}.why`, s.why], ...s.steps.map((t, i): [string, string] => [`${id}.steps[${i}]`, t]));
      s.nudges.forEach((n, i) => {
        out.push([`${id}.nudges[${i}].title`, n.title], [`${id}.nudges[${i}].message`, n.message]);
        if (n.named) out.push([`${id}.nudges[${i}].named.title`, n.named.title], [`${id}.nudges[${i}].named.message`, n.named.message]);
      });
    }
  }
  for (const [id, f] of Object.entries(json(`content/${locale}/feelings.json`) as Feelings)) out.push([`feelings.${id}.word`, f.word], [`feelings.${id}.definition`, f.definition]);
  const messages = json(`_locales/${locale}/messages.json`) as Record<string, { message: string }>;
  for (const [key, m] of Object.entries(messages)) out.push([`messages.${key}`, m.message]);
  return out;
}

describe('content/<locale>', () => {
  it('has a UI language for every content language and the other way round', () => {
    const ui = readdirSync(join(ROOT, '_locales')).filter((l) => l !== 'en').sort();
    expect(LOCALES).toEqual(ui);
  });

  it.each(LOCALES)('%s has every kind, strategy, line and step English has', (locale) => {
    for (const kind of KINDS) {
      expect(existsSync(join(ROOT, `content/${locale}/${kind}.json`)), `${locale}/${kind}.json`).toBe(true);
      const english = kindFile('en', kind);
      const own = kindFile(locale, kind);
      expect(Object.keys(own).sort(), kind).toEqual(Object.keys(english).sort());
      for (const [id, s] of Object.entries(english)) {
        const t = own[id];
        expect(t?.steps.length, `${id} steps`).toBe(s.steps.length);
        expect(t?.nudges.length, `${id} nudges`).toBe(s.nudges.length);
        s.nudges.forEach((n, i) => {
          const line = t?.nudges[i];
          expect(line?.named !== undefined, `${id} line ${i} named`).toBe(n.named !== undefined);
          if (line?.named) {
            expect(line.named.title, `${id} line ${i}`).toContain('{name}');
            expect(line.named.message, `${id} line ${i}`).toContain('{name}');
          }
          // `{name}` appears only where English has a name to put.
          expect(`${line?.title ?? ''}${line?.message ?? ''}`, `${id} line ${i}`).not.toContain('{name}');
        });
      }
    }
  });

  it.each(LOCALES)('%s has every feeling word English has', (locale) => {
    const english = json('content/en/feelings.json') as Feelings;
    const own = json(`content/${locale}/feelings.json`) as Feelings;
    expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
    for (const [id, f] of Object.entries(own)) {
      expect(f.word.trim(), id).not.toBe('');
      expect(f.definition.trim(), id).not.toBe('');
    }
  });

  it.each(LOCALES)('%s leaves nothing in English by accident', (locale) => {
    const path = join(ROOT, `tests/data/same-as-english/${locale}.json`);
    const allowed = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SameAsEnglish[]) : [];
    for (const entry of allowed) expect(entry.why.trim(), `why for "${entry.text}"`).not.toBe('');
    const english = new Map(strings('en').map(([where, text]) => [where, text]));
    const same = strings(locale)
      .filter(([where, text]) => english.get(where) === text && /\p{L}/u.test(text))
      .filter(([, text]) => !allowed.some((a) => a.text === text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(same).toEqual([]);
  });
});
