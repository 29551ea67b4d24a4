/**
 * Layouts that hold in any language (issue 14): the test-only pseudo-locales
 * (`node scripts/build.mjs --pseudo`, scripts/lib/pseudo.mjs) — accented and 40 % longer
 * with a 60-character unbroken word (en_GB), and mirrored right-to-left (ar) — in every
 * popup view, the options page and the welcome page at the popup's width: nothing scrolls
 * sideways, no element reaches past the viewport, and in RTL the page is `dir="rtl"` and
 * mirrors. Screenshots of every view go to artifacts/pseudo/ to be looked at.
 * When the build under test has no pseudo-locales (npm test builds without them), it
 * builds its own into a temporary folder first (about a second).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchTend, type Tend } from './fixture.ts';
import { command, openPopup, useTestSettings } from './scenario.ts';

const PSEUDO = { accented: 'en-GB', rtl: 'ar' } as const;
const hasPseudo = (dir: string) => existsSync(join(dir, '_locales', 'en_GB')) && existsSync(join(dir, '_locales', 'ar'));
let extensionDir = EXTENSION_DIR;
let ownBuild: string | undefined;
const SHOTS = 'artifacts/pseudo';
const WIDTH = 380;

interface Fit {
  scrollWidth: number;
  clientWidth: number;
  /** The elements (tag.class) reaching past the viewport's edges, with their right edge. */
  wide: string[];
}

/** How wide the page is: the scrolling element and every element that reaches past the viewport. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        wide.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
      }
    }
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, wide: wide.slice(0, 8) };
  });
}

/** Every view of the popup, the options page and the welcome page, each opened and made ready. */
const VIEWS: readonly { name: string; open: (tend: Tend) => Promise<Page> }[] = [
  { name: 'now', open: (tend) => openPopup(tend) },
  { name: 'log', open: (tend) => openPopup(tend, 'log') },
  {
    name: 'library',
    open: async (tend) => {
      const page = await openPopup(tend, 'library');
      await page.locator('.kind-group > summary').first().click();
      await page.locator('.kind-group[open] .strategy > summary').first().click();
      await page.locator('.kind-group[open] .strategy[open]').first().waitFor();
      return page;
    },
  },
  { name: 'people', open: (tend) => openPopup(tend, 'people') },
  { name: 'journal', open: (tend) => openPopup(tend, 'journal') },
  { name: 'settings', open: (tend) => openPopup(tend, 'settings') },
  { name: 'about', open: (tend) => openPopup(tend, 'about') },
  { name: 'options', open: (tend) => fullPage(tend, 'options/options.html') },
  { name: 'welcome', open: (tend) => fullPage(tend, 'welcome/welcome.html') },
];

async function fullPage(tend: Tend, path: string): Promise<Page> {
  const page = await tend.openPage(path);
  await page.setViewportSize({ width: WIDTH, height: 600 });
  await page.locator('#app > *').first().waitFor();
  await page.locator('main').first().waitFor();
  return page;
}

/** Something in every view: a nudge on offer, a log entry, a person, a journal entry. */
async function fill(tend: Tend): Promise<void> {
  await useTestSettings(tend);
  const first = (await command(tend, 'start', { strategyId: 'move-short-walk' })) as { ok: true; value: { nudgeId: string } };
  await command(tend, 'done', { nudgeId: first.value.nudgeId });
  await command(tend, 'addPerson', { name: 'Ana', rhythmDays: 7, howToReach: 'voice note', nextTime: 'ask about the move' });
  await command(tend, 'addEntry', { words: ['anxious', 'tired'], text: 'A long day' });
  await command(tend, 'start', { strategyId: 'connect-check-in' });
}

beforeAll(() => {
  if (hasPseudo(extensionDir)) return;
  ownBuild = mkdtempSync(join(tmpdir(), 'tend-pseudo-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--pseudo', '--quiet'], { env: { ...process.env, TEND_DIST: ownBuild }, stdio: 'inherit' });
  extensionDir = join(ownBuild, 'chrome');
});
afterAll(() => {
  if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
});

describe('layouts in the pseudo-locales', () => {
  for (const [label, lang] of Object.entries(PSEUDO)) {
    describe(`${label} (${lang})`, () => {
      let tend: Tend;
      beforeAll(async () => {
        tend = await launchTend({ lang, extensionDir });
        await fill(tend);
        mkdirSync(SHOTS, { recursive: true });
      });
      afterAll(async () => {
        await tend.dispose();
      });

      it('is the locale Chromium runs the extension in', async () => {
        const page = await tend.openPage();
        const seen = await page.evaluate(() => ({ ui: chrome.i18n.getUILanguage(), dir: chrome.i18n.getMessage('@@bidi_dir'), lang: document.documentElement.lang }));
        expect(seen).toEqual({ ui: lang, dir: label === 'rtl' ? 'rtl' : 'ltr', lang });
        await page.close();
      });

      for (const view of VIEWS) {
        it(`${view.name}: nothing scrolls sideways${label === 'rtl' ? ', and it is right-to-left' : ''}`, async () => {
          const page = await view.open(tend);
          await page.screenshot({ path: join(SHOTS, `${label}-${view.name}.png`), fullPage: true });
          const fit = await measure(page);
          console.log(`[layout] ${label} ${view.name}: scrollWidth ${String(fit.scrollWidth)} / ${String(fit.clientWidth)}${fit.wide.length ? `; wide: ${fit.wide.join(', ')}` : ''}`);
          expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
          expect(fit.wide).toEqual([]);
          if (label === 'rtl') {
            expect(await page.evaluate(() => [document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual(['rtl', 'rtl']);
          }
          await page.close();
        });
      }

      if (label === 'rtl') {
        it('mirrors: the first tab is at the right, the text starts at the right', async () => {
          const page = await openPopup(tend, 'library');
          const tabs = await page.evaluate(() => [...document.querySelectorAll('[role=tab]')].map((t) => t.getBoundingClientRect().left));
          expect(tabs.length).toBeGreaterThan(2);
          expect(tabs).toEqual([...tabs].sort((a, b) => b - a));
          // A kind's heading starts at the inline start: the right.
          const summary = await page.locator('.kind-group > summary').first().boundingBox();
          const main = await page.locator('main').first().boundingBox();
          expect(summary && main && main.x + main.width - (summary.x + summary.width)).toBeLessThan(24);
          await page.close();
        });
      }
    });
  }
});
