/** UI strings come from _locales through browser.i18n, so Tend can be translated. */
import { browser } from '../src/browser/browser.ts';

export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // A missing key shows itself rather than an empty button.
  return text === '' ? key : text;
}
