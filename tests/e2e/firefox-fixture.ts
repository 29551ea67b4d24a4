/**
 * What every Firefox suite starts with: the test build of Tend (dist/firefox-test, built by
 * `npm test`) in a fresh headless Firefox over WebDriver BiDi, one extension page open, and
 * a way to send the worker a command from it, as the pages do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxTend, type FirefoxTend } from '../../scripts/lib/firefox.mjs';

const DIR = resolve(process.env['TEND_DIST'] ?? 'dist', 'firefox-test');
/** The Firefox build `npm run build` writes; the test build differs from it in its manifest only. */
const SHIPPED = resolve(process.env['TEND_DIST'] ?? 'dist', 'firefox');

/**
 * `npm run build` rewrites dist/firefox but not the test build: a suite run after it alone
 * would prove another Tend. Every file but the manifest is the same bytes when both are
 * current (a few hundred small files: cheap to compare).
 */
function differsFromShipped(): string | undefined {
  if (!existsSync(SHIPPED)) return undefined;
  const files = (root: string): string[] => readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .filter((f) => f !== 'manifest.json')
    .sort();
  const mine = files(DIR);
  const shipped = files(SHIPPED);
  if (mine.join('\n') !== shipped.join('\n')) return shipped.find((f) => !mine.includes(f)) ?? mine.find((f) => !shipped.includes(f)) ?? 'the file list';
  return mine.find((f) => !readFileSync(join(DIR, f)).equals(readFileSync(join(SHIPPED, f))));
}

/** Launches Tend and opens `path` (default: the popup). Fails loudly when the build is missing or is not the one in dist/firefox. */
export async function openFirefoxTend(path?: string, options?: Parameters<typeof launchFirefoxTend>[1]): Promise<{ firefox: FirefoxTend; page: Page }> {
  if (!existsSync(DIR)) throw new Error(`${DIR} is missing: run \`node scripts/build.mjs --firefox-test\` first (npm test does).`);
  const differs = differsFromShipped();
  if (differs) throw new Error(`${DIR} is not the build in ${SHIPPED} (${differs} differs): run \`node scripts/build.mjs --firefox-test\` (npm test and npm run test:e2e do).`);
  const firefox = await launchFirefoxTend(DIR, options);
  return { firefox, page: await firefox.openPage(path) };
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: { message: string } };

/** Sends the worker a command from `page`, and returns its reply. */
export function sendFrom(page: () => Page): (name: string, payload: unknown) => Promise<Reply> {
  return (name, payload) => page().evaluate((n, p) => browser.runtime.sendMessage<unknown, Reply>({ command: n, payload: p }), name, payload);
}
