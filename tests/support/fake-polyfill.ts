// vitest aliases `webextension-polyfill` here, so src/browser/browser.ts gets the in-memory
// browser of @webext-core/fake-browser (typed against the polyfill, v1.x).
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
