/**
 * `npm start`: Tend in a real browser with a fresh temporary profile.
 *
 * With a display, the browser opens for a person to use (Chromium, or Firefox through
 * `web-ext run` with `--firefox`). Without one (a server, CI, a container, or `--headless`),
 * it still does Tend's main job headless: it loads the built extension, lets a nudge come
 * due on the real alarm, prints what the person would have seen (the notification's title
 * and text, the badge), saves screenshots of the popup in light and dark, and exits.
 *
 * The headless run uses the e2e harness (scripts/harness/tend.ts, shared with the e2e tests), so what it shows is what
 * the tests trust. Usage: npm start [-- --firefox] [-- --headless]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';
import { bringNudgeDueInFirefox, firefoxPath, launchFirefoxTend, seenNotifications, watchNotifications } from './lib/firefox.mjs';
import { strategyById } from '../src/strategies/index.ts';
import { renderNudge } from '../src/strategies/render.ts';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const hasDisplay = Boolean(process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY']);
const headless = args.includes('--headless') || process.env['CI'] === 'true' || !hasDisplay;

const DIST = resolve(process.env['TEND_DIST'] ?? 'dist');
const ARTIFACTS = resolve('artifacts');
/** The popup's size in the toolbar (Chromium screenshots). */
const POPUP_SIZE = { width: 380, height: 600 };

interface Seen {
  readonly title: string;
  readonly message: string;
  readonly badge: string;
}

function printSeen(browserName: string, seen: Seen, shots: readonly string[]): void {
  console.log(`\nA nudge came due in headless ${browserName}. The person would have seen:\n`);
  console.log(`  Notification  ${seen.title}`);
  console.log(`                ${seen.message}`);
  console.log(`  Badge         ${seen.badge === '' ? '(none)' : seen.badge}\n`);
  console.log('Screenshots of the popup:');
  for (const shot of shots) console.log(`  ${shot}`);
  printLoadByHand();
}

function printLoadByHand(): void {
  console.log('\nTo load Tend by hand:');
  console.log(`  Chrome/Edge  chrome://extensions → Developer mode → Load unpacked → ${join(DIST, 'chrome')}`);
  console.log(`  Firefox      about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(DIST, 'firefox', 'manifest.json')}`);
}

/** What the notification said: the same rendering the worker uses (background/notify.ts). */
function rendered(current: { strategyId: string; line: number } | null): { title: string; message: string } {
  const strategy = current ? strategyById(current.strategyId) : undefined;
  if (!current || !strategy) throw new Error('No nudge was on offer after the alarm fired.');
  return renderNudge(strategy, current.line);
}

async function headlessChromium(): Promise<void> {
  const { launchTend, waitFor } = await import('./harness/tend.ts');
  const { bringNudgeDue, nudgeState, useTestSettings } = await import('./harness/scenario.ts');
  const tend = await launchTend();
  try {
    // A demo profile: active all day, so a nudge can come due at any hour of the night.
    await useTestSettings(tend);
    await bringNudgeDue(tend);
    const state = await waitFor('the nudge to be shown', async () => {
      const s = await nudgeState(tend);
      return s.current?.notified && s.notifications.length > 0 && s.badge !== '' ? s : null;
    });
    const shots = await screenshots(tend);
    printSeen('Chromium', { ...rendered(state.current), badge: state.badge }, shots);
  } finally {
    await tend.dispose();
  }

  async function screenshots(t: Awaited<ReturnType<typeof launchTend>>): Promise<string[]> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const paths: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await t.context.newPage();
      await page.setViewportSize(POPUP_SIZE);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${t.extensionId}/popup/popup.html`);
      await page.locator('main').waitFor();
      const path = join(ARTIFACTS, `popup-chromium-${scheme}.png`);
      await page.screenshot({ path });
      await page.close();
      paths.push(path);
    }
    return paths;
  }
}

async function headlessFirefox(): Promise<void> {
  const { TEST_SETTINGS } = await import('./harness/scenario.ts');
  const { waitFor } = await import('./harness/tend.ts');
  const fx = await launchFirefoxTend(join(DIST, 'firefox-test'));
  try {
    const page = await fx.openPage();
    await page.evaluate((settings) => browser.runtime.sendMessage({ command: 'saveSettings', payload: { settings } }), TEST_SETTINGS);
    await watchNotifications(page);
    await bringNudgeDueInFirefox(page);
    // Headless Firefox closes a notification at once; what it was asked to show, and
    // acknowledged, is read at its creation (scripts/lib/firefox.mjs).
    const shown = await waitFor('the notification', async () => {
      const seen = await seenNotifications(page);
      return seen.find((n) => n.id.startsWith('tend-nudge:') && n.acknowledged) ?? null;
    });
    // The wake settles after the notification (badge, the open popup's re-render): read both once it has.
    const badge = await waitFor('the badge', async () => (await page.evaluate(() => browser.action.getBadgeText({}))) || null);
    await page.waitForSelector('#nudge-title');
    mkdirSync(ARTIFACTS, { recursive: true });
    // Firefox's BiDi has no media emulation, so Firefox gets the light screenshot only;
    // `npm start` (Chromium) saves both.
    const path = join(ARTIFACTS, 'popup-firefox-light.png');
    await page.screenshot({ path });
    const paths = [path];
    printSeen('Firefox', { title: shown.options.title, message: shown.options.message, badge }, paths);
  } finally {
    await fx.close();
  }
}

/** Runs a browser for a person and waits until they close it. */
function runWithDisplay(command: string, commandArgs: readonly string[], cleanup: () => void): Promise<void> {
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = (): void => {
    child.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', () => {
      cleanup();
      done();
    });
  });
}

async function chromiumWithDisplay(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'tend-start-'));
  const dir = join(DIST, 'chrome');
  console.log('Chromium is opening with a fresh profile and Tend loaded.');
  console.log('Open the popup: click the puzzle-piece icon in the toolbar, pin Tend, then click its icon.');
  console.log('Close the browser (or press Ctrl+C) to finish; the temporary profile is removed.');
  printLoadByHand();
  const flags = CHROMIUM_FLAGS.filter((f) => f !== '--disable-gpu');
  await runWithDisplay(
    chromiumPath(),
    [...flags, `--user-data-dir=${profile}`, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, 'chrome://extensions'],
    () => {
      rmSync(profile, { recursive: true, force: true });
    },
  );
}

async function firefoxWithDisplay(): Promise<void> {
  console.log('Firefox is opening with a fresh profile and Tend loaded (web-ext run).');
  console.log('Open the popup from the toolbar (the puzzle-piece menu → Tend). Close Firefox to finish.');
  printLoadByHand();
  const webExt = resolve('node_modules/.bin/web-ext');
  await runWithDisplay(webExt, ['run', '--source-dir', join(DIST, 'firefox'), `--firefox=${firefoxPath()}`, '--no-reload'], () => undefined);
}

if (headless) {
  if (!args.includes('--headless')) console.log(hasDisplay ? 'CI=true: running Tend headless.' : 'No display found: running Tend headless.');
  await (firefox ? headlessFirefox() : headlessChromium());
} else {
  await (firefox ? firefoxWithDisplay() : chromiumWithDisplay());
}
