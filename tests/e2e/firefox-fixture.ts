/**
 * What every Firefox suite starts with: the test build of Tend (dist/firefox-test, built by
 * `npm test`) in a fresh headless Firefox over WebDriver BiDi, one extension page open, and
 * a way to send the worker a command from it, as the pages do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxTend, type FirefoxTend } from '../../scripts/lib/firefox.mjs';

const DIR = resolve(process.env['TEND_DIST'] ?? 'dist', 'firefox-test');
/** The Firefox build `npm run build` writes; the test build differs from it in its manifest only. */
const SHIPPED = resolve(process.env['TEND_DIST'] ?? 'dist', 'firefox');

/**
 * `npm run build` rewrites dist/firefox but not the test build: a suite run after it alone
 * would prove an older Tend. Their pages and worker are the same bytes when both are current.
 */
function staleAgainstShipped(): string | undefined {
  if (!existsSync(SHIPPED)) return undefined;
  return ['popup/popup.html', 'popup/early.js', 'background/worker.js'].find((file) => {
    const read = (dir: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '');
    return read(DIR) !== read(SHIPPED);
  });
}

/** Launches Tend and opens `path` (default: the popup). Fails loudly when the build is missing or older than dist/firefox. */
export async function openFirefoxTend(path?: string, options?: Parameters<typeof launchFirefoxTend>[1]): Promise<{ firefox: FirefoxTend; page: Page }> {
  if (!existsSync(DIR)) throw new Error(`${DIR} is missing: run \`node scripts/build.mjs --firefox-test\` first (npm test does).`);
  const stale = staleAgainstShipped();
  if (stale) throw new Error(`${DIR} is older than ${SHIPPED} (${stale} differs): run \`node scripts/build.mjs --firefox-test\` (npm test and npm run test:e2e do).`);
  const firefox = await launchFirefoxTend(DIR, options);
  return { firefox, page: await firefox.openPage(path) };
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: { message: string } };

/** Sends the worker a command from `page`, and returns its reply. */
export function sendFrom(page: () => Page): (name: string, payload: unknown) => Promise<Reply> {
  return (name, payload) => page().evaluate((n, p) => browser.runtime.sendMessage<unknown, Reply>({ command: n, payload: p }), name, payload);
}
