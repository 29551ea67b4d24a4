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
 * @param {{ prefs?: Record<string, unknown> }} [options] more preferences, e.g.
 *   `{ 'intl.locale.requested': 'de' }` with Debian's firefox-esr-l10n-de language pack installed
 * @returns {Promise<FirefoxTend>}
 */
export async function launchFirefoxTend(extensionDir, options = {}) {
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
      ...options.prefs,
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

/**
 * @typedef {{ title: string; message: string; buttons?: unknown; requireInteraction?: unknown }} ShownOptions
 * @typedef {object} SeenNotification
 * @property {string} id
 * @property {ShownOptions} options what the worker passed to `notifications.create`, which resolved
 * @property {boolean} acknowledged Firefox reported the notification back (onShown or onClosed)
 * @typedef {{ created: { id: string; options: ShownOptions }[]; events: string[] }} Watch
 * @typedef {(id: string, options: object) => Promise<string>} Create
 */

/**
 * Starts watching Tend's notifications from an extension page. Headless Firefox has no
 * notification service: it closes each notification within milliseconds (onClosed with
 * byUser: true, no onShown) so `notifications.getAll()` is empty by the time anyone looks
 * (docs/platform-notes.md). What can be observed is the creation itself: the options the
 * event page passed to the real `notifications.create` (wrapped on the event page's own
 * `browser` object, calling through) and Firefox's own event for that id.
 * @param {import('puppeteer-core').Page} page an extension page
 */
export async function watchNotifications(page) {
  await page.evaluate(async () => {
    /** @type {Watch} */
    const watch = { created: [], events: [] };
    /** @type {{ tendWatch?: Watch }} */ (/** @type {unknown} */ (window)).tendWatch = watch;
    const bg = /** @type {{ browser: { notifications: { create: Create } } } | null} */ (/** @type {unknown} */ (await browser.runtime.getBackgroundPage()));
    if (!bg) throw new Error('Firefox gave no background page to watch');
    const api = bg.browser.notifications;
    const create = api.create.bind(api);
    api.create = async (id, options) => {
      const result = await create(id, options);
      /** @type {unknown} */
      const copy = JSON.parse(JSON.stringify(options));
      watch.created.push({ id, options: /** @type {ShownOptions} */ (copy) });
      return result;
    };
    const note = (/** @type {string} */ id) => watch.events.push(id);
    browser.notifications.onShown.addListener(note);
    browser.notifications.onClosed.addListener(note);
  });
}

/**
 * Tend's notifications created since `watchNotifications`, with whether Firefox reported each back.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<SeenNotification[]>}
 */
export async function seenNotifications(page) {
  return page.evaluate(() => {
    const watch = /** @type {{ tendWatch?: Watch }} */ (/** @type {unknown} */ (window)).tendWatch;
    if (!watch) throw new Error('watchNotifications was not called on this page');
    return watch.created.map((c) => ({ ...c, acknowledged: watch.events.includes(c.id) }));
  });
}

/**
 * Makes the stored plan due in `ms` on its real alarm (as the Chromium harness's
 * bringNudgeDue does), from an extension page of Firefox. `shiftMs`: the stored past (the
 * plan's moments, the log, the nudge on offer) moves back this far first, so a cap or the
 * gap after the last nudge has passed, as scripts/harness/scenario.ts moves it.
 * @param {import('puppeteer-core').Page} page an extension page
 * @param {number} [ms]
 * @param {number} [shiftMs]
 */
export async function bringNudgeDueInFirefox(page, ms = 500, shiftMs = 0) {
  await page.evaluate(async (inMs, shift) => {
    /** @param {unknown} t */
    const back = (t) => (typeof t === 'number' ? t - shift : t);
    const stored = await browser.storage.local.get(['schedule', 'log', 'current']);
    const schedule = /** @type {Record<string, unknown>} */ (stored['schedule']);
    const log = /** @type {{ at: number }[] | undefined} */ (stored['log']);
    const current = /** @type {{ shownAt: number } | null | undefined} */ (stored['current']);
    const when = Date.now() + inMs;
    const moved = shift === 0 ? {} : {
      log: (log ?? []).map((e) => ({ ...e, at: e.at - shift })),
      ...(current ? { current: { ...current, shownAt: current.shownAt - shift } } : {}),
    };
    const plan = shift === 0 ? {} : {
      plannedAt: back(schedule['plannedAt']),
      lastShownAt: back(schedule['lastShownAt']),
      shownAt: (/** @type {number[]} */ (schedule['shownAt'] ?? [])).map((t) => t - shift),
    };
    await browser.storage.local.set({ schedule: { ...schedule, dueAt: when, ...plan }, ...moved });
    await browser.alarms.create('nudge', { when });
  }, ms, shiftMs);
}
