// The one source manifest, shaped per browser. Browsers differ here and in build flags,
// never in scattered `if`s in the code (STYLE.md §9).

/** @typedef {'chrome' | 'firefox'} Target */

/**
 * @param {Record<string, unknown>} source the parsed manifest.json
 * @param {Target} target
 * @param {{ testOnly?: boolean }} [options] testOnly adds what the Firefox e2e needs to open
 *   extension pages over WebDriver BiDi (web_accessible_resources); never in a store build.
 */
export function manifestFor(source, target, options = {}) {
  const m = structuredClone(source);
  const background = /** @type {{ service_worker: string }} */ (m['background']);
  if (target === 'chrome') {
    delete m['browser_specific_settings'];
  } else {
    // Firefox MV3 runs an event page from `background.scripts` (docs/platform-notes.md).
    m['background'] = { scripts: [background.service_worker] };
    delete m['minimum_chrome_version'];
    if (options.testOnly) {
      // The options page too: import and export live there (issue 13; tests/e2e/firefox-data.test.ts).
      m['web_accessible_resources'] = [{ resources: ['popup/*.html', 'options/*.html'], matches: ['<all_urls>'] }];
    }
  }
  return m;
}
