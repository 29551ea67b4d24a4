// Every view that imports a stylesheet as text imports this
// module too, so this reference gives the `*.css` module type to each program that reaches
// them (tests, scripts) without those programs listing popup/css.d.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a .d.ts of ambient modules cannot be imported
/// <reference path="../css.d.ts" />
/**
 * Styles of the views behind a tab travel with their chunk and are added when it loads, so
 * popup.css (loaded before the first paint, within the popup's size budget) carries only
 * what Now and the frame need. A view imports the `.css` file beside it as text
 * (`import css from './log.css' with { type: 'text' }`, see scripts/lib/css-text.mjs) and
 * passes it here. Extension pages allow style elements (the manifest's CSP restricts
 * scripts, not styles); the text is ours, never the person's, and goes in as textContent.
 */
const added = new Set<string>();

/** Adds a stylesheet to the page once, however many views that share it load. */
export function addStyle(css: string): void {
  if (added.has(css)) return;
  added.add(css);
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
