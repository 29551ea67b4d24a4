/**
 * Every language has exactly English's messages, with the same placeholders, so a
 * translation can neither miss a string nor carry one nothing asks for. A key used in code
 * but missing from English does not compile (src/i18n/message-key.ts); this holds the other
 * languages to English. A counted message (`<key>_one`, `<key>_other` in English) has, in each
 * language, exactly the plural categories that language's rules have (Intl.PluralRules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Message {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}
type Messages = Readonly<Record<string, Message>>;

const ROOT = join(import.meta.dirname, '../../_locales');
const read = (locale: string): Messages => JSON.parse(readFileSync(join(ROOT, locale, 'messages.json'), 'utf8')) as Messages;
const LOCALES = readdirSync(ROOT);
const ENGLISH = read('en');
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** English's keys as `locale` must have them: a counted key in that language's categories. */
function expectedKeys(locale: string): string[] {
  const categories = new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(ENGLISH)) {
    const counted = PLURAL.exec(key);
    if (counted && `${counted[1]}_other` in ENGLISH) for (const c of categories) keys.add(`${counted[1]}_${c}`);
    else keys.add(key);
  }
  return [...keys].sort();
}

const base = (key: string): string => PLURAL.exec(key)?.[1] ?? key;
const placeholders = (m: Message | undefined): string[] => Object.keys(m?.placeholders ?? {}).map((p) => p.toLowerCase()).sort();

describe('_locales', () => {
  it('English is the default locale and is there', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8')) as { default_locale?: string };
    expect(manifest.default_locale).toBe('en');
    expect(LOCALES).toContain('en');
  });

  it('English counts every counted message as one and other', () => {
    for (const key of Object.keys(ENGLISH)) {
      const counted = PLURAL.exec(key);
      if (!counted) continue;
      expect(Object.keys(ENGLISH), key).toContain(`${counted[1]}_one`);
      expect(Object.keys(ENGLISH), key).toContain(`${counted[1]}_other`);
    }
  });

  it.each(LOCALES)('%s has exactly English’s keys, each with English’s placeholders', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(expectedKeys(locale));
    for (const [key, message] of Object.entries(messages)) {
      expect(typeof message.message, key).toBe('string');
      const english = ENGLISH[key] ?? ENGLISH[`${base(key)}_other`];
      expect(placeholders(message), key).toEqual(placeholders(english));
    }
  });

  it('a placeholder named in a message is declared, and each declared one is used', () => {
    for (const locale of LOCALES) {
      for (const [key, { message, placeholders: declared = {} }] of Object.entries(read(locale))) {
        const used = [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
        const named = Object.keys(declared).map((p) => p.toLowerCase());
        for (const name of used) expect(named, `${locale} ${key}`).toContain(name);
        // English's "one" may say "One entry" without the number; every other message uses its placeholders.
        if (!/_one$/.test(key)) expect([...new Set(used)].sort(), `${locale} ${key}`).toEqual([...new Set(named)].sort());
      }
    }
  });
});
