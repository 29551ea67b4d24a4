// Builds dist/chrome and dist/firefox from one source: esbuild bundles one entry per
// context with a define per target; static files are copied; the manifest is shaped per
// browser. Usage: node scripts/build.mjs [--quiet] [--firefox-test]
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFor } from './lib/manifest.mjs';

const quiet = process.argv.includes('--quiet');
const firefoxTest = process.argv.includes('--firefox-test');
const started = performance.now();

/** Script entry points, by output path (without extension). */
const ENTRIES = {
  'background/worker': 'background/worker.ts',
  'popup/popup': 'popup/popup.tsx',
};
/** Static files copied as they are. */
const STATIC = ['icons/icon-16.png', 'icons/icon-32.png', 'icons/icon-48.png', 'icons/icon-128.png', '_locales', 'popup/popup.html'];

const source = /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync('manifest.json', 'utf8')));

/** @param {'chrome' | 'firefox'} target @param {string} outdir @param {boolean} testOnly */
async function buildTarget(target, outdir, testOnly) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ out, in: input })),
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      __TARGET__: JSON.stringify(target),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'warning',
  });
  for (const path of STATIC) cpSync(path, join(outdir, path), { recursive: true });
  const manifest = manifestFor(source, target, { testOnly });
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

await Promise.all([
  buildTarget('chrome', 'dist/chrome', false),
  buildTarget('firefox', 'dist/firefox', false),
  ...(firefoxTest ? [buildTarget('firefox', 'dist/firefox-test', true)] : []),
]);

if (!quiet) {
  const ms = Math.round(performance.now() - started);
  console.log(`Built dist/chrome and dist/firefox in ${ms} ms.`);
}
