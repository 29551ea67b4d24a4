/**
 * `npm run package` (issue 14), run twice into separate folders: the three zips are the
 * same bytes both times; the store zips hold exactly the built files with manifest.json at
 * the root; the source zip holds what a reviewer needs, BUILD.md at its root, and a build
 * from it alone gives the store zips' files byte for byte; web-ext lint finds no error in
 * the Firefox package. Every zip is read back by Info-ZIP's `unzip`, not by our own
 * writer, so a malformed archive fails here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, rel } from './bundle.ts';

const UNZIP = '/usr/bin/unzip';
const VERSION = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
const KINDS = ['chrome', 'firefox', 'source'] as const;
const runs = [mkdtempSync(join(tmpdir(), 'tend-package-a-')), mkdtempSync(join(tmpdir(), 'tend-package-b-'))] as const;
const [first, second] = runs;
const zipOf = (dir: string, kind: (typeof KINDS)[number]): string => join(dir, `tend-${kind}-${VERSION}.zip`);

/** The entry names, as unzip reads them from the central directory. */
function names(zip: string): string[] {
  return execFileSync(UNZIP, ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

beforeAll(() => {
  if (!existsSync(UNZIP)) throw new Error(`${UNZIP} is missing: install it with \`sudo apt-get install -y unzip\`.`);
  for (const dir of runs) {
    // Each run builds into its own folder, so a path leaking into a package would differ.
    execFileSync(process.execPath, ['scripts/package.mjs'], { env: { ...process.env, TEND_ARTIFACTS: dir, TEND_DIST: join(dir, 'dist') }, stdio: 'pipe' });
  }
}, 60_000);
afterAll(() => {
  for (const dir of runs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run package', () => {
  it.each(KINDS)('writes the same %s zip twice, which unzip reads without an error', (kind) => {
    expect(readFileSync(zipOf(first, kind)).equals(readFileSync(zipOf(second, kind)))).toBe(true);
    // -t checks every entry's CRC and sizes; a bad archive makes unzip exit non-zero.
    expect(execFileSync(UNZIP, ['-tq', zipOf(first, kind)], { encoding: 'utf8' })).toMatch(/^No errors detected/);
  });

  it('gives every entry the same time and permissions', () => {
    for (const kind of KINDS) {
      const lines = execFileSync(UNZIP, ['-Z', zipOf(first, kind)], { encoding: 'utf8' }).split('\n').filter((l) => /^[-d]/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^-rw-r--r-- .* 80-Jan-01 00:00 /);
    }
  });

  it.each(['chrome', 'firefox'] as const)('puts exactly the built %s files in its zip, manifest.json at the root', (target) => {
    const built = join(first, 'dist', target);
    const files = filesUnder(built).map((path) => rel(built, path)).sort();
    expect(names(zipOf(first, target)).sort()).toEqual(files);
    const manifest = JSON.parse(execFileSync(UNZIP, ['-p', zipOf(first, target), 'manifest.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(manifest['version']).toBe(VERSION);
    // The store build, never the test-only one that opens pages to WebDriver BiDi.
    expect(manifest['web_accessible_resources']).toBeUndefined();
    expect('browser_specific_settings' in manifest).toBe(target === 'firefox');
  });

  it('puts what a rebuild needs in the source zip, with BUILD.md at its root', () => {
    const inside = names(zipOf(first, 'source'));
    for (const file of ['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'scripts/build.mjs']) expect(inside).toContain(file);
    for (const dir of ['src/', 'background/', 'popup/', 'options/', 'welcome/', 'platform/', 'content/', '_locales/']) {
      expect(inside.some((name) => name.startsWith(dir)), dir).toBe(true);
    }
    expect(inside.filter((name) => name.startsWith('artifacts/') || name.startsWith('tests/data/'))).toEqual([]);
    const notes = execFileSync(UNZIP, ['-p', zipOf(first, 'source'), 'BUILD.md'], { encoding: 'utf8' });
    expect(notes).toBe(readFileSync('docs/BUILD-FOR-REVIEWERS.md', 'utf8'));
  });

  it('rebuilds from the source zip alone, as a reviewer would, to the same files as the store zips', () => {
    const tree = join(first, 'reviewer');
    execFileSync(UNZIP, ['-q', zipOf(first, 'source'), '-d', tree]);
    // What `npm ci` would install, as a real tree inside the folder (hard links: no copy, no network).
    execFileSync('cp', ['-al', resolve('node_modules'), join(tree, 'node_modules')]);
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: tree, env: { ...process.env, TEND_DIST: 'dist' } });
    for (const target of ['chrome', 'firefox'] as const) {
      const built = join(tree, 'dist', target);
      const files = filesUnder(built).map((path) => rel(built, path)).sort();
      expect(names(zipOf(first, target)).sort()).toEqual(files);
      for (const file of files) {
        const packed = execFileSync(UNZIP, ['-p', zipOf(first, target), file]);
        expect(packed.equals(readFileSync(join(built, file))), `${target}/${file}`).toBe(true);
      }
    }
  }, 60_000);

  it('passes web-ext lint with no errors', () => {
    const unpacked = join(first, 'firefox-unpacked');
    execFileSync(UNZIP, ['-q', zipOf(first, 'firefox'), '-d', unpacked]);
    // web-ext exits non-zero when it finds errors; the JSON on stdout says which.
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', unpacked, '--self-hosted', '--output=json'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { errors: unknown[]; warnings: { code: string; file?: string }[] };
    expect(report.errors).toEqual([]);
    console.log(`[package] web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
  }, 60_000);
});
