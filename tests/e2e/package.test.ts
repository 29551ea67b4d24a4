/**
 * The Chrome package as the store receives it (issue 14): `npm run package` writes the zip,
 * the zip is unpacked into a fresh folder with Info-ZIP's unzip, and that folder — not
 * dist/ — is loaded unpacked into Chromium. Its worker starts and plans the first nudge,
 * its popup renders, and nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tend } from './fixture.ts';

const VERSION = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
const root = mkdtempSync(join(tmpdir(), 'tend-package-e2e-'));
/** The harness loads `<TEND_DIST>/chrome`: the unpacked zip goes there. */
const unpacked = join(root, 'unpacked');

let harness: typeof import('./fixture.ts');
let tend: Tend;

beforeAll(async () => {
  const artifacts = join(root, 'artifacts');
  execFileSync(process.execPath, ['scripts/package.mjs'], { env: { ...process.env, TEND_ARTIFACTS: artifacts, TEND_DIST: join(root, 'build') }, stdio: 'pipe' });
  mkdirSync(join(unpacked, 'chrome'), { recursive: true });
  execFileSync('/usr/bin/unzip', ['-q', join(artifacts, `tend-chrome-${VERSION}.zip`), '-d', join(unpacked, 'chrome')]);
  // The harness reads TEND_DIST once, when it is first imported.
  const before = process.env['TEND_DIST'];
  process.env['TEND_DIST'] = unpacked;
  try {
    harness = await import('./fixture.ts');
  } finally {
    if (before === undefined) delete process.env['TEND_DIST'];
    else process.env['TEND_DIST'] = before;
  }
  tend = await harness.launchTend();
});
afterAll(async () => {
  await tend.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('the Chrome package, unpacked and loaded', () => {
  it('is the unpacked zip that Chromium loaded', () => {
    expect(harness.EXTENSION_DIR).toBe(join(unpacked, 'chrome'));
  });

  it('starts its worker, which plans the first nudge', async () => {
    const worker = await tend.worker();
    expect(new URL(worker.url()).pathname).toBe('/background/worker.js');
    expect(await tend.inWorker(() => chrome.runtime.getManifest().version)).toBe(VERSION);
    await harness.waitFor('the first plan', () => tend.inWorker(async () => (await chrome.alarms.getAll()).some((a) => a.name === 'nudge')));
  });

  it('renders the popup with its tabs and the Now view', async () => {
    const page: Page = await tend.openPage('popup/popup.html');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 380, height: 600 });
    await page.locator('[role=tabpanel]:not([hidden]) h1').first().waitFor();
    expect(await page.getByRole('tab').count()).toBeGreaterThan(1);
    expect(await page.getByRole('tab', { selected: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes no network request', () => {
    expect(harness.networkRequests(tend.requests)).toEqual([]);
  });
});
