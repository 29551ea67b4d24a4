// vitest aliases `webextension-polyfill` here, so platform/browser.ts gets the in-memory
// browser of @webext-core/fake-browser (typed against the polyfill, v1.x), completed with
// the few APIs it leaves out (fake-extras.ts).
import { fakeBrowser } from '@webext-core/fake-browser';
import './fake-extras.ts';

export default fakeBrowser;
