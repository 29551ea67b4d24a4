/** The worker's words go through browser.i18n like the popup's (keys in _locales/en). */
import { browser } from '../src/browser/browser.ts';

export function say(key: string, substitutions: readonly string[] = []): string {
  // A missing key shows itself rather than nothing, as the popup's t() does.
  return browser.i18n.getMessage(key, [...substitutions]) || key;
}
