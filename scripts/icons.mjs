// Renders icons/icon.svg to the PNG sizes the manifest names, with Debian's Chromium.
// Run by hand after changing the SVG (`node scripts/icons.mjs`); the PNGs are committed so
// the build itself needs no browser.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from './lib/chromium.mjs';

const svg = readFileSync('icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `icons/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons/icon-{16,32,48,128}.png written');
