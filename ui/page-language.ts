/**
 * Marks a page with the language and direction its words are shown in: `lang` is the locale
 * Tend speaks (the UI language matched to the locales it has, exact, then language, then
 * English — the rule the content follows, src/strategies/content-files.ts), so screen
 * readers, hyphenation and fonts follow it; `dir` comes from `@@bidi_dir` (`rtl` for
 * Arabic, Hebrew…), so the page and its logical CSS properties mirror. Each page entry
 * calls it before its first render.
 */
import { browser } from '../platform/browser.ts';
import { contentLocale } from '../src/strategies/content-paths.ts';

/** The folders under content/, defined by the build (and by the test setup). */
declare const __CONTENT_LOCALES__: readonly string[];

export function applyPageLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = contentLocale(browser.i18n.getUILanguage(), __CONTENT_LOCALES__).replace('_', '-');
  root.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
