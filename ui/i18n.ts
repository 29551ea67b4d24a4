/** UI strings come from _locales through browser.i18n, so Tend can be translated. */
import { browser } from '../platform/browser.ts';
import type { MessageKey, PluralKey } from '../src/i18n/message-key.ts';
import { pluralIn, type Plural } from '../src/i18n/plural.ts';

export type { MessageKey, PluralKey };

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // A missing key shows itself rather than an empty button.
  return text === '' ? key : text;
}

let rules: Plural | undefined;

/** A count in words, by the UI language's plural rules (src/i18n/plural.ts): `plural('errorCustomLimit', 50)`. */
export function plural(key: PluralKey, count: number, substitutions?: readonly string[]): string {
  rules ??= pluralIn(browser.i18n.getUILanguage(), (k, s) => browser.i18n.getMessage(k, s));
  return rules(key, count, substitutions);
}
