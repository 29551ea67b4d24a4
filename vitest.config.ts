import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentLocales } from './scripts/lib/content.mjs';

const fakePolyfill = fileURLToPath(new URL('./tests/support/fake-polyfill.ts', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { 'webextension-polyfill': fakePolyfill } },
        // What the build defines per target; the integration tests run the Chrome build's code.
        define: { __TARGET__: '"chrome"', __CONTENT_LOCALES__: JSON.stringify(contentLocales()), __CONTENT_STAMP__: '"test"' },
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
          environment: 'node',
          // The extension's own content files, as fetch(runtime.getURL(…)) serves them.
          setupFiles: ['tests/support/content-fetch.ts'],
          // Property tests and simulated years are CPU-bound: on a loaded 2-core machine they
          // run 10–20× slower than alone. No test waits on time; this only bounds a hang.
          testTimeout: 30_000,
        },
      },
      {
        // The built extension, read from disk: size budgets and architecture (needs a build).
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/versions.setup.ts'],
          environment: 'node',
          // One browser at a time: this machine has two cores and the browsers are heavy.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
