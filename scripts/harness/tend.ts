/**
 * The end-to-end harness: Debian's Chromium with the built extension loaded, headless and
 * offline. One `launchTend()` per scenario; everything a test needs hangs off the result.
 * Tests wait on conditions (`waitFor`), never on sleeps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
// Plain ESM shared with scripts/ (typed by JSDoc).
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/chromium.mjs';

// Playwright reports the service worker's own requests only with this set before it loads
// (docs/platform-notes.md); with it, context 'request' events cover pages and worker alike.
process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';
const { chromium } = await import('playwright-core');

/** TEND_DIST points the tests at another build (see scripts/build.mjs). */
export const EXTENSION_DIR = resolve(process.env['TEND_DIST'] ?? 'dist', 'chrome');

export interface Tend {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly userDataDir: string;
  /** Every request any page or the worker made, as URLs (extension-internal ones included). */
  readonly requests: string[];
  /** The current service worker (a new handle after the worker was stopped and restarted). */
  worker(): Promise<Worker>;
  /** Runs `fn` inside the service worker (waking it if it was stopped). */
  inWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Opens an extension page (default: the popup) in a tab. */
  openPage(path?: string): Promise<Page>;
  /** Stops every service worker through CDP, as Chrome does when one idles out. */
  stopWorker(): Promise<void>;
  /** Closes the browser, keeping the profile for `relaunch`. */
  close(): Promise<void>;
  /** Closes and deletes the profile. */
  dispose(): Promise<void>;
}

/** Requests that would leave the machine: anything but the extension's own files. */
export function networkRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => !/^(chrome-extension|data|blob|about|chrome):/.test(url));
}

export interface LaunchOptions {
  userDataDir?: string;
  /**
   * The browser's UI language, e.g. `de` or `en-XA`: `--lang` plus `LANGUAGE` in its
   * environment (docs/platform-notes.md), which is what browser.i18n and Tend's content follow.
   */
  lang?: string;
  /** Another build's chrome/ folder (default: EXTENSION_DIR), e.g. the pseudo-locale build. */
  extensionDir?: string;
}

export async function launchTend(options: LaunchOptions = {}): Promise<Tend> {
  const executablePath = chromiumPath();
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tend-e2e-'));
  const { lang, extensionDir = EXTENSION_DIR } = options;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ...(lang ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_') } } : {}),
    args: [
      '--headless=new',
      ...CHROMIUM_FLAGS,
      ...(lang ? [`--lang=${lang}`] : []),
      // Playwright adds --disable-extensions unless both of these are given.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;

  async function worker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
    if (live) return live;
    return context.waitForEvent('serviceworker');
  }

  async function wake(): Promise<void> {
    // Any extension page talking to the worker starts it again.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup/popup.html`);
    await page.evaluate(() => chrome.runtime.sendMessage({ command: 'ping', payload: null }));
    await page.close();
  }

  // After stopWorker the old handle hangs until something wakes the worker (docs/platform-notes.md).
  let stopped = false;

  return {
    context,
    extensionId,
    userDataDir,
    requests,
    worker,
    async inWorker(fn, arg) {
      if (stopped) {
        await wake();
        stopped = false;
      }
      try {
        const w = await worker();
        return await withTimeout(w.evaluate(fn, arg as never), 5_000);
      } catch {
        // A stopped worker's handle hangs (docs/platform-notes.md): wake it and use the new one.
        await wake();
        const w = await worker();
        return w.evaluate(fn, arg as never);
      }
    },
    async openPage(path = 'popup/popup.html') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async stopWorker() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
      stopped = true;
    },
    async close() {
      await context.close();
    },
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => Promise<T> | T, timeout = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => { reject(new Error(`timed out after ${ms} ms`)); }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
