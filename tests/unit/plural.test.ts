/**
 * Counts are worded by the language's own plural rules (src/i18n/plural.ts): English has
 * one and other; a language with more categories (here Polish's few and many, with made-up
 * words so the category shows) gets each, and `_other` stands in for any a translation left out.
 */
import { describe, expect, it } from 'vitest';
import { pluralIn, type Lookup } from '../../src/i18n/plural.ts';
import type { PluralKey } from '../../src/i18n/message-key.ts';
import { getMessage } from '../support/fake-extras.ts';

/** A made-up translation: each category says its own name and the count. */
function lookupOf(messages: Readonly<Record<string, string>>): Lookup {
  return (key, [count = '']) => messages[key]?.replace('$1', count) ?? '';
}

const KEY = 'minutes' as PluralKey;

describe('plural, in English (the shipped messages)', () => {
  const plural = pluralIn('en', getMessage);

  it('one for exactly 1, other for 0, 2, many and fractions', () => {
    expect(plural('settings_minutes', 1)).toBe('1 minute');
    expect(plural('settings_minutes', 0)).toBe('0 minutes');
    expect(plural('settings_minutes', 45)).toBe('45 minutes');
    expect(plural('settings_hours', 1)).toBe('1 hour');
    expect(plural('settings_hours', 1.5)).toBe('1.5 hours');
    expect(plural('errTooLong', 1, ['3'])).toBe('Please keep this to 1 character; it has 3 now.');
    expect(plural('errTooLong', 40, ['52'])).toBe('Please keep this to 40 characters; it has 52 now.');
  });

  it('writes the count as the language writes numbers', () => {
    expect(plural('settings_minutes', 1200)).toBe('1,200 minutes');
  });
});

describe('plural, in a language with few and many', () => {
  const polish = {
    minutes_one: 'one: $1',
    minutes_few: 'few: $1',
    minutes_many: 'many: $1',
    minutes_other: 'other: $1',
  };

  it('picks the category Intl.PluralRules gives for the count', () => {
    const plural = pluralIn('pl', lookupOf(polish));
    expect([1, 2, 4, 5, 12, 22, 25, 1.5].map((n) => plural(KEY, n))).toEqual([
      'one: 1',
      'few: 2',
      'few: 4',
      'many: 5',
      'many: 12',
      'few: 22',
      'many: 25',
      'other: 1,5',
    ]);
  });

  it('falls back to _other for a category a translation left out, and to the key when there is nothing', () => {
    const partial: Record<string, string> = { ...polish };
    delete partial['minutes_few'];
    const plural = pluralIn('pl', lookupOf(partial));
    expect(plural(KEY, 3)).toBe('other: 3');
    expect(pluralIn('pl', () => '')(KEY, 3)).toBe('minutes');
  });
});
