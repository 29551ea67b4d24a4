// Code passed to page.evaluate / worker.evaluate runs inside the extension, where Chrome's
// MV3 `chrome.*` APIs return promises just as the polyfill's types describe.
type Browser = import('../../platform/browser.ts').Browser;

declare const chrome: Browser & {
  developerPrivate: {
    getExtensionInfo(id: string): Promise<{
      installWarnings: string[];
      manifestErrors: { message: string }[];
      runtimeErrors: { message: string }[];
    }>;
  };
};

/** Firefox pages (the Firefox e2e) use the standard `browser` namespace. */
declare const browser: Browser;
