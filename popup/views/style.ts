/**
 * Styles of the views behind a tab travel with their chunk and are added when it loads, so
 * popup.css (loaded before the first paint, within the popup's size budget) carries only
 * what Now and the frame need. Extension pages allow style elements (the manifest's CSP
 * restricts scripts, not styles); the text is ours, never the person's.
 */
export function addStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
