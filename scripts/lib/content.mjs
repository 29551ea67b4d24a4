// The build's content step: reads content/<locale>/<kind>.json (what strategies say) and
// writes the run-time files each extension loads (src/strategies/content-files.ts decides
// their shape and the English fallback; this only reads and writes). Plain and explicit:
// one function the build calls, nothing keyed on file names.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** @typedef {{ contentFiles: (meta: unknown, sources: unknown) => Record<string, unknown>; META: unknown; KINDS: readonly string[]; feelingFiles: (sources: unknown, locales: readonly string[]) => Record<string, unknown> }} ContentModule */

/** @returns {string[]} the locale folders under content/ */
export function contentLocales() {
  return readdirSync('content', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join('content', d.name)))
    .map((d) => d.name)
    .sort();
}

/** @returns {Promise<ContentModule>} */
async function loadCore() {
  const entry = "export { contentFiles } from './src/strategies/content-files.ts'; export { META } from './src/strategies/meta.ts'; export { KINDS } from './src/strategies/types.ts'; export { feelingFiles } from './src/journal/feeling-files.ts';";
  const result = await build({ stdin: { contents: entry, resolveDir: '.', loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const code = result.outputFiles[0]?.text ?? '';
  /** @type {unknown} */
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return /** @type {ContentModule} */ (mod);
}

/**
 * Every run-time content file by path, computed once per build. `extra` adds generated
 * locales beside the folders (the test-only pseudo-locales, scripts/lib/pseudo.mjs).
 * @param {{ content: Record<string, Record<string, unknown>>; feelings: Record<string, unknown> }} [extra]
 * @returns {Promise<Record<string, unknown>>}
 */
export async function runtimeContent(extra) {
  const core = await loadCore();
  /** @type {Record<string, Record<string, unknown>>} */
  const sources = {};
  for (const locale of contentLocales()) {
    /** @type {Record<string, unknown>} */
    const kinds = {};
    for (const kind of core.KINDS) {
      const path = join('content', locale, `${kind}.json`);
      if (existsSync(path)) kinds[kind] = JSON.parse(readFileSync(path, 'utf8'));
    }
    sources[locale] = kinds;
  }
  // The feeling words (issue 12): content/<locale>/feelings.json, English standing in word by word.
  /** @type {Record<string, unknown>} */
  const feelings = {};
  for (const locale of contentLocales()) {
    const path = join('content', locale, 'feelings.json');
    if (existsSync(path)) feelings[locale] = JSON.parse(readFileSync(path, 'utf8'));
  }
  const locales = [...contentLocales(), ...Object.keys(extra?.content ?? {})];
  return { ...core.contentFiles(core.META, { ...sources, ...extra?.content }), ...core.feelingFiles({ ...feelings, ...extra?.feelings }, locales) };
}

/**
 * A fingerprint of every run-time content file: the pages keep their copies of the library
 * under it (platform/strategy-copies.ts), so any change to what a strategy says is a new one.
 * @param {Record<string, unknown>} files @returns {string}
 */
export function contentStampOf(files) {
  return createHash('sha256').update(JSON.stringify(files)).digest('base64url').slice(0, 12);
}

/** Files written at a time: enough to keep the disk busy, few enough for a low open-file limit (`ulimit -n`). */
const WRITES_AT_ONCE = 32;

/**
 * Writes the run-time files under `outdir`, WRITES_AT_ONCE at a time: some 560 small files
 * per browser, which written one after another held the build's other target for ~150 ms.
 * @param {Record<string, unknown>} files @param {string} outdir
 */
export async function writeContent(files, outdir) {
  const paths = Object.keys(files);
  for (const dir of new Set(paths.map((path) => dirname(join(outdir, path))))) mkdirSync(dir, { recursive: true });
  let next = 0;
  const writer = async () => {
    while (next < paths.length) {
      const path = paths[next++] ?? '';
      await writeFile(join(outdir, path), JSON.stringify(files[path]));
    }
  };
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer));
}
