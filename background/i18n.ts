/** The worker's words go through browser.i18n like the popup's (keys in _locales/en). */
import { browser } from '../platform/browser.ts';
import type { MessageKey, PluralKey } from '../src/i18n/message-key.ts';
import { pluralIn } from '../src/i18n/plural.ts';
import type { Repair } from '../src/state/parse.ts';

export function say(key: MessageKey, substitutions: readonly string[] = []): string {
  // A missing key shows itself rather than nothing, as the popup's t() does.
  return browser.i18n.getMessage(key, [...substitutions]) || key;
}

/** A count in words, by the UI language's plural rules (src/i18n/plural.ts), as the popup's plural(). */
export function plural(key: PluralKey, count: number, substitutions: readonly string[] = []): string {
  // Built per call: the worker keeps nothing in module globals (STYLE.md §4).
  return pluralIn(browser.i18n.getUILanguage(), (k, s) => browser.i18n.getMessage(k, s))(key, count, substitutions);
}

/** A repair notice in the person's words; `copied` says whether a copy of the old data was kept. */
export function repairWords(repair: Repair, copied: boolean): string {
  if ('pluralKey' in repair) {
    return plural(copied ? repair.pluralKey : `${repair.pluralKey}NoCopy`, repair.count, repair.substitutions);
  }
  return say(copied ? repair.messageKey : `${repair.messageKey}NoCopy`, repair.substitutions);
}
