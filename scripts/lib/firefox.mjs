// Debian's Firefox ESR with Tend installed, driven over WebDriver BiDi by puppeteer-core
// (Playwright cannot drive it). Shared by the Firefox e2e test and `npm start -- --firefox`
// where no display exists.
//
// BiDi refuses to navigate to moz-extension:// URLs, and Firefox ESR 140 also refuses a
// script navigation there from about:blank or data: pages. It allows one from an http page
// for resources the test-only build lists in web_accessible_resources, so a one-line page
// served on 127.0.0.1 is the trampoline. Only the harness talks to that server; the
// extension itself makes no request.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';

/** A fixed internal UUID, so extension URLs are known before install. */
export const FIREFOX_UUID = '6f1c3c1e-0b9a-4c55-9d7e-2d1f3a5b7c90';
export const GECKO_ID = 'tend@tend.extension';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** @returns {string} */
export function firefoxPath() {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Firefox was not found. Install it with `sudo apt-get install -y firefox-esr` (or set FIREFOX_PATH).');
  }
  return found;
}

/**
 * @typedef {object} FirefoxTend
 * @property {import('puppeteer-core').Browser} browser
 * @property {(path?: string) => Promise<import('puppeteer-core').Page>} openPage opens an
 *   extension page (default: the popup) that the test build makes reachable
 * @property {() => Promise<void>} close
 */

/**
 * @param {string} extensionDir a test build (`node scripts/build.mjs --firefox-test`)
 * @returns {Promise<FirefoxTend>}
 */
export async function launchFirefoxTend(extensionDir) {
  const { default: puppeteer } = await import('puppeteer-core');
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>start</title>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => { resolve(undefined); }));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    server.close();
    throw error;
  }

  return {
    browser,
    async openPage(path = 'popup/popup.html') {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${String(port)}/`);
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      await page.evaluate((target) => { location.href = target; }, url);
      // puppeteer's BiDi page does not report this navigation, and waitForFunction needs
      // Function(), which the extension's CSP forbids: poll for the page itself.
      const deadline = Date.now() + 10_000;
      while (!(await page.evaluate(() => location.href).catch(() => '')).startsWith(url)) {
        if (Date.now() > deadline) throw new Error(`Firefox did not open ${url}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
