// `npm run package` (issue 14): the store packages, the same bytes from the same inputs.
// Copies the tracked source to <artifacts>/source, builds it there into its own folder,
// then writes to artifacts/:
//   tend-chrome-<version>.zip   dist/chrome's files, manifest.json at the root (Chrome Web Store)
//   tend-firefox-<version>.zip  dist/firefox's files (addons.mozilla.org; never firefox-test)
//   tend-source-<version>.zip   the tracked source needed to rebuild, with BUILD.md at the
//                               root (docs/BUILD-FOR-REVIEWERS.md), for AMO's review
// TEND_ARTIFACTS=dir writes the zips to dir/ instead of artifacts/; TEND_DIST=dir builds
// into dir/ (default <artifacts>/dist: never dist/, which the tests read).
// SOURCE_DATE_EPOCH sets the entries' time (default 1980-01-01 00:00).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dosTime, entriesUnder, zip } from './lib/zip.mjs';

/** Tracked files a rebuild does not need: the packages themselves and test-only data. */
const NOT_IN_SOURCE = ['artifacts/', 'tests/data/'];
/** What a reviewer reads first, at the source zip's root. */
const BUILD_NOTES = 'docs/BUILD-FOR-REVIEWERS.md';

/**
 * The git-tracked files that go into the source zip, sorted (deleted-but-tracked ones left out).
 * @returns {string[]}
 */
export function sourceFiles() {
  const listed = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0');
  return listed.filter((path) => path !== '' && !NOT_IN_SOURCE.some((dir) => path.startsWith(dir)) && existsSync(path)).sort();
}

/**
 * Gives the staged tree the node_modules `npm ci` installed here (package-lock.json pins
 * them). What the bundle takes in (package.json `dependencies`) is copied, so its paths sit
 * inside the tree as after a reviewer's `npm ci`: esbuild's chunk names hash the input paths,
 * and a symlink would be followed out of the tree. Everything else (the tools) is linked.
 * @param {string} staging
 */
function linkDependencies(staging) {
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync('package.json', 'utf8'));
  const bundled = new Set(Object.keys(/** @type {{ dependencies: Record<string, string> }} */ (parsed).dependencies));
  mkdirSync(join(staging, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    const from = resolve('node_modules', name);
    const to = join(staging, 'node_modules', name);
    if (bundled.has(name)) cpSync(from, to, { recursive: true });
    else symlinkSync(from, to);
  }
}

/**
 * Writes the source zip's files into `staging` and builds Tend there, so the store zips are
 * built from exactly the source a reviewer gets (nothing untracked or ignored slips in), then
 * writes the three zips.
 * @param {string} artifacts where the zips go
 * @param {string} dist where the build goes
 * @returns {{ path: string; bytes: number; sha256: string }[]} what was written
 */
export function packageTend(artifacts, dist) {
  const source = sourceFiles().map((name) => ({ name, data: readFileSync(name) }));
  const staging = resolve(artifacts, 'source');
  rmSync(staging, { recursive: true, force: true });
  for (const { name, data } of source) {
    mkdirSync(dirname(join(staging, name)), { recursive: true });
    writeFileSync(join(staging, name), data);
  }
  linkDependencies(staging);
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: staging, env: { ...process.env, TEND_DIST: resolve(dist) }, stdio: 'inherit' });

  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(join(staging, 'manifest.json'), 'utf8'));
  const manifest = /** @type {{ version: string }} */ (parsed);
  const when = dosTime(process.env['SOURCE_DATE_EPOCH']);
  const packages = {
    chrome: entriesUnder(join(dist, 'chrome')),
    firefox: entriesUnder(join(dist, 'firefox')),
    source: [...source, { name: 'BUILD.md', data: readFileSync(BUILD_NOTES) }],
  };
  mkdirSync(artifacts, { recursive: true });
  return Object.entries(packages).map(([kind, entries]) => {
    const name = `tend-${kind}-${manifest.version}.zip`;
    const path = join(artifacts, name);
    const bytes = zip(entries, when);
    writeFileSync(path, bytes);
    return { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const artifacts = process.env['TEND_ARTIFACTS'] ?? 'artifacts';
  const dist = process.env['TEND_DIST'] ?? join(artifacts, 'dist');
  for (const written of packageTend(artifacts, dist)) console.log(`${written.path}  ${written.bytes} bytes  sha256 ${written.sha256}`);
}
