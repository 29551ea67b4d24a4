// Builds dist/chrome and dist/firefox from one source: esbuild bundles one entry per
// context with a define per target; static files are copied; the manifest is shaped per
// browser. Usage: node scripts/build.mjs [--quiet] [--firefox-test]
// TEND_DIST=dir builds into dir/ instead of dist/ (parallel work on one checkout).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cssTextPlugin } from './lib/css-text.mjs';
import { eagerOutputs, firstPaintChunkPlugin } from './lib/first-paint-chunk.mjs';
import { contentLocales, contentStampOf, runtimeContent, writeContent } from './lib/content.mjs';
import { manifestFor } from './lib/manifest.mjs';
import { noRawHtmlPlugin } from './lib/no-raw-html.mjs';
import { pseudoLocales, writePseudoMessages } from './lib/pseudo.mjs';

const quiet = process.argv.includes('--quiet');
const firefoxTest = process.argv.includes('--firefox-test');
const started = performance.now();

/** The worker: classic scripts (Firefox's event page and Chrome's worker alike): the wake path, and the commands it loads on first use. */
const WORKER = { 'background/worker': 'background/worker.ts', 'background/commands': 'background/commands-script.ts' };
/**
 * Extension pages: ES modules, split so views and library kinds load on demand. The popup
 * is built on its own, its first paint in one chunk (scripts/lib/first-paint-chunk.mjs).
 */
const POPUP = { 'popup/popup': 'popup/popup.tsx' };
const PAGES = { 'options/options': 'options/options.tsx', 'welcome/welcome': 'welcome/welcome.tsx' };
/** The popup's first script, classic and on its own: it starts the reads the first paint waits on (ui/early-read.ts). */
const POPUP_EARLY = { 'popup/early': 'popup/early.ts' };
/** Static files copied as they are (popup.html is written, naming its first-paint chunk). */
const STATIC = ['icons/icon-16.png', 'icons/icon-32.png', 'icons/icon-48.png', 'icons/icon-128.png', '_locales', 'options/options.html', 'welcome/welcome.html'];

// --pseudo (test-only, never shipped): adds the generated pseudo-locales (scripts/lib/pseudo.mjs).
const pseudo = process.argv.includes('--pseudo') ? pseudoLocales() : undefined;
/** What strategies say, per locale, as the extension reads it at run time (scripts/lib/content.mjs). */
const content = runtimeContent(pseudo);
const locales = [...contentLocales(), ...Object.keys(pseudo?.content ?? {})];
/**
 * A fingerprint of every content file: the pages keep their copies of the library under it
 * (platform/strategy-copies.ts). The worker, which keeps none, is bundled while it is computed.
 */
const contentStamp = content.then(contentStampOf);

/** @param {Record<string, string>} map */
const entries = (map) => Object.entries(map).map(([out, input]) => ({ out, in: input }));

/** @param {string} text @returns {unknown} */
const parseJson = (text) => JSON.parse(text);

const source = /** @type {Record<string, unknown>} */ (parseJson(readFileSync('manifest.json', 'utf8')));

/** @param {'chrome' | 'firefox'} target @param {string} outdir @param {boolean} testOnly */
async function buildTarget(target, outdir, testOnly) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    outdir,
    bundle: true,
    target: ['chrome120', 'firefox142'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __TARGET__: JSON.stringify(target), __CONTENT_LOCALES__: JSON.stringify(locales), 'process.env.NODE_ENV': '"production"' },
    // cssTextPlugin: a lazy view's `.css` (imported `with { type: 'text' }`) ships inside its chunk.
    plugins: [noRawHtmlPlugin(), cssTextPlugin()],
    // The polyfill only re-exports the native namespace on every supported browser.
    alias: { 'webextension-polyfill': './platform/native.ts' },
    logLevel: 'warning',
  };
  const worker = build({ ...common, entryPoints: entries(WORKER), format: 'iife' });
  /** @type {import('esbuild').BuildOptions} */
  const withStamp = { ...common, define: { ...common.define, __CONTENT_STAMP__: JSON.stringify(await contentStamp) } };
  /** @type {import('esbuild').BuildOptions} */
  const pages = { ...withStamp, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]' };
  const popup = { ...pages, entryPoints: entries(POPUP) };
  const [, , popupBuild] = await Promise.all([
    worker,
    build({ ...withStamp, entryPoints: entries(POPUP_EARLY), format: 'iife' }),
    // The plugin's first pass runs alongside the other builds.
    firstPaintChunkPlugin(popup).then((plugin) => build({ ...popup, metafile: true, plugins: [...(common.plugins ?? []), plugin] })),
    build({ ...pages, entryPoints: entries(PAGES) }),
  ]);
  for (const path of STATIC) cpSync(path, join(outdir, path), { recursive: true });
  writePopupHtml(outdir, eagerOutputs(popupBuild.metafile, POPUP['popup/popup']).slice(1));
  if (pseudo) writePseudoMessages(pseudo.messages, outdir);
  await writeContent(await content, outdir);
  const manifest = manifestFor(source, target, { testOnly });
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * popup.html with a `modulepreload` for each chunk popup.js imports (one: its first paint),
 * so the browser fetches it with popup.js rather than once popup.js is parsed; and with
 * popup.css inside it, in a `<style>`: each file an extension page asks for cost it about
 * 2–3 ms before its first paint whatever its size (measured: four 1 KB modules 8 ms, one of
 * 68 KB 4 ms), so the stylesheet comes with the HTML.
 * @param {string} outdir @param {string[]} chunks output paths, relative to the working directory
 */
function writePopupHtml(outdir, chunks) {
  const html = readFileSync('popup/popup.html', 'utf8');
  const script = '    <script type="module" src="popup.js"';
  const sheet = '<link rel="stylesheet" href="popup.css" />';
  if (!html.includes(script)) throw new Error('build: popup/popup.html has no popup.js module script');
  if (!html.includes(sheet)) throw new Error('build: popup/popup.html has no popup.css stylesheet');
  const cssPath = join(outdir, 'popup/popup.css');
  const css = readFileSync(cssPath, 'utf8').trim();
  if (/<\/style/i.test(css)) throw new Error('build: popup.css would end its <style> early');
  rmSync(cssPath);
  const preloads = chunks.map((c) => `    <link rel="modulepreload" href="${relative(join(outdir, 'popup'), c)}" />\n`).join('');
  writeFileSync(join(outdir, 'popup/popup.html'), html.replace(sheet, () => `<style>${css}</style>`).replace(script, `${preloads}${script}`));
}

const DIST = process.env['TEND_DIST'] ?? 'dist';

await Promise.all([
  buildTarget('chrome', join(DIST, 'chrome'), false),
  buildTarget('firefox', join(DIST, 'firefox'), false),
  ...(firefoxTest ? [buildTarget('firefox', join(DIST, 'firefox-test'), true)] : []),
]);

if (!quiet) {
  const ms = Math.round(performance.now() - started);
  console.log(`Built ${DIST}/chrome and ${DIST}/firefox in ${ms} ms.`);
}
