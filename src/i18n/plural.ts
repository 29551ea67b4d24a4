/**
 * Counts worded by the language's own plural rules. browser.i18n has none (one message per
 * key; MDN "Internationalization": plurals are left to the extension), so a count's words
 * live under one key per CLDR category, `<key>_one`, `<key>_few`, `<key>_other`, and
 * Intl.PluralRules picks the category for the count in the browser's UI language.
 * English has `_one` and `_other`; a language adds the categories it has (Polish: `_few`,
 * `_many`), and `_other` stands in for any it leaves out.
 */
import type { PluralKey } from './message-key.ts';

/** browser.i18n.getMessage's shape: '' for a key this language (and English) lacks. */
export type Lookup = (key: string, substitutions: string[]) => string;

export type Plural = (key: PluralKey, count: number, substitutions?: readonly string[]) => string;

/**
 * `plural(key, count, rest)`: the count, formatted for `locale`, is always `$1`; `rest`
 * follow as `$2`…. A key missing in every language shows itself, as t() does.
 */
export function pluralIn(locale: string, lookup: Lookup): Plural {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, count, substitutions = []) => {
    const words = [number.format(count), ...substitutions];
    return lookup(`${key}_${rules.select(count)}`, words) || lookup(`${key}_other`, words) || key;
  };
}
