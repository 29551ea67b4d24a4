/** The worker's words go through browser.i18n like the popup's; English stays as a fallback. */
import { browser } from '../src/browser/browser.ts';

export function say(key: string, substitutions: readonly string[] = [], fallback = key): string {
  const text = browser.i18n.getMessage(key, [...substitutions]);
  return text === '' ? fallback : text;
}
