/**
 * What the build puts in place of webextension-polyfill. Every browser Tend supports has
 * the promise-based `browser` namespace natively (Firefox always; Chrome and Edge since
 * 148, where `browser === chrome`), and there the polyfill only re-exports it
 * (docs/platform-notes.md). Aliasing it here saves 3 KB gzipped in each bundle while the
 * source keeps its one door (browser.ts), whose polyfill types this borrows.
 */
import type { Browser } from './browser.ts';

const native = (globalThis as unknown as { browser: Browser }).browser;

export default native;
